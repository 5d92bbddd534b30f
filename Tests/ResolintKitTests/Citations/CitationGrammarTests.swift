import ResolintKit
import Testing

/// The citation grammar on the forms of the Editorial Manual and on the slips drafts make:
/// what it reads, and each deviation with the text it covers and what replaces it.
@Suite struct CitationGrammarTests {
    /// "kind [written] → replacement" for every deviation of the text.
    static func deviations(_ text: String, organ: Organ = .generalAssembly) -> [String] {
        let scalars = Array(text.unicodeScalars)
        return CitedText(text, organ: organ).deviations.map { deviation in
            "\(deviation.kind) [\(String(String.UnicodeScalarView(scalars[deviation.range])))]"
                + (deviation.replacement.map { " → \($0)" } ?? "")
        }
    }

    static func numbers(_ text: String, organ: Organ = .generalAssembly) -> [String] {
        CitedText(text, organ: organ).citations.map { citation in
            "\(citation.organ?.name ?? "other") \(citation.number)"
                + (citation.date.map { " of \($0.first.iso)" } ?? "")
        }
    }

    @Test func readsTheCanonicalForms() {
        #expect(
            Self.numbers(
                "Recalling its resolutions 72/31 of 4 December 2017, 73/40 of 5 December 2018 and 79/38 of 2 December 2024,"
            ) == [
                "General Assembly 72/31 of 2017-12-04", "General Assembly 73/40 of 2018-12-05",
                "General Assembly 79/38 of 2024-12-02",
            ])
        #expect(
            Self.numbers("Recalling Security Council resolutions 1325 (2000), 1820 (2008) and 2467 (2019),") == [
                "Security Council 1325 (2000)", "Security Council 1820 (2008)", "Security Council 2467 (2019)",
            ])
        #expect(
            Self.numbers("Recalling its resolution 3363 (XXX), resolutions S-26/2 and ES-10/19 and decision 57/512,")
                == [
                    "General Assembly 3363 (XXX)", "General Assembly S-26/2", "General Assembly ES-10/19",
                    "General Assembly 57/512",
                ])
        #expect(
            Self.numbers("Recalling Economic and Social Council resolution 2003/24 and its resolution 31/16 A,") == [
                "Economic and Social Council 2003/24", "General Assembly 31/16 A",
            ])
        // A date after numbers of one session is theirs too; numbers of other sessions were dated before.
        #expect(
            Self.numbers("Recalling its resolutions 53/111 and 53/114 of 9 December 1998,") == [
                "General Assembly 53/111 of 1998-12-09", "General Assembly 53/114 of 1998-12-09",
            ])
        #expect(
            Self.numbers("as set forth in resolutions 70/299, and 72/305 of 23 July 2018;") == [
                "General Assembly 70/299", "General Assembly 72/305 of 2018-07-23",
            ])
        // Another body's resolution, and numbers inside symbols, are not the Assembly's.
        #expect(
            Self.numbers("Recalling Commission on Crime Prevention and Criminal Justice resolution 25/2,") == [
                "other 25/2"
            ])
        #expect(
            Self.numbers("Welcoming resolution 8/10 of 20 December 2019 of the Conference of the States Parties,")
                == ["other 8/10 of 2019-12-20"])
        #expect(
            Self.numbers("Noting document A/58/222, NPT/CONF.2020/WP.77 and resolution CM/Res.1153 (XLVIII),").isEmpty)
        #expect(Self.numbers("for the period 2022/23 and the biennium 2020-2021,").isEmpty)
    }

    @Test func canonicalTextHasNoDeviation() {
        for text in [
            "Recalling its resolution 57/173 of 18 December 2002,",
            "Recalling its resolutions 36/87 A and B of 9 December 1981 and 31/16 A of 24 November 1976,",
            "Recalling Security Council resolution 1325 (2000), adopted on 31 October 2000,",
            "Noting the Congress held in Bangkok from 18 to 25 April 2005 and the meeting of May 2006,",
            "Noting the Conference held from 31 August to 8 September 2001 and on 1 and 2 December 2005,",
            "Recalling resolution GC(45)/RES/10 and resolutions CM/Res.1153 (XLVIII) and CM/Res.1225 (L),",
            "Noting the working group established pursuant to General Assembly resolution 77/250,",
        ] {
            #expect(Self.deviations(text).isEmpty, "\(text)")
        }
    }

    @Test func citationSlips() {
        #expect(
            Self.deviations("Recalling its resolution 57-173 and 57 / 174 and Res. 57/175,") == [
                "nounNumber [resolution] → resolutions", "numberForm [57-173] → 57/173",
                "numberForm [57 / 174] → 57/174", "nounInFull [Res.] → resolution",
            ])
        #expect(
            Self.deviations("Recalling its resolutions 31/16A and 31/16 (B),") == [
                "letterSuffix [31/16A] → 31/16 A", "letterSuffix [31/16 (B)] → 31/16 B",
            ])
        #expect(
            Self.deviations("Recalling ECOSOC resolution 2003/24 and SC res.1373(2001),") == [
                "organName [ECOSOC] → Economic and Social Council", "organName [SC] → Security Council",
                "nounInFull [res.] → resolution ", "parenthesisSpace [1373(2001)] → 1373 (2001)",
            ])
        #expect(
            Self.deviations("Recalling Security Council resolutions 1373 of 28 September 2001 and 1540/2004,") == [
                "securityCouncilYear [1373] → 1373 (2001)", "securityCouncilYear [1540/2004] → 1540 (2004)",
            ])
        #expect(
            Self.deviations("as reflected in resolution 2003/30 of 22 July 2003,") == [
                "organMissing [resolution] → Economic and Social Council resolution"
            ])
        #expect(Self.deviations("Recalling its resolution 2003/30,", organ: .economicAndSocialCouncil).isEmpty)
        #expect(
            Self.deviations("Recalling General Assembly resolution 55/25 of 15 November 2000,") == [
                "selfCitation [General Assembly] → its"
            ])
        #expect(
            Self.deviations("Having considered the report (A/58/222) and A/RES/57/173,") == [
                "symbolInText [(A/58/222)]", "symbolInText [A/RES/57/173]",
            ])
    }

    @Test func dateSlips() {
        #expect(
            Self.deviations("Recalling its resolutions 75/312 of 29 july 2021 and 75/313 29 July 2021,") == [
                "dateForm [29 july 2021] → 29 July 2021", "dateJoint [ ] →  of ",
            ])
        #expect(
            Self.deviations("Recalling its resolution 57/173 dated 18 December 2002 and 57/174, 18 December 2002,") == [
                "nounNumber [resolution] → resolutions", "dateJoint [ dated] →  of", "dateJoint [,] →  of",
            ])
        #expect(
            Self.deviations("held from April 18 to 25, 2005, in Bangkok 18-25 April 2005 and on 18–25 April 2005")
                == [
                    "dateForm [April 18 to 25, 2005] → 18 to 25 April 2005",
                    "dateForm [18-25 April 2005] → from 18 to 25 April 2005", "dateForm [18–25 April 2005]",
                ])
        #expect(
            Self.deviations(
                "of December 18, 2002, 18th Dec. 2002, 08 May 2006, 18 December, 2002, 18/12/2002 and 5/10/2003")
                == [
                    "dateForm [December 18, 2002] → 18 December 2002", "dateForm [18th Dec. 2002] → 18 December 2002",
                    "dateForm [08 May 2006] → 8 May 2006", "dateForm [18 December, 2002] → 18 December 2002",
                    "dateForm [18/12/2002] → 18 December 2002", "dateForm [5/10/2003]",
                ])
        #expect(Self.deviations("Noting the meeting of 31 February 2003,") == ["invalidDate [31 February 2003]"])
        #expect(
            Self.deviations(
                "Recalling its resolution 57/173 of 18 December 2001 and Security Council resolution 1373 (2001) of 28 September 2002,"
            ) == ["dateFit [18 December 2001]", "dateFit [28 September 2002]"])
    }
}
