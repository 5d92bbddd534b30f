import ArgumentParser
import ResolintKit

/// `resolint history FILE…`: every paragraph of a resolution followed through a series of texts.
struct History: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "history",
        abstract: "Follow every paragraph of a resolution through a series of texts.",
        discussion: """
            The texts are put in order of their adoption dates (texts without one keep their \
            place), or taken as given with --in-order. For each paragraph of the latest text: \
            the text in which it first appeared, the texts in which it changed or moved; the \
            paragraphs dropped, with the last text that had them; a summary per text.
            """)

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text, json, csv, html
    }

    @Argument(help: "The texts, in any input formats.")
    var files: [String]

    @Option(help: "Output format.")
    var format = Format.text

    @Flag(help: "Take the texts in the order given, not by adoption date.")
    var inOrder = false

    @Option(help: "One paragraph's story, named as the text output names it (\"operative 5\", \"preamble #3\").")
    var paragraph: String?

    @Option(name: .shortAndLong, help: "Write the result here (atomically) instead of standard output.")
    var output: String?

    @OptionGroup var input: InputOptions

    func validate() throws {
        if files.count < 2 { throw ValidationError("history needs at least two texts") }
    }

    func run() throws {
        var resolutions = try files.map { try input.read($0) }
        if !inOrder {
            // A stable sort: undated texts keep their place among the dated ones' order.
            let dates = resolutions.map { $0.adoption?.date ?? $0.masthead.adoptionDate }
            if dates.allSatisfy({ $0 != nil }) {
                resolutions = zip(resolutions, dates).enumerated().sorted {
                    ($0.element.1!, $0.offset) < ($1.element.1!, $1.offset)
                }.map(\.element.0)
            }
        }
        let history = SeriesHistory(resolutions)
        let text: String
        switch format {
        case .text: text = HistoryRendering.text(history, only: paragraph)
        case .json: text = HistoryRendering.json(history).rendered() + "\n"
        case .csv: text = HistoryRendering.csv(history)
        case .html: text = HistoryRendering.html(history)
        }
        guard let output else {
            write(text)
            return
        }
        do {
            try FileSystem.writeAtomically(Array(text.utf8), to: output, inputs: files)
        } catch {
            printError("resolint: \(output.escapingControlCharacters): cannot be written: \(error.reason)")
            throw ExitStatus(2)
        }
    }
}
