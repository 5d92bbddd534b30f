/// Lettered resolutions take the capital letter after a space: `31/16 A`.
public struct LetterSuffixRule: DeviationRule {
    static let kind = Deviation.Kind.letterSuffix

    public init() {}

    public let description = RuleDescription(
        id: "citation-letter-suffix", category: .citation, severity: .error,
        summary: "a lettered resolution is cited with a space and a capital: \"31/16 A\"",
        rationale: """
            When several resolutions share one number each takes a capital letter, after both \
            numbers and a space (Editorial Manual, identification of resolutions and decisions, I.B.1).
            """,
        triggering: [
            "Recalling its resolution ↓31/16A of 24 November 1976,",
            "Recalling its resolution ↓31/16 (A) of 24 November 1976,",
        ],
        nonTriggering: ["Recalling its resolutions 31/16 A and 43/222 B,"],
        corrections: [RuleCorrection("Recalling its resolution 31/16A,", "Recalling its resolution 31/16 A,")])

}
