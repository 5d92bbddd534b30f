import ResolintKit

/// `resolint inspect FILE`: prints the document model of one resolution.
struct Inspect: Subcommand {
    static let syntax = CommandSyntax(
        name: "inspect", abstract: "Print the document model read from a resolution text.",
        positionals: [.init(name: "file", help: "The resolution text (\"-\" reads standard input).")],
        options: [.init(name: "format", value: "format", help: "Output format.", choices: ["tree", "json"])]
            + InputOptions.syntax)

    let file: String
    let format: String
    let input: InputOptions

    init(_ arguments: ParsedArguments) throws(UsageError) {
        file = arguments.positional("file") ?? "-"
        format = arguments.choice("format")
        input = try InputOptions(arguments, syntax: Self.syntax)
    }

    func run() throws(ExitStatus) {
        let resolution = try input.read(file)
        switch format {
        case "json": write(ResolutionJSON.encode(resolution).rendered() + "\n")
        default: write(TreePrinter.render(resolution))
        }
    }
}
