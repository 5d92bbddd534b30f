import Testing

@testable import ResolintKit

/// The one-pass word prefilter of the register rules.
struct KeyWordsTests {
    let keys = KeyWords(["Convention", "NPT", "Mérida", "UN"])

    @Test func wholeWordsInAnyASCIICase() {
        #expect(keys.present(in: "Recalling the CONVENTION and the npt,") == [true, true, false, false])
        #expect(keys.present(in: "Conventional weapons; NPTs; UNCAC") == [false, false, false, false])
    }

    @Test func punctuationAndNonASCIILettersBoundWordsAsTextSearchDoes() {
        #expect(keys.present(in: "the “Convention”, the Mérida text, the UN‑wide plan") == [true, false, true, true])
        #expect(keys.present(in: "Méridas ÉUN") == [false, false, false, false], "é is a letter: no boundary")
        #expect(keys.present(in: "") == [false, false, false, false])
    }
}
