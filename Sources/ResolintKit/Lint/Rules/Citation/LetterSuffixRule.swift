/// Lettered resolutions take the capital letter after a space: `31/16 A`.
public struct LetterSuffixRule: Rule {
    public init() {}

    static let glued = TextRuleSupport.pattern(
        #"\b([0-9]{1,2}/[0-9]{1,3})(?: ?\(([A-Z])\)|([A-Z])\b| ([a-h])\b(?! [a-z]))"#)

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

    public func check(_ document: LintDocument) -> [Finding] {
        TextRuleSupport.matches(Self.glued, in: document, requiring: ["/"]).map { unit, match in
            let number = TextRuleSupport.capture(match, 1, in: unit.text)
            let letter =
                [2, 3, 4].map { TextRuleSupport.capture(match, $0, in: unit.text) }.first { !$0.isEmpty } ?? ""
            let right = "\(number) \(letter.uppercased())"
            return finding(
                "write \"\(right)\", not \"\(unit.text[match.range])\"", at: unit.range(match.range),
                fix: TextRuleSupport.fix(unit, match.range, right))
        }
    }
}
