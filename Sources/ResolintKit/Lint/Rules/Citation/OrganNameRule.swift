/// Organs are named in full before a resolution number: never "GA", "SC" or "ECOSOC".
public struct OrganNameRule: DeviationRule {
    static let kind = Deviation.Kind.organName

    public init() {}

    public let description = RuleDescription(
        id: "organ-name-in-full", category: .citation, severity: .error,
        summary: "the organ is named in full: \"Economic and Social Council resolution 2003/24\"",
        rationale: """
            General Assembly resolutions use no abbreviations, and the names of the principal \
            organs are never abbreviated (Editorial Manual, abbreviations; identification of \
            resolutions and decisions, I.A).
            """,
        triggering: [
            "Recalling ↓ECOSOC resolution 2003/24 of 22 July 2003,",
            "Recalling ↓SC res. 1373 (2001) of 28 September 2001,",
        ],
        nonTriggering: [
            "Recalling Economic and Social Council resolution 2003/24 of 22 July 2003,",
            "Noting the work of the SC and GA secretariats and resolution 2003/24 of the HRC,",
        ],
        corrections: [
            RuleCorrection(
                "Recalling ECOSOC resolution 2003/24,", "Recalling Economic and Social Council resolution 2003/24,"),
            RuleCorrection(
                "Recalling SC resolution 1373 (2001),", "Recalling Security Council resolution 1373 (2001),"),
        ])

}
