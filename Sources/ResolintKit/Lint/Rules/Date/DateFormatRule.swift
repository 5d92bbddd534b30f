/// Dates are written day month year: "18 December 2002".
public struct DateFormatRule: DeviationRule {
    static let kind = Deviation.Kind.dateForm

    public init() {}

    public let description = RuleDescription(
        id: "date-format", category: .date, severity: .error,
        summary: "dates are written \"18 December 2002\", spans \"from 18 to 25 April 2005\"",
        rationale: """
            The Editorial Manual writes dates as the day (no leading zero, no ordinal suffix), the \
            month spelled out with a capital and the four-digit year, without commas; a span of \
            days in the text is written "from 18 to 25 April 2005" (the dashed form belongs to \
            the place and date of a conference cited in a footnote).
            """,
        triggering: [
            "Recalling its resolution 57/173 of ↓December 18, 2002,",
            "Recalling its resolution 57/173 of ↓18th December 2002,",
            "Recalling its resolution 57/173 of ↓18 Dec. 2002,",
            "Recalling its resolution 57/173 of ↓08 December 2002,",
            "Recalling its resolution 57/173 of ↓18 December, 2002,",
            "Recalling its resolution 57/173 of ↓18/12/2002,",
            "Recalling its resolution 75/312 of ↓29 july 2021,",
            "Recalling its resolution 57/173 of ↓18th of December 2002,",
            "Noting the Congress held from ↓April 18 to 25, 2005,",
            "Noting the Congress held in Bangkok ↓18-25 April 2005,",
            "Noting the Conference held in Durban from ↓31 August–8 September 2001,",
        ],
        nonTriggering: [
            "Recalling its resolution 57/173 of 18 December 2002 and the meeting held on 8 May 2003,",
            "Noting the Congress held in Bangkok from 18 to 25 April 2005 and the meeting of May 2006,",
            "Noting the Conference held in Durban from 31 August to 8 September 2001 for the biennium 2022/23,",
        ],
        corrections: [
            RuleCorrection(
                "Recalling its resolution 57/173 of December 18, 2002,",
                "Recalling its resolution 57/173 of 18 December 2002,"),
            RuleCorrection(
                "Recalling its resolution 57/173 of 18th Dec. 2002,",
                "Recalling its resolution 57/173 of 18 December 2002,"),
            RuleCorrection(
                "Noting the Congress held in Bangkok 18-25 April 2005,",
                "Noting the Congress held in Bangkok from 18 to 25 April 2005,"),
            RuleCorrection(
                "Noting the Congress held from April 18 to 25, 2005,",
                "Noting the Congress held from 18 to 25 April 2005,"),
        ])

}
