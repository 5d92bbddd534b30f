import Foundation
import ResolintKit
import Testing

/// Diffs of 58/140 against copies edited in known ways, each test saying what the right answer
/// is. The copies are made from `Fixtures/drafts/A-RES-58-140-typed.txt` (58/140 typed one
/// paragraph per block) by moving, inserting, deleting and rewording its blocks.
@Suite struct DiffEditTests {
    /// The typed draft as blocks: title, formula, 22 preambular, 24 operative paragraphs,
    /// the meeting block and the footnotes.
    let blocks: [String]
    let original: Resolution

    init() throws {
        let text = try String(contentsOfFile: Fixtures.path("drafts/A-RES-58-140-typed.txt"), encoding: .utf8)
        blocks = text.components(separatedBy: "\n\n")
        original = try Self.read(text)
    }

    private static func read(_ text: String) throws -> Resolution {
        try DocumentReader().read(data: Data(text.utf8), path: "edited.txt")
    }

    private func read(_ text: String) throws -> Resolution { try Self.read(text) }

    /// Preambular paragraph `n` (1-based) is block n + 1; operative paragraph `n` is block n + 23.
    static func preamble(_ n: Int) -> Int { n + 1 }
    static func operative(_ n: Int) -> Int { n + 23 }

    /// The blocks joined back, operative paragraphs renumbered 1, 2, 3… in their new order.
    private func text(_ edited: [String]) -> String {
        var number = 0
        return edited.map { block in
            guard let dot = block.firstIndex(of: "."), Int(block[..<dot]) != nil,
                block[block.index(after: dot)...].hasPrefix(" ")
            else {
                return block
            }
            number += 1
            return "\(number)" + block[dot...]
        }.joined(separator: "\n\n")
    }

    @Test func sameTextNoChange() throws {
        let diff = Differ().diff(old: original, new: original)
        #expect(diff.isEmpty)
        #expect(diff.summary == DiffSummary(diff.changes))
        #expect(diff.summary.unchanged == 46)
    }

    /// The PDF extraction and the typed draft are the same words wrapped differently: no change.
    @Test func rewrappedAndReextractedNoChange() throws {
        let pdf = try Fixtures.resolution("corpus/A-RES-58-140.txt")
        let diff = Differ().diff(old: pdf, new: original)
        #expect(diff.isEmpty, "\(diff.changes.filter { $0.kind != .unchanged }.map(\.new))")
        #expect(diff.summary.unchanged == 46)
    }

    /// Two paragraphs inserted before operative 5: they are added, and old 5…24 become 7…26,
    /// kept and renumbered, not moved.
    @Test func insertedParagraphsRenumberTheRest() throws {
        var edited = blocks
        edited.insert(
            contentsOf: [
                "0. Notes the new work programme of the Office;",
                "0. Invites Member States to report on their efforts;",
            ], at: Self.operative(5))
        let diff = Differ().diff(old: original, new: try read(text(edited)))
        let summary = diff.summary
        #expect(summary.added == 2)
        #expect(summary.deleted == 0)
        #expect(summary.amended == 0)
        #expect(summary.moved == 0)
        #expect(summary.renumbered == 20)
        let added = diff.changes.filter { $0.kind == .added }
        #expect(added.map { $0.new?.number } == ["5", "6"])
        let fifth = try #require(diff.changes.first { $0.old?.section == .operative && $0.old?.number == "5" })
        #expect(fifth.new?.number == "7")
        #expect(fifth.kind == .unchanged && fifth.renumbered && !fifth.moved)
        // The new order: 1–4, the two added, then the old 5 (now 7).
        let order = diff.changes.filter { $0.new?.section == .operative }.map { $0.new?.number ?? "" }
        #expect(order == (1...26).map(String.init))
    }

    /// Operative 19 rewritten in place, as it stood a year before (57/173, operative 15): its
    /// opening kept ("Urges all States and regional economic organizations that have not yet
    /// done so to"), much of the rest other, so that it is less alike than two paragraphs anywhere must be. Beside the
    /// same kept paragraphs, with an opening no other paragraph has, it is amended, not deleted
    /// and added.
    @Test func paragraphRewrittenInPlaceIsAmended() throws {
        var edited = blocks
        edited[Self.operative(19)] =
            "19. Urges all States and regional economic organizations that have not yet done so to sign and "
            + "ratify the United Nations Convention against Transnational Organized Crime and the Protocols "
            + "thereto as soon as possible in order to ensure their speedy entry into force;"
        let new = try read(text(edited))
        let diff = Differ().diff(old: original, new: new)
        #expect(diff.summary.amended == 1)
        #expect(diff.summary.added == 0 && diff.summary.deleted == 0)
        let change = try #require(diff.changes.first { $0.kind == .amended })
        #expect(change.old?.number == "19" && change.new?.number == "19")
    }

    /// A paragraph replaced in place by another that opens with the same formula only
    /// ("Requests the Secretary-General to") is a deletion and an addition.
    @Test func paragraphReplacedUnderAFormulaIsNotAmended() throws {
        var edited = blocks
        edited[Self.operative(22)] =
            "22. Requests the Secretary-General to convene, within existing resources, an expert group "
            + "meeting on the use of new technologies by criminal groups and on ways for Member States to "
            + "counter them, and to circulate its conclusions to Member States before the next session;"
        let diff = Differ().diff(old: original, new: try read(text(edited)))
        #expect(diff.summary.amended == 0)
        #expect(diff.summary.added == 1 && diff.summary.deleted == 1)
    }

    /// Operative 10 deleted: one deletion, at its old place (after the old 9), the rest renumbered.
    @Test func deletedParagraphAtItsOldPlace() throws {
        var edited = blocks
        edited.remove(at: Self.operative(10))
        let diff = Differ().diff(old: original, new: try read(text(edited)))
        #expect(diff.summary.deleted == 1)
        #expect(diff.summary.renumbered == 14)
        let index = try #require(diff.changes.firstIndex { $0.kind == .deleted })
        #expect(diff.changes[index].old?.number == "10")
        #expect(diff.changes[index - 1].old?.number == "9")
        #expect(diff.changes[index + 1].old?.number == "11")
    }

    /// Operative 3 moved after operative 20: it alone is moved; the paragraphs between shift by one.
    @Test func movedParagraph() throws {
        var edited = blocks
        let moved = edited.remove(at: Self.operative(3))
        edited.insert(moved, at: Self.operative(20))
        let diff = Differ().diff(old: original, new: try read(text(edited)))
        #expect(diff.summary.moved == 1)
        #expect(diff.summary.amended == 0)
        let change = try #require(diff.changes.first { $0.moved })
        #expect(change.old?.number == "3")
        #expect(change.new?.number == "20")
        #expect(change.kind == .unchanged)
    }

    /// Preambular 16 moved to the end of the preamble and reworded: moved and amended, with the
    /// word changes inside it.
    @Test func movedAndAmended() throws {
        var edited = blocks
        var moved = edited.remove(at: Self.preamble(16))
        moved = moved.replacingOccurrences(of: "maintain a balance", with: "maintain an appropriate balance")
        edited.insert(moved, at: Self.preamble(22))
        let diff = Differ().diff(old: original, new: try read(text(edited)))
        let change = try #require(diff.changes.first { $0.moved })
        #expect(diff.summary.moved == 1)
        #expect(change.kind == .amended)
        #expect(change.old?.index == 16 && change.new?.index == 22)
        #expect(change.words.contains(WordChange(.delete, "a")))
        #expect(change.words.contains(WordChange(.insert, "an appropriate")))
        #expect(!change.technical)
    }

    /// Preambular 16 turned into an operative paragraph ("Recognizes …;") placed first: moved
    /// between preamble and operative part, amended, found by its words.
    @Test func movedFromPreambleToOperativePart() throws {
        var edited = blocks
        let paragraph = edited.remove(at: Self.preamble(16))
        let operative = "0. " + paragraph.replacingOccurrences(of: "Recognizing", with: "Recognizes").dropLast() + ";"
        edited.insert(operative, at: Self.operative(1) - 1)
        let diff = Differ().diff(old: original, new: try read(text(edited)))
        let change = try #require(diff.changes.first { $0.old?.section == .preamble && $0.new?.section == .operative })
        #expect(change.old?.index == 16)
        #expect(change.new?.number == "1")
        #expect(change.moved && change.kind == .amended)
        #expect(diff.summary.added == 0 && diff.summary.deleted == 0)
    }

    /// The annual rollover of a resolution series: the predecessor's number and date and the
    /// session of the next report change. Those paragraphs are amended and technical.
    @Test func technicalUpdates() throws {
        var edited = blocks
        edited[Self.preamble(2)] = edited[Self.preamble(2)].replacingOccurrences(
            of: "resolution 57/173 of 18 December 2002", with: "resolution 58/140 of 22 December 2003")
        edited[Self.operative(24)] = edited[Self.operative(24)].replacingOccurrences(
            of: "fifty-ninth session", with: "sixtieth session")
        edited[Self.operative(1)] = edited[Self.operative(1)].replacingOccurrences(
            of: "resolution 57/173;", with: "resolution 58/140;")
        let diff = Differ().diff(old: original, new: try read(text(edited)))
        #expect(diff.summary.amended == 3)
        #expect(diff.summary.technical == 3)
        let recalling = try #require(diff.changes.first { $0.new?.section == .preamble && $0.new?.index == 2 })
        #expect(recalling.words.contains(WordChange(.delete, "57/173 of 18 December 2002")))
        #expect(recalling.words.contains(WordChange(.insert, "58/140 of 22 December 2003")))
    }

    /// A word added is an amendment, not a technical one; dates and citations stay whole.
    @Test func wordLevelChanges() throws {
        var edited = blocks
        edited[Self.operative(24)] = edited[Self.operative(24)].replacingOccurrences(
            of: "Requests the Secretary-General to submit", with: "Requests the Secretary-General also to submit")
        let diff = Differ().diff(old: original, new: try read(text(edited)))
        let change = try #require(diff.changes.first { $0.kind == .amended })
        #expect(
            change.words == [
                WordChange(.equal, "Requests the Secretary-General"), WordChange(.insert, "also"),
                WordChange(
                    .equal,
                    "to submit a report on the implementation of the present resolution to the General Assembly at its fifty-ninth session."
                ),
            ])
        #expect(!change.technical)
        #expect(change.similarity > 0.9 && change.similarity < 1)
    }

    @Test func footnoteChanges() throws {
        var edited = blocks
        let last = edited.count - 1
        edited[last] = edited[last].replacingOccurrences(of: "4 A/58/222.", with: "4 A/58/222 and Corr.1.")
        let diff = Differ().diff(old: original, new: try read(text(edited)))
        #expect(
            diff.footnotes == [
                FootnoteChange(
                    kind: .amended, oldMarker: "4", newMarker: "4", oldText: "A/58/222.",
                    newText: "A/58/222 and Corr.1.")
            ])
        #expect(!diff.isEmpty)
    }
}

/// Headings take part in the diff, and a text saved with lone CR line ends reads as the same.
@Suite struct DiffHeadingAndLineEndTests {
    @Test func aRewordedHeadingIsAChange() throws {
        let source = try Fixtures.source("corpus/A-RES-80-5.md")
        let text = source.lines.map { String(scalars: $0) }.joined(separator: "\n")
        let reworded = text.replacingOccurrences(of: "\nA call to action\n", with: "\nA call for action\n")
        #expect(reworded != text)
        let old = ResolutionParser().parse(source)
        let new = ResolutionParser().parse(SourceText(path: "new.md", text: reworded))
        let diff = Differ().diff(old: old, new: new)
        #expect(!diff.isEmpty)
        #expect(
            diff.headings == [
                HeadingChange(
                    kind: .amended, oldText: "A call to action", newText: "A call for action", section: .annex(0))
            ])
        let dropped = text.replacingOccurrences(of: "\nFollow-up\n", with: "\n\n")
        let deletion = Differ().diff(old: old, new: ResolutionParser().parse(SourceText(path: "new.md", text: dropped)))
        #expect(deletion.headings.map(\.kind) == [.deleted])
    }

    @Test func loneCarriageReturnsEndLines() throws {
        let source = try Fixtures.source("corpus/A-RES-58-140.txt")
        let text = source.lines.map { String(scalars: $0) + "\r" }.joined()
        let classic = SourceText(path: "classic.txt", text: text)
        #expect(classic.lines.count == source.lines.count)
        #expect(classic.lineEnding == "\r")
        let diff = Differ().diff(old: ResolutionParser().parse(source), new: ResolutionParser().parse(classic))
        #expect(diff.isEmpty)
    }
}
