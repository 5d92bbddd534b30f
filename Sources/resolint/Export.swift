import ResolintAKN
import ResolintKit

/// `resolint export FILE`: the resolution as Akoma Ntoso 3.0 XML.
struct Export: Subcommand {
    static let syntax = CommandSyntax(
        name: "export", abstract: "Export a resolution as Akoma Ntoso 3.0 XML (AKN4UN).",
        discussion: "Exit status: 0 exported, 1 not valid against the schema (with --validate), 2 trouble.",
        positionals: [.init(name: "file", help: "The resolution (\"-\" reads standard input).")],
        options: [
            .init(
                name: "output", short: "o", value: "output",
                help: "Write the XML here (atomically) instead of standard output.")
        ] + SchemaOptions.syntax + InputOptions.syntax,
        flags: [.init(name: "validate", help: "Check the XML against the Akoma Ntoso schema before writing it.")])

    let file: String
    let output: String?
    let validate: Bool
    let schema: SchemaOptions
    let input: InputOptions

    init(_ arguments: ParsedArguments) throws(UsageError) {
        file = arguments.positional("file") ?? "-"
        output = arguments.value("output")
        validate = arguments.flag("validate")
        schema = SchemaOptions(arguments)
        input = try InputOptions(arguments, syntax: Self.syntax)
    }

    func run() throws(ExitStatus) {
        let resolution = try input.read(file)
        let xml = AKNWriter().write(resolution)
        if validate {
            let violations = try schema.validator().validate(xml: xml, path: output ?? "<export>")
            if !violations.isEmpty {
                for violation in violations { printError("resolint: \(violation)") }
                throw ExitStatus(1)
            }
        }
        guard let output else {
            write(xml)
            return
        }
        do {
            try FileSystem.writeAtomically(Array(xml.utf8), to: output)
        } catch {
            printError("resolint: \(output): cannot be written: \(error.reason)")
            throw ExitStatus(2)
        }
    }
}
