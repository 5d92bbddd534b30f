import Foundation

/// Dates are written day month year: "18 December 2002".
public struct DateFormatRule: Rule {
    public init() {}

    static let american = TextRuleSupport.pattern(
        #"\b("# + TextRuleSupport.month + #") ([0-9]{1,2})(?:st|nd|rd|th)?, ((?:19|20)[0-9]{2})\b"#)
    static let british = TextRuleSupport.pattern(
        #"\b(0?)([0-9]{1,2})(st|nd|rd|th)? ("# + TextRuleSupport.month
            + #"|Jan\.?|Feb\.?|Mar\.?|Apr\.?|Jun\.?|Jul\.?|Aug\.?|Sept?\.?|Oct\.?|Nov\.?|Dec\.?)(,?) ((?:19|20)[0-9]{2})\b"#
    )
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
        for (unit, match) in TextRuleSupport.matches(Self.american, in: document) {
            let right =
                "\(TextRuleSupport.capture(match, 2)) \(TextRuleSupport.capture(match, 1)) \(TextRuleSupport.capture(match, 3))"
            findings.append(report(unit, match.range, right))
        }
        for (unit, match) in TextRuleSupport.matches(Self.british, in: document) {
            let zero = TextRuleSupport.capture(match, 1)
            let suffix = TextRuleSupport.capture(match, 3)
            let month = TextRuleSupport.capture(match, 4)
            let comma = TextRuleSupport.capture(match, 5)
            let full = Self.fullMonth(month)
            guard !zero.isEmpty || !suffix.isEmpty || month != full || !comma.isEmpty else { continue }
            let right = "\(Int(TextRuleSupport.capture(match, 2)) ?? 0) \(full) \(TextRuleSupport.capture(match, 6))"
            findings.append(report(unit, match.range, right))
        }
        for (unit, match) in TextRuleSupport.matches(Self.numeric, in: document) {
            findings.append(
                finding(
                    "write the date as day, month in words and year, not \"\(unit.text[match.range])\"",
                    at: unit.range(match.range)))
        }
        return findings
    }

    private func report(_ unit: TextUnit, _ bounds: Range<String.Index>, _ right: String) -> Finding {
        finding(
            "write \"\(right)\", not \"\(unit.text[bounds])\"", at: unit.range(bounds),
            fix: TextRuleSupport.fix(unit, bounds, right))
    }

    static func fullMonth(_ written: String) -> String {
        let stem = written.replacingOccurrences(of: ".", with: "")
        return UNDate.months.first { $0 == stem || $0.hasPrefix(stem) && stem.count >= 3 } ?? written
    }
}
