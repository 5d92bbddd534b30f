import ArgumentParser
import ResolintAKN
import ResolintKit
import ResolintWord

/// `resolint diff OLD NEW`: what changed between two resolutions, paragraph by paragraph.
struct Diff: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "diff",
        abstract: "Compare two resolutions paragraph by paragraph.",
        discussion: """
            --format docx writes the new text with every change as a Word tracked change (needs \
            --output); --format amendments writes the change as the amendments, in the UN's \
            phrasing, that turn the old text into the new (resolint amend applies them). Exit \
            status, as diff(1): 0 no differences, 1 differences, 2 trouble.
            """)

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text, json, html, markdown, akn, docx, amendments
        case amendmentsJSON = "amendments-json"
        case amendmentsAKN = "amendments-akn"
    }

    @Argument(help: "The earlier text.")
    var old: String

    @Argument(help: "The later text.")
    var new: String

    @Option(help: "Output format.")
    var format = Format.text

    @Option(help: "Colour in text output.")
    var color = ColorChoice.auto

    @Option(name: .shortAndLong, help: "Write the result here (atomically) instead of standard output.")
    var output: String?

    @Flag(help: "HTML: the new text alone, with the changes in it, in one column.")
    var oneColumn = false

    @Option(help: "The author of the tracked changes in a docx redline.")
    var author = "resolint"

    @Option(help: "The date of the tracked changes in a docx redline (YYYY-MM-DD); none by default.")
    var date: String?

    func validate() throws {
        if format == .docx, output == nil { throw ValidationError("--format docx needs --output FILE.docx") }
        if let date, !Self.isISODate(date) {
            throw ValidationError("--date takes a date as YYYY-MM-DD, not \"\(date)\"")
        }
    }

    static func isISODate(_ text: String) -> Bool {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        return parts.count == 3 && parts.map(\.count) == [4, 2, 2]
            && parts.allSatisfy { $0.allSatisfy(\.isASCII) && Int($0) != nil }
    }

    @OptionGroup var input: InputOptions

    func run() throws {
        let diff = Differ().diff(old: try input.read(old), new: try input.read(new))
        let bytes: [UInt8]
        switch format {
        case .json: bytes = Array((DiffJSON.encode(diff).rendered() + "\n").utf8)
        case .html: bytes = Array(DiffHTML.render(diff, oneColumn: oneColumn).utf8)
        case .markdown: bytes = Array(DiffMarkdown.render(diff).utf8)
        case .akn: bytes = Array(AKNDiffWriter().write(diff).utf8)
        case .docx: bytes = try WordRedline(author: author, date: date).write(diff)
        case .amendments: bytes = Array(AmendmentRendering.text(AmendmentWriter.amendments(diff)).utf8)
        case .amendmentsAKN:
            bytes = Array(AKNAmendments.write(AmendmentWriter.amendments(diff), to: diff.old).utf8)
        case .amendmentsJSON:
            bytes = Array((AmendmentRendering.json(AmendmentWriter.amendments(diff)).rendered() + "\n").utf8)
        case .text:
            let colour = Terminal.useColor(color) && output == nil
            let text = DiffTextRenderer(color: colour).render(diff)
            guard output != nil else {
                write(text, colour: colour)
                if !diff.isEmpty { throw ExitStatus(1) }
                return
            }
            bytes = Array(text.utf8)
        }
        if let output {
            do {
                try FileSystem.writeAtomically(bytes, to: output, inputs: [old, new].filter { $0 != "-" })
            } catch {
                printError("resolint: \(output.escapingControlCharacters): cannot be written: \(error.reason)")
                throw ExitStatus(2)
            }
        } else {
            write(String(decoding: bytes, as: UTF8.self))
        }
        if !diff.isEmpty { throw ExitStatus(1) }
    }
}
