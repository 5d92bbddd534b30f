import ArgumentParser
import ResolintAKN
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
        // An Akoma Ntoso amendment document is a list of instructions, not a resolution.
        if case .text = source.origin, source.lines.first?.first == "<",
            let document = try? AKNAmendments.read(
                source.lines.map { String(String.UnicodeScalarView($0)) }.joined(separator: "\n"), path: source.path)
        {
            let amendments = (try? AmendmentParser.parse(document.instructions.joined(separator: "\n"))) ?? []
            switch format {
            case .json:
                var object: [(String, JSONValue)] = [("target", document.target.map(JSONValue.string) ?? .null)]
                if case .object(let pairs) = AmendmentRendering.json(amendments) { object += pairs }
                write(JSONValue.object(object).rendered() + "\n")
            case .tree:
                write("Amendments to \(document.target ?? "an unnamed text") (\(document.instructions.count))\n")
                write(AmendmentRendering.text(amendments))
            }
            return
        }
        switch format {
        case .json: write(ResolutionJSON.encode(resolution).rendered() + "\n")
        case .tree: write(TreePrinter.render(resolution, source: source))
        }
    }
}
