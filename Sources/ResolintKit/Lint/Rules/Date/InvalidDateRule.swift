/// A date that does not exist: "31 February 2003", "29 February 2001".
public struct InvalidDateRule: Rule {
    public init() {}

    static let pattern = TextRuleSupport.pattern(
        #"\b([0-9]{1,2}) ("# + TextRuleSupport.month + #") ((?:19|20)[0-9]{2})\b"#)

    public let description = RuleDescription(
        id: "invalid-date", category: .date, severity: .error,
        summary: "a date must exist in the calendar",
        rationale: "A day beyond the end of its month is a typing error that makes a citation unverifiable.",
        triggering: [
            "Recalling its resolution 57/300 of ↓31 February 2003,", "Noting the meeting of ↓29 February 2001,",
        ],
        nonTriggering: ["Recalling its resolution 58/300 of 29 February 2004,"])

    public func check(_ document: LintDocument) -> [Finding] {
        TextRuleSupport.matches(Self.pattern, in: document).compactMap { unit, match in
            let day = Int(TextRuleSupport.capture(match, 1)) ?? 0
            let month = TextRuleSupport.monthNumber(TextRuleSupport.capture(match, 2)) ?? 1
            let year = Int(TextRuleSupport.capture(match, 3)) ?? 2000
            guard day < 1 || day > UNDate.daysIn(month: month, year: year) else { return nil }
            return finding("\"\(unit.text[match.range])\" is not a date", at: unit.range(match.range))
        }
    }
}
