import ResolintKit
import Testing

@Suite struct WordDiffTests {
    /// Citations and dates stay whole, punctuation stands apart, so a changed date is one change.
    @Test func citationsAndDatesStayWhole() {
        let diff = Differ().diff(
            old: resolution("Recalling its resolution 57/173 of 18 December 2002 and resolution 1373 (2001),"),
            new: resolution("Recalling its resolution 58/140 of 22 December 2003 and resolution 1373 (2001),"))
        let words = diff.changes.first { $0.kind == .amended }?.words ?? []
        #expect(
            words == [
                WordChange(.equal, "Recalling its resolution"), WordChange(.delete, "57/173 of 18 December 2002"),
                WordChange(.insert, "58/140 of 22 December 2003"), WordChange(.equal, "and resolution 1373 (2001),"),
            ])
    }

    /// A non-breaking hyphen or a curly quote where the other text has the plain one is no change.
    @Test func typographyIsNoChange() {
        let diff = Differ().diff(
            old: resolution("Welcoming the non-governmental organizations' work,"),
            new: resolution("Welcoming the non\u{2011}governmental organizations’ work,"))
        #expect(diff.isEmpty)
    }

    private func resolution(_ paragraph: String) -> Resolution {
        let text = "The General Assembly,\n\n\(paragraph)\n\n1. Decides to act.\n"
        return ResolutionParser().parse(SourceText(path: "x.txt", text: text))
    }
}
