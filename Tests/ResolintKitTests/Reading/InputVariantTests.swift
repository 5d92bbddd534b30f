import Foundation
import ResolintKit
import Testing

/// The same resolution in the forms users really have gives the same model.
@Suite struct InputVariantTests {
    let pdf: Resolution
    let pdfBytes: Data

    init() throws {
        pdf = try Fixtures.resolution("corpus/A-RES-58-140.txt")
        pdfBytes = try Data(contentsOf: URL(fileURLWithPath: Fixtures.path("corpus/A-RES-58-140.txt")))
    }

    private func read(_ data: Data) throws -> Resolution {
        try DocumentReader().read(data: data, path: "variant.txt")
    }

    private func texts(_ resolution: Resolution) -> [String] {
        resolution.allParagraphs.map(\.text) + resolution.footnotes.map(\.text)
    }

    /// Windows line endings and a UTF-8 byte-order mark change nothing, ranges included: a
    /// column does not count the mark or the carriage return.
    @Test func crlfAndByteOrderMark() throws {
        var text = String(decoding: pdfBytes, as: UTF8.self).replacingOccurrences(of: "\n", with: "\r\n")
        text = "\u{FEFF}" + text
        let variant = try read(Data(text.utf8))
        #expect(texts(variant) == texts(pdf))
        #expect(variant.allParagraphs.map(\.range) == pdf.allParagraphs.map(\.range))
        #expect(variant.footnoteReferences == pdf.footnoteReferences)
        #expect(variant.adoption == pdf.adoption)
    }

    /// The clean typed draft of 58/140 in `Fixtures/drafts` — one paragraph per block, notes at
    /// the end, "money-" / "laundering" hyphenated at a line end — reads to the same paragraphs,
    /// notes and references as the PDF extraction.
    @Test func typedDraftMatchesPDFExtraction() throws {
        let typed = try Fixtures.resolution("drafts/A-RES-58-140-typed.txt")
        #expect(typed.diagnostics.isEmpty)
        #expect(typed.title?.text == pdf.title?.text)
        #expect(texts(typed) == texts(pdf))
        #expect(typed.footnoteReferences.map(\.marker) == pdf.footnoteReferences.map(\.marker))
        #expect(typed.footnoteReferences.map(\.offset) == pdf.footnoteReferences.map(\.offset))
        #expect(typed.adoption?.date == "2003-12-22")
        #expect(typed.preamble[8].text.contains("drug-related crimes, money-laundering, the illicit manufacturing"))
    }

    /// The same draft typed one paragraph per line, with no blank lines at all.
    @Test func onePararaphPerLine() throws {
        let typed = try String(contentsOfFile: Fixtures.path("drafts/A-RES-58-140-typed.txt"), encoding: .utf8)
        let dense = typed.split(separator: "\n", omittingEmptySubsequences: true).joined(separator: "\n")
        let variant = try read(Data(dense.utf8))
        #expect(variant.preamble.count == 22)
        #expect(variant.operative.count == 24)
        #expect(texts(variant) == texts(pdf))
    }

    /// Non-breaking hyphens (U+2011) stay in the text and count as one column each.
    @Test func nonBreakingHyphen() throws {
        let resolution = try Fixtures.resolution("corpus/A-RES-80-1.md")
        let sub = try #require(resolution.operative.first?.subparagraphs.first)
        #expect(sub.text.contains("pre\u{2011}recorded statement"))
        let source = try Fixtures.source("corpus/A-RES-80-1.md")
        #expect(source.slice(sub.segments[0]).hasPrefix("The State of Palestine may submit a pre\u{2011}recorded"))
        #expect(sub.range.start == SourcePosition(line: 38, column: 1))
    }

    /// A line-end hyphen joins the word halves; a hyphen that a wrap left before a space inside a
    /// line is closed up ("Nuclear- Weapon-Free"), but "pre- and post-" is left alone.
    @Test func hyphenation() throws {
        let text = """
            The General Assembly,

            Recalling the entry into force of the African Nuclear- Weapon-Free Zone Treaty and its non\u{2011}
            governmental partners in pre- and post-conflict situations and the fight against money-
            laundering,

            1. Decides to remain seized of the matter.
            """
        let resolution = try read(Data(text.utf8))
        #expect(
            resolution.preamble.first?.text
                == "Recalling the entry into force of the African Nuclear-Weapon-Free Zone Treaty and its "
                + "non\u{2011}governmental partners in pre- and post-conflict situations and the fight against "
                + "money-laundering,")
        #expect(resolution.operative.first?.text == "Decides to remain seized of the matter.")
    }

    /// A text that lost its form feeds (copied from a PDF viewer, or kept by a store that drops
    /// control characters) reads to the same paragraphs, notes and markers: its pages are told
    /// apart by their feet and running heads. Every complete extraction of the series is tried.
    @Test(arguments: Fixtures.seriesFiles)
    func withoutFormFeeds(file: String) throws {
        let original = try Fixtures.resolution(file)
        let text = try String(contentsOfFile: Fixtures.path(file), encoding: .utf8)
        #expect(text.contains("\u{0C}"), "the extraction has form feeds to take away")
        let stripped = try read(Data(text.replacingOccurrences(of: "\u{0C}", with: "").utf8))
        #expect(texts(stripped) == texts(original))
        #expect(stripped.footnoteReferences.map(\.marker) == original.footnoteReferences.map(\.marker))
        #expect(stripped.diagnostics.count == original.diagnostics.count)
    }
}
