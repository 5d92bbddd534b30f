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

    /// The tokens are the citation grammar's: a lettered number, a session in Roman figures, a
    /// span of dates, a date written the wrong way stay whole; a period "2022/23" or a symbol is
    /// no resolution number.
    @Test func citationsAreTheGrammars() {
        let tokens = DiffTokenizer.tokens(
            "resolutions 36/87 A of 9 December 1981, 3363 (XXX), S-26/2 held from 18 to 25 April 2005, December 18, 2002, for 2022/23 (A/58/222)"
        )
        let whole = tokens.filter { $0.kind == .resolutionNumber || $0.kind == .date }.map(\.text)
        #expect(
            whole == [
                "36/87 A", "9 December 1981", "3363 (XXX)", "S-26/2", "18 to 25 April 2005", "December 18, 2002",
            ])
        #expect(tokens.first { $0.text == "2022/23" }?.kind == .word)
        #expect(tokens.first { $0.text.contains("A/58/222") }?.kind == .word)
    }

    /// A rollover's updates are technical — the number and date of the resolution recalled, the
    /// year, the session — but only when the grammar reads them as such.
    @Test func technicalUpdatesAreCitationsAndDates() {
        func technical(_ old: String, _ new: String) -> Bool {
            Differ.isTechnical(DiffTokenizer.tokens(old), DiffTokenizer.tokens(new))
        }
        #expect(
            technical(
                "Recalling its resolution 57/173 of 18 December 2002 and Security Council resolution 1373 (2001),",
                "Recalling its resolution 58/140 of 22 December 2003 and Security Council resolution 1540 (2004),"))
        #expect(technical("at its fifty-eighth session, in 2003,", "at its fifty-ninth session, in 2004,"))
        #expect(!technical("Recalling its resolution 57/173,", "Recalling its decision 57/173,"))
    }

    @Test func spacingOfAnyKindSeparates() {
        #expect(DiffTokenizer.tokens("  a\tb\nc  ").map(\.text) == ["a", "b", "c"])
        #expect(DiffTokenizer.tokens("").isEmpty)
        #expect(DiffTokenizer.tokens("\u{A0}").map(\.text) == ["\u{A0}"], "a no-break space is part of a word")
    }
}
