/// A Security Council resolution carries its four-digit year: "resolution 1373 (2001)".
public struct SecurityCouncilYearRule: Rule {
    public init() {}

    static let pattern = TextRuleSupport.pattern(
        #"\bSecurity Council resolutions? ([0-9]{1,4})\b(?:/((?:19|20)[0-9]{2})|( ?\([0-9]{2}\))|(?! ?\())"#)

    public let description = RuleDescription(
        id: "sc-resolution-year", category: .citation, severity: .error,
        summary: "a Security Council resolution is cited with its year: \"1373 (2001)\"",
        rationale: """
            Security Council resolutions are numbered across years and always cited with the \
            four-digit year of adoption in parentheses after the number.
            """,
        triggering: [
            "Recalling Security Council resolution ↓1373 of 28 September 2001,",
            "Recalling Security Council resolution ↓1373/2001,",
        ],
        nonTriggering: ["Recalling Security Council resolutions 1325 (2000) and 1820 (2008),"],
        corrections: [
            RuleCorrection(
                "Recalling Security Council resolution 1373/2001,", "Recalling Security Council resolution 1373 (2001),"
            )
        ])

    public func check(_ document: LintDocument) -> [Finding] {
        TextRuleSupport.matches(Self.pattern, in: document, requiring: ["Security Council resolution"]).map {
            unit, match in
            let number = TextRuleSupport.capture(match, 1, in: unit.text)
            let bounds = TextRuleSupport.captureRange(match, 1).lowerBound..<match.range.upperBound
            let slashYear = TextRuleSupport.capture(match, 2, in: unit.text)
            if !slashYear.isEmpty {
                return finding(
                    "write \"\(number) (\(slashYear))\", not \"\(unit.text[bounds])\"", at: unit.range(bounds),
                    fix: TextRuleSupport.fix(unit, bounds, "\(number) (\(slashYear))"))
            }
            if !TextRuleSupport.capture(match, 3, in: unit.text).isEmpty {
                return finding("give the year of resolution \(number) in four digits", at: unit.range(bounds))
            }
            return finding(
                "give the year of Security Council resolution \(number) in parentheses: \"\(number) (year)\"",
                at: unit.range(TextRuleSupport.captureRange(match, 1)))
        }
    }
}
