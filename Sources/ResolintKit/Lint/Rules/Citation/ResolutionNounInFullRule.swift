/// The noun before a resolution's number is written in full: "resolution", "decision", not
/// "Res." or "Dec.".
public struct ResolutionNounInFullRule: DeviationRule {
    static let kind = Deviation.Kind.nounInFull

    public init() {}

    public let description = RuleDescription(
        id: "resolution-noun-in-full", category: .citation, severity: .error,
        summary: "\"resolution\" and \"decision\" are written in full before the number, not \"Res.\" or \"Dec.\"",
        rationale: """
            General Assembly resolutions use no abbreviations: a resolution or decision is cited \
            with the word "resolution" or "decision" in full before its number (Editorial \
            Manual, identification of resolutions and decisions, I.B.1; abbreviations).
            """,
        triggering: [
            "Recalling its ↓Res. 57/173 of 18 December 2002,",
            "Recalling its ↓Dec. 57/512 of 18 December 2002,",
            "Recalling Security Council ↓res.1373 (2001),",
        ],
        nonTriggering: [
            "Recalling its resolution 57/173 and decision 57/512 of 18 December 2002,",
            "Bearing in mind resolution CM/Res.1153 (XLVIII) of the Council of Ministers,",
            "Noting the results of the research and development programme,",
        ],
        corrections: [
            RuleCorrection(
                "Recalling its Res. 57/173 of 18 December 2002,", "Recalling its resolution 57/173 of 18 December 2002,"
            ),
            RuleCorrection(
                "Recalling Security Council res.1373 (2001),", "Recalling Security Council resolution 1373 (2001),"),
        ])
}
