import ArgumentParser
import ResolintKit

/// `resolint inspect FILE`: prints the document model of one resolution.
struct Inspect: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "inspect",
        abstract: "Print the document model read from a resolution text.")

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case tree, json
    }

    @Argument(help: "The resolution text (\"-\" reads standard input).")
    var file: String

    @Option(help: "Output format.")
    var format = Format.tree

    @OptionGroup var input: InputOptions

    func run() throws {
        let (resolution, source) = try input.document(file)
        switch format {
        case .json: write(ResolutionJSON.encode(resolution).rendered() + "\n")
        case .tree: write(TreePrinter.render(resolution, source: source))
        }
    }
}
