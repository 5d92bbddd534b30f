import Foundation
import Testing

@testable import ResolintKit

/// Amendments in the UN's phrasing: the ones `diff --format amendments` writes turn every real
/// pair's old text into the new one's words; typed ones apply; one that does not apply names
/// itself.
@Suite struct AmendmentTests {
    static let pairs: [(String, String)] = [
        ("series/A-RES-57-173.txt", "series/A-RES-58-140.pdftotext.txt"),
        ("series/A-RES-58-140.pdftotext.txt", "series/A-RES-59-159.txt"),
        ("series/A-RES-75-196.txt", "series/A-RES-76-187.txt"),
        ("series/A-RES-76-50.txt", "series/A-RES-77-62.txt"),
        ("series/A-RES-76-30.txt", "series/A-RES-77-53.txt"),
    ]

    /// The words of the paragraphs, numbers included, annexes too.
    static func words(_ resolution: Resolution) -> [String] {
        var lines: [String] = resolution.preamble.map(Differ.comparedText)
        lines += resolution.operative.map { ($0.number.map { "\($0). " } ?? "") + Differ.comparedText($0) }
        for annex in resolution.annexes { lines += annex.paragraphs.map(Differ.comparedText) }
        // A mark of punctuation standing alone ("terrorism , and", as an extraction leaves it)
        // belongs to the word before: the diff compares them so.
        var words: [String] = []
        for word in lines.joined(separator: " ").split(whereSeparator: \.isWhitespace).map(String.init) {
            if word.allSatisfy({ ",;:.!?".contains($0) }), !words.isEmpty {
                words[words.count - 1] += word
            } else {
                words.append(word)
            }
        }
        return words
    }

    static func apply(_ text: String, to base: Resolution) throws -> Resolution {
        let amended = try AmendmentApplier.apply(try AmendmentParser.parse(text), to: base)
        return ResolutionParser().parse(SourceText(path: "amended.txt", text: amended))
    }

    @Test(arguments: pairs.indices)
    func amendmentsTurnOldIntoNew(pair: Int) throws {
        let old = try Fixtures.resolution(Self.pairs[pair].0)
        let new = try Fixtures.resolution(Self.pairs[pair].1)
        let amendments = AmendmentWriter.amendments(Differ().diff(old: old, new: new))
        #expect(!amendments.isEmpty)
        let phrased = AmendmentRendering.text(amendments)
        #expect(try AmendmentParser.parse(phrased) == amendments, "the phrasing reads back as written")
        let amended = try Self.apply(phrased, to: old)
        let (found, expected) = (Self.words(amended), Self.words(new))
        let first = zip(found, expected).enumerated().first { $0.element.0 != $0.element.1 }?.offset
        let at = first ?? min(found.count, expected.count)
        let window = { (words: [String]) in words[max(0, at - 5)..<min(words.count, at + 5)].joined(separator: " ") }
        #expect(found == expected, "at word \(at): found “\(window(found))”, expected “\(window(expected))”")
    }

    static let base = """
        The General Assembly,

        Recalling its resolution 57/173 of 18 December 2002,

        Welcoming the report of the Secretary-General,

        1. Welcomes the work of the Commission;

        2. Requests the Secretary-General to report to it at its fifty-ninth session;

        3. Decides to remain seized of the matter.
        """

    @Test func typedAmendmentsApply() throws {
        let base = ResolutionParser().parse(SourceText(path: "base.txt", text: Self.base))
        let typed = """
            (a) In operative paragraph 1, replace the word "Welcomes" with the word "Notes";
            (b) In the second preambular paragraph, after the words “the report”, insert the words “and recommendations”;
            (c) After operative paragraph 1, insert a new operative paragraph reading: “Invites Member States to contribute;”
            (d) Delete operative paragraph 3.
            (e) Move the first preambular paragraph to follow the second preambular paragraph.
            (f) Renumber the subsequent paragraphs accordingly.
            """
        let amended = try Self.apply(typed, to: base)
        #expect(
            amended.preamble.map(\.text) == [
                "Welcoming the report and recommendations of the Secretary-General,",
                "Recalling its resolution 57/173 of 18 December 2002,",
            ])
        #expect(
            amended.operative.map { "\($0.number ?? "") \($0.text)" } == [
                "1 Notes the work of the Commission;", "2 Invites Member States to contribute;",
                "3 Requests the Secretary-General to report to it at its fifty-ninth session;",
            ])
    }

    @Test func anInstructionThatDoesNotApplyNamesItself() throws {
        let base = ResolutionParser().parse(SourceText(path: "base.txt", text: Self.base))
        #expect(throws: AmendmentError(instruction: 2, message: "“the Council” is not in operative paragraph 1")) {
            _ = try Self.apply(
                "Delete operative paragraph 3.\nIn operative paragraph 1, delete the words “the Council”.", to: base)
        }
        #expect(
            throws: AmendmentError(
                instruction: 1, message: "“to” stands 2 times in operative paragraph 2: quote more words")
        ) {
            _ = try Self.apply("In operative paragraph 2, delete the words “to”.", to: base)
        }
        #expect(throws: AmendmentError(instruction: 1, message: "there is no operative paragraph 9 in the base text")) {
            _ = try Self.apply("Delete operative paragraph 9.", to: base)
        }
        #expect(throws: AmendmentError(instruction: 1, message: "not an amendment: \"Please fix the text\"")) {
            _ = try Self.apply("Please fix the text", to: base)
        }
    }
}
