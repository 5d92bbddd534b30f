import ArgumentParser
import ResolintAKN
import ResolintKit
import ResolintWord

/// `resolint amend BASE AMENDMENTS`: the base text with a list of amendments applied.
struct Amend: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "amend",
        abstract: "Apply amendments, in the UN's phrasing, to a resolution text.",
        discussion: """
            AMENDMENTS is a text file, one instruction a line ("In operative paragraph 5, \
            replace the words “welcomes” with the words “notes”.", "Delete operative paragraph \
            7.", as resolint diff --format amendments writes them), or the Akoma Ntoso amendment \
            document diff --format amendments-akn writes. Every place names the base \
            text as it stands before any amendment. An instruction that does not apply is an \
            error naming it, and nothing is written.

            The amended text is written in the base's format: a Word base gives a Word document \
            with every amendment as a tracked change against the base (accepting them all gives \
            the amended text), an Akoma Ntoso base Akoma Ntoso, any other a typed draft. \
            --format chooses another.
            """)

    /// What the amended text is written as.
    enum Format: String, ExpressibleByArgument, CaseIterable {
        /// A typed draft, as the text reader reads it.
        case text
        /// A Word document, each amendment a tracked change against the base.
        case docx
        /// Akoma Ntoso, as `export` writes it.
        case akn
    }

    @Argument(help: "The base text, in any input format.")
    var base: String

    @Argument(help: "The amendments, one a line.")
    var amendments: String

    @Option(name: .shortAndLong, help: "Write the amended text here (atomically) instead of standard output.")
    var output: String?

    @Option(help: "Write the amended text as this (text, docx, akn); the base's format by default.")
    var format: Format?

    @Option(help: "The author of the tracked changes in a docx.")
    var author = "resolint"

    @OptionGroup var input: InputOptions

    /// The format of the base, by its name: a Word document, Akoma Ntoso, or text.
    var chosenFormat: Format {
        if let format { return format }
        let name = base.lowercased()
        if name.hasSuffix(".docx") { return .docx }
        if name.hasSuffix(".xml") || name.hasSuffix(".akn") { return .akn }
        return .text
    }

    func validate() throws {
        if chosenFormat == .docx, output == nil { throw ValidationError("a docx needs --output FILE.docx") }
    }

    func run() throws {
        let resolution = try input.read(base)
        let list: String
        do {
            list = String(decoding: try FileSystem.contents(of: amendments, limit: 16 << 20), as: UTF8.self)
        } catch {
            printError("resolint: \(amendments.escapingControlCharacters): cannot be read: \(error.reason)")
            throw ExitStatus(2)
        }
        // An Akoma Ntoso amendment document (diff --format amendments-akn) holds the same
        // instructions, one `p` each.
        var instructions = list
        do {
            if let document = try AKNAmendments.read(list, path: amendments) {
                instructions = document.instructions.joined(separator: "\n")
            }
        } catch {
            if list.hasPrefix("<") {
                printError("resolint: \(amendments.escapingControlCharacters): \(error)")
                throw ExitStatus(2)
            }
        }
        let text: String
        do {
            text = try AmendmentApplier.apply(try AmendmentParser.parse(instructions), to: resolution)
        } catch {
            printError("resolint: \(amendments.escapingControlCharacters): \(error)")
            throw ExitStatus(1)
        }
        let bytes: [UInt8]
        switch chosenFormat {
        case .text: bytes = Array(text.utf8)
        case .docx, .akn:
            // The typed draft read back is the amended resolution, in the model.
            let amended = ResolutionParser().parse(SourceText(path: output ?? "amended", text: text))
            if chosenFormat == .akn {
                bytes = Array(AKNWriter().write(amended).utf8)
            } else {
                bytes = try WordRedline(author: author).write(Differ().diff(old: resolution, new: amended))
            }
        }
        guard let output else {
            write(String(decoding: bytes, as: UTF8.self))
            return
        }
        do {
            try FileSystem.writeAtomically(bytes, to: output, inputs: [base, amendments])
        } catch {
            printError("resolint: \(output.escapingControlCharacters): cannot be written: \(error.reason)")
            throw ExitStatus(2)
        }
    }
}
