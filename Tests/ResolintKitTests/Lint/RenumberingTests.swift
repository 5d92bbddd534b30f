import Foundation
import ResolintKit
import Testing

/// Renumbering as a fix, on 80/12 (ten operative paragraphs, the ninth referring to "paragraph 8
/// above") edited as a drafter edits a text: a paragraph inserted with the number of the one it
/// goes before, one deleted, one moved. The fix writes the numbers in order and the reference
/// follows its paragraph; a reference that cannot follow is reported and nothing is renumbered.
@Suite struct RenumberingTests {
    let text: String
    /// The operative paragraphs' blocks of 80/12, by number.
    let blocks: [String]

    init() throws {
        text = try String(contentsOfFile: Fixtures.path("corpus/A-RES-80-12.md"), encoding: .utf8)
        blocks = text.components(separatedBy: "\n\n")
    }

    /// The index of the block that opens operative paragraph `number`.
    private func block(_ number: Int) throws -> Int {
        try #require(blocks.firstIndex { $0.hasPrefix("\(number). ") })
    }

    /// The text fixed as `lint --fix` fixes it: every certain fix applied, again, until none
    /// is left (at most five rounds); with the findings left.
    private func fixed(_ text: String) throws -> (text: String, left: [Finding], rounds: Int) {
        let linter = try Linter(ruleSet: Fixtures.ruleSet())
        var current = text
        for round in 0..<5 {
            let source = try SourceLoader().decode(Data(current.utf8), path: "draft.md")
            let findings = linter.lint(LintDocument(resolution: ResolutionParser().parse(source), source: source))
            let fixes = findings.compactMap(\.fix)
            if fixes.isEmpty { return (current, findings, round) }
            current = source.applying(fixes)
        }
        Issue.record("fixes still found after five rounds")
        return (current, [], 5)
    }

    /// The operative numbers of a text, in order.
    private func numbers(_ text: String) throws -> [Int] {
        try DocumentReader().read(data: Data(text.utf8), path: "draft.md").operative.compactMap { $0.number }
            .compactMap { Int($0) }
    }

    @Test func insertedParagraphRenumbersTheRestAndTheReference() throws {
        var edited = blocks
        edited.insert("4. Urges Member States to report every year;", at: try block(4))
        let draft = edited.joined(separator: "\n\n")
        #expect(try numbers(draft) == [1, 2, 3, 4, 4, 5, 6, 7, 8, 9, 10])
        let result = try fixed(draft)
        #expect(try numbers(result.text) == Array(1...11))
        #expect(result.text.contains("10. Decides to remain seized of the matter"))
        #expect(result.text.contains("the information referred to in paragraph 9 above;"))
        #expect(result.text.contains("4. Urges Member States to report every year;\n\n5. Also invites Member States"))
        #expect(result.rounds == 1, "one round renumbers everything; the second finds nothing")
        #expect(try fixed(result.text).text == result.text, "--fix twice changes nothing more")
        #expect(!result.left.contains { $0.ruleID == "operative-numbering" || $0.ruleID == "cross-reference" })
    }

    @Test func deletedParagraphRenumbersTheRestAndTheReference() throws {
        var edited = blocks
        edited.remove(at: try block(5))
        let result = try fixed(edited.joined(separator: "\n\n"))
        #expect(try numbers(result.text) == Array(1...9))
        #expect(result.text.contains("the information referred to in paragraph 7 above;"))
    }

    @Test func movedParagraphRenumbers() throws {
        var edited = blocks
        let moved = edited.remove(at: try block(2))
        edited.insert(moved, at: try #require(edited.firstIndex { $0.hasPrefix("6. ") }))
        let draft = edited.joined(separator: "\n\n")
        #expect(try numbers(draft) == [1, 3, 4, 5, 2, 6, 7, 8, 9, 10])
        let result = try fixed(draft)
        #expect(try numbers(result.text) == Array(1...10))
        #expect(result.text.contains("\n\n5. Recommends the guidelines"))
        #expect(result.text.contains("the information referred to in paragraph 8 above;"), "8 did not move")
    }

    /// The paragraph referred to is gone: the reference cannot follow it, so it is reported and
    /// the numbers are left for the drafter.
    @Test func referenceToADeletedParagraphIsReportedNotGuessed() throws {
        var edited = blocks
        edited.remove(at: try block(8))
        let draft = edited.joined(separator: "\n\n")
        let result = try fixed(draft)
        #expect(result.text == draft, "nothing renumbered")
        #expect(result.left.contains { $0.ruleID == "operative-numbering" && $0.fix == nil })
        #expect(result.left.contains { $0.message.contains("paragraph 8") })
    }

    /// Two paragraphs numbered 8: "paragraph 8 above" could mean either, so it is reported and
    /// nothing is renumbered.
    @Test func ambiguousReferenceIsReportedNotGuessed() throws {
        var edited = blocks
        edited.insert("8. Invites Member States to share their experience;", at: try block(8))
        let draft = edited.joined(separator: "\n\n")
        let result = try fixed(draft)
        #expect(result.text == draft)
        #expect(result.left.contains { $0.message.contains("2 paragraphs are numbered 8") })
    }

    /// Subparagraph labels are renumbered with the paragraphs, and references to them follow:
    /// "paragraph 3 (c)" becomes "paragraph 4 (b)", a bare "paragraph 3" of the text follows,
    /// "paragraphs 2 to 4 of resolution 57/173" is another text's and stays.
    @Test func subparagraphsAndTheirReferences() throws {
        let draft = """
            The General Assembly,

            Recalling its resolution 57/173,

            1. Decides to act;

            2. Invites States to act;

            2. Requests a report on paragraph 1 above and on paragraph 3;

            3. Decides:

            (a) To act;

            (c) To report on subparagraph (a) above and on paragraph 4;

            (d) To report on paragraphs 2 to 4 of resolution 57/173;

            4. Recalls paragraph 3 (c) above.

            """
        let result = try fixed(draft)
        #expect(
            result.text == """
                The General Assembly,

                Recalling its resolution 57/173,

                1. Decides to act;

                2. Invites States to act;

                3. Requests a report on paragraph 1 above and on paragraph 4;

                4. Decides:

                (a) To act;

                (b) To report on subparagraph (a) above and on paragraph 5;

                (c) To report on paragraphs 2 to 4 of resolution 57/173;

                5. Recalls paragraph 4 (b) above.

                """)
    }
}
