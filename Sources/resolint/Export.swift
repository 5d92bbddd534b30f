import ArgumentParser
import Foundation
import ResolintAKN
import ResolintKit

/// `resolint export FILE`: the resolution as Akoma Ntoso 3.0 XML.
struct Export: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Export a resolution as Akoma Ntoso 3.0 XML (AKN4UN).",
        discussion: "Exit status: 0 exported, 1 not valid against the schema (with --validate), 2 trouble.")

    @Argument(help: "The resolution (\"-\" reads standard input).")
    var file: String

    @Option(name: .shortAndLong, help: "Write the XML here (atomically) instead of standard output.")
    var output: String?

    @Flag(help: "Check the XML against the Akoma Ntoso schema before writing it.")
    var validate = false

    @OptionGroup var schemaOptions: SchemaOptions
    @OptionGroup var input: InputOptions

    func run() throws {
        let resolution = try input.read(file)
        let xml = AKNWriter().write(resolution)
        if validate {
            let violations = try schemaOptions.validator().validate(xml: xml, path: output ?? "<export>")
            if !violations.isEmpty {
                for violation in violations { printError("resolint: \(violation)") }
                throw ExitCode(1)
            }
        }
        guard let output else {
            write(xml)
            return
        }
        do {
            try Data(xml.utf8).write(to: URL(fileURLWithPath: output), options: .atomic)
        } catch {
            printError("resolint: \(output): cannot be written: \(error.localizedDescription)")
            throw ExitCode(2)
        }
    }
}
