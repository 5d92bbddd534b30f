/// One space stands between a resolution number and its parenthesized year or session.
public struct ParenthesisSpaceRule: Rule {
    public init() {}

    static let pattern = TextRuleSupport.pattern(
        #"\b([0-9]{1,4}(?: [A-Z])?)( {0}| {2,})\(((?:19|20)[0-9]{2}|(?:S-|ES-)?[IVXL]+)\)"#)

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

    public func check(_ document: LintDocument) -> [Finding] {
        TextRuleSupport.matches(Self.pattern, in: document, requiring: ["("]).map { unit, match in
            let right =
                "\(TextRuleSupport.capture(match, 1, in: unit.text)) (\(TextRuleSupport.capture(match, 3, in: unit.text)))"
            return finding(
                "write \"\(right)\" with one space, not \"\(unit.text[match.range])\"", at: unit.range(match.range),
                fix: TextRuleSupport.fix(unit, match.range, right))
        }
    }
}
