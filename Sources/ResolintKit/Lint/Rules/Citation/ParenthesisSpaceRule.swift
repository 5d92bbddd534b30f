/// One space stands between a resolution number and its parenthesized year or session.
public struct ParenthesisSpaceRule: DeviationRule {
    static let kind = Deviation.Kind.parenthesisSpace

    public init() {}

    public let description = RuleDescription(
        id: "citation-parenthesis-space", category: .citation, severity: .error,
        summary: "one space before the year or session in parentheses: \"1373 (2001)\", \"3363 (XXX)\"",
        rationale: """
            Security Council resolutions carry their year, and pre-1976 General Assembly \
            resolutions their session, in parentheses after one space (Editorial Manual, \
            identification of resolutions and decisions).
            """,
        triggering: ["Recalling Security Council resolution ↓1373(2001) of 28 September 2001,"],
        nonTriggering: ["Recalling Security Council resolution 1373 (2001) and its resolution 3363 (XXX),"],
        corrections: [
            RuleCorrection(
                "Recalling Security Council resolution 1373(2001),",
                "Recalling Security Council resolution 1373 (2001),")
        ])

}
