/// The date cited with a resolution must fit its number: a General Assembly resolution N/x is
/// adopted during session N (September 1945+N to September 1946+N), an Economic and Social
/// Council resolution 2003/x in 2003, a Security Council resolution 1373 (2001) in 2001.
public struct CitationYearRule: DeviationRule {
    static let kind = Deviation.Kind.dateFit

    public init() {}

    public let description = RuleDescription(
        id: "citation-year", category: .date, severity: .warning,
        summary: "the date of a cited resolution fits its number (session, year)",
        rationale: """
            Regular session N of the General Assembly opens in September of 1945+N and runs to \
            the next September; Economic and Social Council resolutions are numbered by year \
            (2003/24 is of 2003), Security Council resolutions carry their year (1373 (2001)). \
            A date that does not fit is almost always mistyped.
            """,
        triggering: [
            "Recalling its resolution 57/173 of ↓18 December 2001,",
            "Recalling Economic and Social Council resolution 2003/24 of ↓22 July 2004,",
            "Recalling Security Council resolution 1373 (2001) of ↓28 September 2002,",
        ],
        nonTriggering: [
            "Recalling its resolutions 57/173 of 18 December 2002 and 57/300 of 15 July 2003,",
            "Recalling Commission on Crime Prevention and Criminal Justice resolution 25/2 of 27 May 2016,",
            "Welcoming resolution 8/10 of 20 December 2019 of the Conference of the States Parties,",
            "Recalling Economic and Social Council resolution 2003/24 of 22 July 2003,",
            "Recalling Security Council resolution 1373 (2001) of 28 September 2001,",
        ])
}
