import ArgumentParser
import ResolintAKN
import ResolintKit

/// `resolint export FILE…`: resolutions as Akoma Ntoso 3.0 XML, one to standard output or a
/// file, or many into a folder.
struct Export: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Export resolutions as Akoma Ntoso 3.0 XML (AKN4UN).",
        discussion: """
            One file goes to standard output, or to --output; several go to --output-dir, each as \
            NAME.xml, exported in parallel. Exit status: 0 exported, 1 not valid against the \
            schema (with --validate), 2 trouble.
            """)

    @Argument(help: "The resolutions (\"-\" reads standard input).")
    var files: [String]

    @Option(name: .shortAndLong, help: "Write the XML here (atomically) instead of standard output.")
    var output: String?

    @Option(name: .customLong("output-dir"), help: "Write each file's XML into this folder as NAME.xml (atomically).")
    var outputFolder: String?

    @Flag(name: .customLong("validate"), help: "Check the XML against the Akoma Ntoso schema before writing it.")
    var validateXML = false

    @Flag(
        help: "Wrap the resolution in the publication the UN issues: a collection with the masthead as its cover page.")
    var publication = false

    @Option(help: "The document's symbol (\"A/C.3/80/L.12\"), where the text does not print it (one file only).")
    var symbol: String?

    @Option(
        help:
            "The document's date (\"2025-10-24\" or \"24 October 2025\"): adoption, or a draft's issue (one file only)."
    )
    var date: String?

    @OptionGroup var schema: SchemaOptions

    @OptionGroup var input: InputOptions

    func validate() throws {
        if output != nil, outputFolder != nil { throw ValidationError("give --output or --output-dir, not both") }
        if files.count > 1, outputFolder == nil { throw ValidationError("several files need --output-dir") }
        if files.count > 1, symbol != nil || date != nil {
            throw ValidationError("--symbol and --date name one document: give one file")
        }
        if let date, Self.isoDate(date) == nil {
            throw ValidationError("--date \"\(date)\" is not a date: write 2025-10-24 or 24 October 2025")
        }
    }

    /// Where each file's XML goes in the output folder: its name with `.xml` for its extension.
    static func targets(of files: [String], in folder: String) throws(UsageFault) -> [String] {
        var seen: [String: String] = [:]
        return try files.map { file throws(UsageFault) in
            guard file != "-" else { throw UsageFault("standard input cannot go to --output-dir") }
            var name = String(file.split(separator: "/").last ?? Substring(file))
            if let dot = name.lastIndex(of: "."), dot != name.startIndex { name = String(name[..<dot]) }
            let target = (folder.hasSuffix("/") ? folder : folder + "/") + name + ".xml"
            if let other = seen[target] {
                throw UsageFault("\(other) and \(file) would both be written to \(target)")
            }
            seen[target] = file
            return target
        }
    }

    func run() throws {
        let validator = validateXML ? try schema.validator() : nil
        guard let outputFolder else {
            let result = export(files[0], validator: validator, to: output)
            if let xml = result.xml, output == nil { write(xml) }
            for message in result.messages { printError(message) }
            if result.status != 0 { throw ExitStatus(result.status) }
            return
        }
        let targets: [String]
        do {
            targets = try Self.targets(of: files, in: outputFolder)
        } catch {
            printError("resolint export: \(error.message)")
            throw ExitStatus(2)
        }
        do {
            try FileSystem.makeFolder(outputFolder)
        } catch {
            printError("resolint: \(outputFolder.escapingControlCharacters): cannot be made a folder: \(error.reason)")
            throw ExitStatus(2)
        }
        let all = Array(zip(files, targets)).parallelMap { file, target in
            export(file, validator: validator, to: target)
        }
        for result in all {
            for message in result.messages { printError(message) }
        }
        let status = all.map(\.status).max() ?? 0
        if status != 0 { throw ExitStatus(status) }
    }

    /// One file exported: to `target` when given, else returned as text.
    private func export(_ file: String, validator: SchemaValidator?, to target: String?) -> ExportResult {
        let resolution: Resolution
        do {
            resolution = try input.reader.read(path: file)
        } catch {
            return ExportResult(xml: nil, messages: ["resolint: \(error)"], status: 2)
        }
        let writer = AKNWriter(symbol: symbol, date: date.flatMap(Self.isoDate), publication: publication)
        let identity = writer.identity(of: resolution)
        var messages: [String] = []
        if !identity.missing.isEmpty {
            let what =
                identity.missing.count == 1
                ? "no \(identity.missing[0])" : "neither a " + identity.missing.joined(separator: " nor a ")
            let give = identity.missing.map { "--\($0)" }.joined(separator: " and ")
            messages.append(
                "resolint: \(file.escapingControlCharacters): warning: the text prints \(what); exported as \(identity.work) (give \(give))"
            )
        }
        let undated = writer.undatedCitations(of: resolution)
        if !undated.isEmpty {
            let listed = undated.prefix(10).joined(separator: ", ") + (undated.count > 10 ? ", …" : "")
            messages.append(
                "resolint: \(file.escapingControlCharacters): note: \(undated.count) cited number\(undated.count == 1 ? " is" : "s are") not linked, \(undated.count == 1 ? "its date is" : "their dates are") nowhere in the text: \(listed)"
            )
        }
        let xml = writer.write(resolution)
        if let validator {
            let violations = validator.validate(xml: xml, path: target ?? "<export>")
            if !violations.isEmpty {
                return ExportResult(xml: nil, messages: messages + violations.map { "resolint: \($0)" }, status: 1)
            }
        }
        guard let target else { return ExportResult(xml: xml, messages: messages, status: 0) }
        do {
            try FileSystem.writeAtomically(Array(xml.utf8), to: target, inputs: files.filter { $0 != "-" })
        } catch {
            return ExportResult(
                xml: nil, messages: messages + ["resolint: \(target): cannot be written: \(error.reason)"], status: 2)
        }
        return ExportResult(xml: nil, messages: messages, status: 0)
    }

    /// "2025-10-24" or "24 October 2025" as an ISO date.
    static func isoDate(_ text: String) -> String? {
        let parts = text.split(separator: "-")
        if parts.count == 3, parts[0].count == 4, parts.allSatisfy({ $0.allSatisfy(\.isNumber) }),
            let month = Int(parts[1]), (1...12).contains(month), let day = Int(parts[2]), (1...31).contains(day)
        {
            return text
        }
        return UNDate.iso(Substring(text))
    }
}

/// What exporting one file gave: the XML when it was not written to a file, the messages for
/// standard error, and the exit status it asks for.
struct ExportResult: Sendable {
    let xml: String?
    let messages: [String]
    let status: Int32
}
