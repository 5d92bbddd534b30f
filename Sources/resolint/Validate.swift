import ArgumentParser
import ResolintAKN
import ResolintKit

#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif

/// Options for finding the Akoma Ntoso schema.
struct SchemaOptions: ParsableArguments {
    @Option(
        help:
            "The Akoma Ntoso 3.0 schema, akomantoso30.xsd (default: $AKN_SCHEMA, or the one the install or the tests put beside it)."
    )
    var schema: String?

    func validator() throws(ExitStatus) -> SchemaValidator {
        guard let path = schema ?? SchemaLocator.find() else {
            printError(
                "resolint: no Akoma Ntoso schema: give --schema PATH or set AKN_SCHEMA "
                    + "(Scripts/fetch-schemas puts it in .cache/akn)")
            throw ExitStatus(2)
        }
        do {
            return try SchemaValidator(schemaPath: path)
        } catch {
            printError("resolint: \(error)")
            throw ExitStatus(2)
        }
    }
}

/// Where the schema is when no path is given: `$AKN_SCHEMA`, then `share/resolint/akn` of the
/// installation, then the `.cache/akn` of the checkout the executable was built in (filled by
/// `Scripts/fetch-schemas`; see `InstallLocation`).
enum SchemaLocator {
    static func find() -> String? {
        if let variable = ProcessInfo.processInfo.environment["AKN_SCHEMA"], !variable.isEmpty { return variable }
        return InstallLocation.resource(installed: "akn", checkout: ".cache/akn", containing: "akomantoso30.xsd")
            .map { $0 + "/akomantoso30.xsd" }
    }
}

/// `resolint validate FILE.xml`: checks Akoma Ntoso XML against the OASIS schema.
struct Validate: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "validate",
        abstract: "Check Akoma Ntoso XML against the OASIS Akoma Ntoso 3.0 schema.",
        discussion: "Exit status: 0 valid, 1 not valid, 2 trouble.")

    @Argument(help: "The XML files.")
    var files: [String]

    @OptionGroup var schema: SchemaOptions

    @OptionGroup var input: InputOptions

    func run() throws {
        let validator = try schema.validator()
        var invalid = false
        for file in files {
            let source: SourceText
            do {
                source = try input.reader.source(path: file)
            } catch {
                throw fail(error)
            }
            let text = source.lines.map { String(scalars: $0) }.joined(separator: "\n")
            let violations = validator.validate(xml: text, path: file)
            if violations.isEmpty {
                write("\(file): valid\n")
            } else {
                invalid = true
                for violation in violations { write("\(violation)\n") }
            }
        }
        if invalid { throw ExitStatus(1) }
    }
}
