import Testing

@testable import ResolintKit

/// The names of instruments that `instrument-consistency` compares, cut from real phrasing.
struct InstrumentNamesTests {
    private func names(_ text: String) -> [String] {
        InstrumentConsistencyRule.names(in: text).map { String(text[$0]) }
    }

    @Test func namesRunFromCapitalToCapitalAndStopAtPunctuationAndQuotes() {
        #expect(
            names(
                "Recalling the United Nations Convention against Corruption, and the Treaty on the Non‑Proliferation of Nuclear Weapons;"
            )
                == [
                    "United Nations Convention against Corruption",
                    "Treaty on the Non‑Proliferation of Nuclear Weapons",
                ])
        #expect(
            names("Welcoming the “Optional Protocol to the Convention” adopted") == [
                "Optional Protocol to the Convention"
            ])
        #expect(names("Noting the Œuvre Convention of Geneva") == ["Œuvre Convention of Geneva"])
        #expect(names("Convention on Rights") == [], "never the paragraph's first word")
    }

    @Test func anOpeningParenthesisOrQuoteStartsANewName() {
        #expect(
            names(
                "Recalling the Geneva Conventions (Protocol on Victims of Armed Conflicts) and the “Declaration on Rights”"
            )
                == ["Protocol on Victims of Armed Conflicts", "Declaration on Rights"])
    }

    @Test func oddEndsAreNoNames() {
        #expect(names("").isEmpty)
        #expect(names("“").isEmpty)
        #expect(names("a “").isEmpty)
        #expect(names("Recalling the Convention”").isEmpty, "one capitalised word is no name")
    }
}
