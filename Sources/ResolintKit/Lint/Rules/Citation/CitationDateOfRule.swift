/// The date after a resolution number is introduced by "of": "resolution 57/173 of 18 December 2002".
public struct CitationDateOfRule: DeviationRule {
    static let kind = Deviation.Kind.dateJoint

    public init() {}

    public let description = RuleDescription(
        id: "citation-date-of", category: .date, severity: .warning,
        summary: "the date of a cited resolution follows \"of\": \"57/173 of 18 December 2002\"",
        rationale: """
            The date of adoption is joined to the resolution number with "of", not "dated", \
            "adopted on" or a comma (Editorial Manual, references to other resolutions).
            """,
        triggering: [
            "Recalling its resolution 57/173↓ dated 18 December 2002,",
            "Recalling its resolution 57/173↓, 18 December 2002,",
            "Recalling its resolution 75/312↓ 29 July 2021,",
            "Recalling its resolution 57/173↓ adopted on 18 December 2002,",
        ],
        nonTriggering: [
            "Recalling its resolution 57/173 of 18 December 2002,",
            "Recalling Security Council resolution 1325 (2000), adopted on 31 October 2000,",
        ],
        corrections: [
            RuleCorrection(
                "Recalling its resolution 57/173 dated 18 December 2002,",
                "Recalling its resolution 57/173 of 18 December 2002,")
        ])

}
