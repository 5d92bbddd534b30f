import ArgumentParser
import ResolintAKN
import ResolintKit

/// `resolint diff OLD NEW`: what changed between two resolutions, paragraph by paragraph.
struct Diff: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "diff",
        abstract: "Compare two resolutions paragraph by paragraph.",
        discussion: "Exit status, as diff(1): 0 no differences, 1 differences, 2 trouble.")

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text, json, html, markdown, akn
    }

    @Argument(help: "The earlier text.")
    var old: String

    @Argument(help: "The later text.")
    var new: String

    @Option(help: "Output format.")
    var format = Format.text

    @Option(help: "Colour in text output.")
    var color = ColorChoice.auto

    @OptionGroup var input: InputOptions

    func run() throws {
        let diff = Differ().diff(old: try input.read(old), new: try input.read(new))
        switch format {
        case .json: write(DiffJSON.encode(diff).rendered() + "\n")
        case .html: write(DiffHTML.render(diff))
        case .markdown: write(DiffMarkdown.render(diff))
        case .akn: write(AKNDiffWriter().write(diff))
        case .text:
            let colour = Terminal.useColor(color)
            write(DiffTextRenderer(color: colour).render(diff), colour: colour)
        }
        if !diff.isEmpty { throw ExitStatus(1) }
    }
}
