/// An organ cites its own resolutions as "its resolution": "Recalling its resolution 55/25",
/// not "Recalling General Assembly resolution 55/25" in the Assembly's own text.
public struct SelfCitationRule: DeviationRule {
    static let kind = Deviation.Kind.selfCitation

    public init() {}

    public let description = RuleDescription(
        id: "self-citation", category: .wording, severity: .warning,
        summary: "an organ recalls its own resolutions as \"its resolution\"",
        rationale: """
            When an organ cites its own earlier resolution the convention is "its resolution N"; \
            other organs' resolutions take the other organ's full name (as adopted texts show).
            """,
        triggering: ["Recalling ↓General Assembly resolution 55/25 of 15 November 2000,"],
        nonTriggering: [
            "Recalling its resolution 55/25 of 15 November 2000,",
            "Recalling Security Council resolution 1373 (2001) of 28 September 2001,",
            "Noting the working group established pursuant to General Assembly resolution 77/250,",
        ],
        corrections: [
            RuleCorrection("Recalling General Assembly resolution 55/25,", "Recalling its resolution 55/25,")
        ])

    func reports(_ deviation: Deviation, in unit: TextUnit, of document: LintDocument) -> Bool {
        !unit.isSubparagraph && (unit.role == .preamble || unit.role == .operative)
    }
}
