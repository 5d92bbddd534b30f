/// Dates are written day month year: "18 December 2002".
public struct DateFormatRule: Rule {
    public init() {}

    static let numeric = TextRuleSupport.pattern(#"\b[0-3]?[0-9][./][01]?[0-9][./](?:19|20)[0-9]{2}\b"#)

    public let description = RuleDescription(
        id: "date-format", category: .date, severity: .error,
        summary: "dates are written \"18 December 2002\": day without zero or suffix, month in full, no comma",
        rationale: """
            The Editorial Manual writes dates as the day (no leading zero, no ordinal suffix), the \
            month spelled out and the four-digit year, without commas.
            """,
        triggering: [
            "Recalling its resolution 57/173 of ↓December 18, 2002,",
            "Recalling its resolution 57/173 of ↓18th December 2002,",
            "Recalling its resolution 57/173 of ↓18 Dec. 2002,",
            "Recalling its resolution 57/173 of ↓08 December 2002,",
            "Recalling its resolution 57/173 of ↓18 December, 2002,",
            "Recalling its resolution 57/173 of ↓18/12/2002,",
        ],
        nonTriggering: ["Recalling its resolution 57/173 of 18 December 2002 and the meeting held on 8 May 2003,"],
        corrections: [
            RuleCorrection(
                "Recalling its resolution 57/173 of December 18, 2002,",
                "Recalling its resolution 57/173 of 18 December 2002,"),
            RuleCorrection(
                "Recalling its resolution 57/173 of 18th Dec. 2002,",
                "Recalling its resolution 57/173 of 18 December 2002,"),
        ])

    public func check(_ document: LintDocument) -> [Finding] {
        var findings: [Finding] = []
        for (index, unit) in document.units.enumerated() {
            for date in document.dates(inUnit: index) where !date.isStandard {
                let right = "\(date.day) \(UNDate.months[date.month - 1]) \(date.year)"
                findings.append(
                    finding(
                        "write \"\(right)\", not \"\(unit.text[date.range])\"", at: unit.range(date.range),
                        fix: TextRuleSupport.fix(unit, date.range, right)))
            }
        }
        for (unit, match) in TextRuleSupport.matches(
            Self.numeric, in: document, requiring: ["/19", "/20", ".19", ".20"])
        {
            findings.append(
                finding(
                    "write the date as day, month in words and year, not \"\(unit.text[match.range])\"",
                    at: unit.range(match.range)))
        }
        return findings.sorted { ($0.range.start, $0.message) < ($1.range.start, $1.message) }
    }
}
