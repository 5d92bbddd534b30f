import ResolintKit
import Testing

/// Pairs made from the corpus. The outer-space resolutions of 1 December 2025 — 80/19
/// "Prevention of an arms race in outer space", 80/20 "No first placement of weapons in outer
/// space", 80/21 "Further practical measures…" — share paragraphs word for word or nearly; the
/// right answers below were checked by reading the three texts side by side.
@Suite struct DiffCorpusTests {
    func change(_ diff: ResolutionDiff, old: (Section, Int), new: (Section, Int)) -> ParagraphChange? {
        diff.changes.first {
            $0.old?.section == old.0 && $0.old?.index == old.1 && $0.new?.section == new.0 && $0.new?.index == new.1
        }
    }

    /// 80/20 → 80/21: 80/20's preambular paragraphs 12 and 13 ("Stressing the importance of the
    /// substantive report of the … Group of Governmental Experts…") are 80/21's operative 8 and 9
    /// ("Underlines the importance…"): moved between the parts and amended. The closing "Decides
    /// to include in the provisional agenda of its eighty-first session…" (80/20 operative 7,
    /// 80/21 operative 11) differs only in the sub-item's title: amended and renumbered.
    @Test func noFirstPlacementToFurtherMeasures() throws {
        let diff = Differ().diff(
            old: try Fixtures.resolution("corpus/A-RES-80-20.md"), new: try Fixtures.resolution("corpus/A-RES-80-21.md")
        )
        for (old, new) in [(12, 8), (13, 9)] {
            let moved = try #require(change(diff, old: (.preamble, old), new: (.operative, new)))
            #expect(moved.kind == .amended && moved.moved)
            #expect(moved.similarity > 0.9)
        }
        let closing = try #require(change(diff, old: (.operative, 7), new: (.operative, 11)))
        #expect(closing.kind == .amended && closing.renumbered)
        #expect(closing.words.contains(WordChange(.delete, "“No first placement of weapons")))
    }

    /// 80/19 → 80/21: 80/19's preambular 20 on the draft treaty introduced by China and the
    /// Russian Federation is 80/21's preambular 9 ("Welcoming, in this regard, the draft
    /// treaty…"), and 80/19's closing operative 9 is 80/21's operative 11.
    @Test func preventionToFurtherMeasures() throws {
        let diff = Differ().diff(
            old: try Fixtures.resolution("corpus/A-RES-80-19.md"), new: try Fixtures.resolution("corpus/A-RES-80-21.md")
        )
        #expect(change(diff, old: (.preamble, 20), new: (.preamble, 9))?.kind == .amended)
        let closing = try #require(change(diff, old: (.operative, 9), new: (.operative, 11)))
        #expect(closing.renumbered)
    }

    /// 80/19 → 80/20: both reiterate that the Conference on Disarmament "has the primary role
    /// in the negotiation of a multilateral agreement" (80/19 operative 5, 80/20 operative 2).
    @Test func preventionToNoFirstPlacement() throws {
        let diff = Differ().diff(
            old: try Fixtures.resolution("corpus/A-RES-80-19.md"), new: try Fixtures.resolution("corpus/A-RES-80-20.md")
        )
        let conference = try #require(change(diff, old: (.operative, 5), new: (.operative, 2)))
        #expect(conference.kind == .amended && conference.renumbered)
        #expect(conference.similarity > 0.8)
    }

    /// Every text of the corpus against itself: no change.
    @Test(arguments: Fixtures.corpusFiles)
    func selfDiffIsEmpty(file: String) throws {
        let resolution = try Fixtures.resolution(file)
        #expect(Differ().diff(old: resolution, new: resolution).isEmpty)
    }
}
