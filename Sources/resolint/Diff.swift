import ResolintAKN
import ResolintKit

/// `resolint diff OLD NEW`: what changed between two resolutions, paragraph by paragraph.
struct Diff: Subcommand {
    static let syntax = CommandSyntax(
        name: "diff", abstract: "Compare two resolutions paragraph by paragraph.",
        discussion: "Exit status, as diff(1): 0 no differences, 1 differences, 2 trouble.",
        positionals: [.init(name: "old", help: "The earlier text."), .init(name: "new", help: "The later text.")],
        options: [
            .init(
                name: "format", value: "format", help: "Output format.",
                choices: ["text", "json", "html", "markdown", "akn"]),
            .init(name: "color", value: "color", help: "Colour in text output.", choices: ["auto", "always", "never"]),
        ] + InputOptions.syntax)

    let old: String
    let new: String
    let format: String
    let color: String
    let input: InputOptions

    init(_ arguments: ParsedArguments) throws(UsageError) {
        old = arguments.positional("old") ?? "-"
        new = arguments.positional("new") ?? "-"
        format = arguments.choice("format")
        color = arguments.choice("color")
        input = try InputOptions(arguments, syntax: Self.syntax)
    }

    func run() throws(ExitStatus) {
        let diff = Differ().diff(old: try input.read(old), new: try input.read(new))
        switch format {
        case "json": write(DiffJSON.encode(diff).rendered() + "\n")
        case "html": write(DiffHTML.render(diff))
        case "markdown": write(DiffMarkdown.render(diff))
        case "akn": write(AKNDiffWriter().write(diff))
        default:
            let colour = Terminal.useColor(color)
            write(DiffTextRenderer(color: colour).render(diff), colour: colour)
        }
        if !diff.isEmpty { throw ExitStatus(1) }
    }
}
