import Testing

@testable import ResolintKit

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

/// How a paragraph is cut into the words the diff compares.
struct DiffTokenizerTests {
    @Test func citationsAndDatesStayWholeAndPunctuationStandsAlone() {
        let text = """
            Recalling its resolution 57/173 of 18 December 2002, and Security Council resolution \
            1373 (2001); see No. 5 and para. 3. Notes “the Non‑Proliferation” report … , ?!
            """
        let tokens = DiffTokenizer.tokens(text)
        #expect(
            tokens.map(\.text) == [
                "Recalling", "its", "resolution", "57/173", "of", "18 December 2002", ",", "and", "Security",
                "Council", "resolution", "1373 (2001)", ";", "see", "No.", "5", "and", "para.", "3", ".", "Notes",
                "“the", "Non‑Proliferation”", "report", "…", ",", "?", "!",
            ])
        #expect(tokens[3].kind == .resolutionNumber)
        #expect(tokens[5].kind == .date)
        #expect(tokens[11].kind == .resolutionNumber)
        #expect(tokens[6].kind == .punctuation)
        #expect(tokens[22].key == "Non-Proliferation\"", "a non-breaking hyphen and a curly quote compare plain")
    }

    @Test func spacingOfAnyKindSeparates() {
        #expect(DiffTokenizer.tokens("  a\tb\nc  ").map(\.text) == ["a", "b", "c"])
        #expect(DiffTokenizer.tokens("").isEmpty)
        #expect(DiffTokenizer.tokens("\u{A0}").map(\.text) == ["\u{A0}"], "a no-break space is part of a word")
    }
}
