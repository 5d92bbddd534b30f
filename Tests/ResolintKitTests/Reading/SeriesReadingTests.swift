import Foundation
import Testing

@testable import ResolintKit

/// One line of `Fixtures/series/facts.jsonl`: what reading each text by eye establishes
/// (the `evidence` field says how), for the `pdftotext` extractions of successive years.
struct SeriesFact: Decodable, Sendable, CustomTestStringConvertible {
    let file: String
    let symbol: String
    let preambular: Int
    let operative: Int
    let footnotes: Int
    let references: Int
    let meeting: String
    let date: String
    let evidence: String

    var testDescription: String { file }

    static let all: [SeriesFact] = Fixtures.jsonLines("series/facts.jsonl")
}

/// The shape the reader was not built on: complete `pdftotext` output with no blank line between
/// paragraphs, page furniture inline (running heads, `2/4`, job numbers, barcodes, form feeds),
/// paragraph numbers on lines of their own and often after the paragraph's first line, notes at
/// each page's foot with their numbers out of place, markers as ` 1` or glued.
@Suite struct SeriesReadingTests {
    @Test func everyTextHasItsFacts() {
        #expect(SeriesFact.all.count == Fixtures.seriesFiles.count)
        #expect(SeriesFact.all.count == 9)
    }

    @Test(arguments: SeriesFact.all)
    func readsAsReadingEstablishes(fact: SeriesFact) throws {
        let resolution = try Fixtures.resolution("series/\(fact.file)")
        #expect(resolution.symbol == fact.symbol)
        #expect(resolution.preamble.count == fact.preambular)
        #expect(resolution.operative.count == fact.operative)
        #expect(resolution.footnotes.count == fact.footnotes)
        #expect(resolution.footnoteReferences.count == fact.references)
        #expect(resolution.adoption?.meeting == fact.meeting)
        #expect(resolution.adoption?.date == fact.date)
        // The printed numbers, in order, and the notes 1…n.
        #expect(resolution.operative.map(\.number) == (1...fact.operative).map { String($0) })
        #expect(resolution.footnotes.map(\.marker) == (1...fact.footnotes).map { String($0) })
        // A preambular paragraph ends with a comma, an operative one with a semicolon (or a
        // colon before its subparagraphs), the last with a full stop: a paragraph cut in two or
        // run into the next would break this.
        for paragraph in resolution.preamble {
            #expect(paragraph.text.hasSuffix(","), "\(fact.file): \(paragraph.text.suffix(60))")
        }
        for (index, paragraph) in resolution.operative.enumerated() {
            let end: Set<Character> = index == resolution.operative.count - 1 ? ["."] : [";", ":"]
            #expect(
                paragraph.text.last.map(end.contains) == true, "\(fact.file) \(index + 1): \(paragraph.text.suffix(60))"
            )
        }
        // No furniture in the text.
        for paragraph in resolution.allParagraphs {
            for furniture in [fact.symbol, "\u{0C}", "*"] {
                #expect(
                    !paragraph.text.contains(furniture), "\(fact.file): \(furniture) in \(paragraph.text.prefix(60))")
            }
        }
    }

    /// Every note of every real text, series and session 80 alike, is cited somewhere.
    @Test(arguments: Fixtures.corpusFiles + Fixtures.seriesFiles)
    func everyNoteIsReferenced(file: String) throws {
        let resolution = try Fixtures.resolution(file)
        let cited = Set(resolution.footnoteReferences.map(\.marker))
        let uncited = resolution.footnotes.map(\.marker).filter { !cited.contains($0) }
        #expect(uncited.isEmpty, "\(file): no reference to notes \(uncited)")
    }

    /// 58/140 extracted twice, once with blank lines between paragraphs and notes printed
    /// inline, once by `pdftotext`: the same resolution, so no change at all.
    @Test func bothExtractionsOf58140AreTheSame() throws {
        let inline = try Fixtures.resolution("corpus/A-RES-58-140.txt")
        let pdftotext = try Fixtures.resolution("series/A-RES-58-140.pdftotext.txt")
        let diff = Differ().diff(old: inline, new: pdftotext)
        #expect(diff.isEmpty, "\(diff.summary)")
        #expect(inline.footnotes.map(\.text) == pdftotext.footnotes.map(\.text))
        #expect(inline.footnoteReferences.map(\.marker) == pdftotext.footnoteReferences.map(\.marker))
        #expect(inline.title?.text == pdftotext.title?.text)
    }

    /// Page furniture is set aside by its shape, not by the file it came in; `57/173` alone on
    /// a line is furniture only where the file has 173 pages and the line stands on page 57.
    /// 60/175, the year after the series' 59/159, read after the reader was built: on its page 4
    /// pdftotext sets the page's number between note 11's number and its text ("11", "4",
    /// "Resolution 60/177, annex."). Notes are numbered on through a text, so the lone "4"
    /// after note 10 is the page's number, and the note is 11.
    @Test func pageNumberAmongANotesNumbers() throws {
        let resolution = try Fixtures.resolution("shapes/A-RES-60-175.pdftotext.txt")
        #expect(resolution.footnotes.map(\.marker) == (1...12).map(String.init))
        #expect(resolution.footnotes.first { $0.marker == "11" }?.text == "Resolution 60/177, annex.")
        #expect(resolution.footnotes.first { $0.marker == "4" }?.text == "See resolution 60/1.")
        #expect((resolution.preamble.count, resolution.operative.count) == (15, 24))
        #expect(resolution.diagnostics.isEmpty, "\(resolution.diagnostics)")
    }

    @Test func furnitureShapes() {
        func line(_ text: String) -> [Unicode.Scalar] { Array(text.unicodeScalars) }
        #expect(PageFurniture.isJobNumber(line("02 54960")))
        #expect(PageFurniture.isJobNumber(line("21-18450 (E)")))
        #expect(!PageFurniture.isJobNumber(line("2003/24")))
        #expect(PageFurniture.pageOfPages(line("2/4")) ?? (0, 0) == (2, 4))
        #expect(PageFurniture.pageOfPages(line("173/57")) == nil)
        #expect(PageFurniture.isBarcode(line("*2118450*")))
    }
}

/// 58/140 in the layouts of 1990s texts as un.org and law libraries publish them
/// (`Fixtures/shapes`, made by `Scripts/make-shape-fixtures` from the corpus text): hard-wrapped
/// with no blank line and no indent between paragraphs, or the whole resolution on one line;
/// and as Word's "Unicode Text" saves a draft (UTF-16, the notes at the end with no rule). Only
/// the grammar of a resolution tells its paragraphs apart there.
@Suite struct OldLayoutTests {
    @Test(arguments: [
        "shapes/A-RES-58-140.hardwrapped.txt", "shapes/A-RES-58-140.oneline.txt",
        "shapes/A-RES-58-140.unicode-text.txt",
    ])
    func readsIntoItsRealParagraphs(file: String) throws {
        let printed = try Fixtures.resolution("corpus/A-RES-58-140.txt")
        let shaped = try Fixtures.resolution(file)
        #expect(shaped.preamble.count == 22)
        #expect(shaped.operative.map(\.number) == (1...24).map { String($0) })
        #expect(shaped.footnoteReferences.map(\.marker) == printed.footnoteReferences.map(\.marker))
        #expect(shaped.adoption?.meeting == "77th plenary meeting")
        #expect(shaped.footnotes.map(\.text) == printed.footnotes.map(\.text))
        let diff = Differ().diff(old: printed, new: shaped)
        #expect(diff.isEmpty, "\(diff.summary)")
    }
}

/// Every series text remade in the 1990s layouts from its own model — hard-wrapped with no
/// blank line, and on one line — with its notes listed at the end (`1 …`) after the meeting
/// line: each reads back as the text.
@Suite struct RemadeLayoutTests {
    private func remade(_ resolution: Resolution, oneLine: Bool) -> String {
        func glued(_ paragraph: Paragraph) -> String {
            var scalars = Array(paragraph.text.unicodeScalars)
            for reference in paragraph.footnoteRefs.sorted(by: { $0.offset > $1.offset }) {
                scalars.insert(contentsOf: reference.marker.unicodeScalars, at: reference.offset)
            }
            return (paragraph.number.map { "\($0). " } ?? "") + String(String.UnicodeScalarView(scalars))
        }
        let head = "\(resolution.number ?? ""). \(resolution.title?.text ?? "")"
        let body =
            [resolution.formula?.text ?? ""] + (resolution.preamble + resolution.operative).map(glued)
            + [resolution.adoption?.meeting ?? ""]
        let notes = resolution.footnotes.map { "\($0.marker) \($0.text)" }
        if oneLine { return ([head, body.joined(separator: " ")] + notes).joined(separator: "\n") + "\n" }
        func wrap(_ text: String) -> String {
            var lines: [String] = []
            var line = ""
            for word in text.split(separator: " ") {
                if !line.isEmpty, line.count + word.count + 1 > 70 {
                    lines.append(line)
                    line = ""
                }
                line += (line.isEmpty ? "" : " ") + word
            }
            return (lines + [line]).joined(separator: "\n")
        }
        return ([head] + body).map(wrap).joined(separator: "\n") + "\n" + notes.joined(separator: "\n") + "\n"
    }

    @Test(arguments: Fixtures.seriesFiles)
    func readsBackAsTheText(file: String) throws {
        let original = try Fixtures.resolution(file)
        for oneLine in [false, true] {
            let text = remade(original, oneLine: oneLine)
            let read = ResolutionParser().parse(SourceText(path: "remade.txt", text: text))
            let diff = Differ().diff(old: original, new: read)
            #expect(diff.isEmpty, "\(file) \(oneLine ? "on one line" : "hard-wrapped"): \(diff.summary)")
            #expect(read.footnoteReferences.map(\.marker) == original.footnoteReferences.map(\.marker))
        }
    }
}
