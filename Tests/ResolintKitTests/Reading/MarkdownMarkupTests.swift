import Foundation
import Testing

@testable import ResolintKit

/// A Word draft turned into Markdown by pandoc (`Fixtures/word`, made by
/// `Scripts/make-word-fixtures`): italic openers, `*The General Assembly*,`, escaped numbers
/// (`1\.`), hard line breaks and real Word footnotes (pandoc gives the note cited twice a second
/// note, as Word does). The words are read; the markup is not.
@Suite struct MarkdownMarkupTests {
    @Test func pandocMarkdownReadsAsThePrintedText() throws {
        let printed = try Fixtures.resolution("corpus/A-RES-58-140.txt")
        let converted = try Fixtures.resolution("word/A-RES-58-140.pandoc.md")
        #expect(converted.formula?.text == "The General Assembly,")
        // pandoc's Markdown writes curly quotes straight (its "smart" reading turns them back).
        func folded(_ text: String) -> String {
            String(text.map { "“”".contains($0) ? "\"" : "‘’".contains($0) ? "'" : $0 })
        }
        #expect(converted.preamble.map(\.text) == printed.preamble.map(\.text))
        #expect(converted.operative.map { folded($0.text) } == printed.operative.map { folded($0.text) })
        #expect(converted.operative.map(\.number) == printed.operative.map(\.number))
        #expect(converted.adoption?.date == "2003-12-22")
        #expect(converted.footnotes.map(\.marker) == ["1", "2", "3", "4", "5"])
        #expect(converted.footnoteReferences.count == 5)
        #expect(Differ().diff(old: printed, new: converted).changes.allSatisfy { $0.kind == .unchanged })
    }

    @Test func markupIsLeftOutAndWordsKeepTheirPlaces() {
        func read(_ text: String) -> String {
            let line = Array(text.unicodeScalars)
            var mapped = MappedText()
            let pieces = MarkdownMarkup.textPieces(of: line)
            for (position, piece) in pieces.enumerated() {
                mapped.appendLine(
                    line, lineNumber: 1, columns: piece, joined: position > 0, continued: position < pieces.count - 1)
            }
            return mapped.string
        }
        #expect(read("*Recalling* its resolution,") == "Recalling its resolution,")
        #expect(read("*The General Assembly*,") == "The General Assembly,")
        #expect(read("**Deeply concerned** that") == "Deeply concerned that")
        #expect(read("1\\. _Decides_ to") == "1. Decides to")
        #expect(read("the snake_case_name and 2 * 3") == "the snake_case_name and 2 * 3")
        #expect(read("before <!-- resolint-disable-next paragraph-opener --> after") == "before after")
        #expect(MarkdownMarkup.isOnlyMarkup(Array("<!-- resolint-disable-next paragraph-opener -->".unicodeScalars)))
    }

    /// A comment line is no text and does not join the paragraphs around it.
    @Test func commentLineSeparatesParagraphs() throws {
        let text = """
            The General Assembly,

            Recalling its resolution 46/152,
            <!-- resolint-disable-next paragraph-opener -->
            1. Decides to remain seized of the matter.
            """
        let resolution = ResolutionParser().parse(SourceText(path: "draft.md", text: text))
        #expect(resolution.preamble.map(\.text) == ["Recalling its resolution 46/152,"])
        #expect(resolution.operative.map(\.number) == ["1"])
        #expect(resolution.operative.first?.text == "Decides to remain seized of the matter.")
    }
}
