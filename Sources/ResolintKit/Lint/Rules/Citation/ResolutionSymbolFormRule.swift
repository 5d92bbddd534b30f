/// A General Assembly resolution or decision is cited as session/number: `57/173`.
public struct ResolutionSymbolFormRule: Rule {
    public init() {}

    static let spaced = TextRuleSupport.pattern(
        #"\b(resolutions?|decisions?) ([0-9]{1,2})( ?- ?| / | /|/ )([0-9]{1,3})\b"#)
    static let abbreviated = TextRuleSupport.pattern(#"(?:^|(?=[ (]))[ (]?((Res|res|Dec)\. ?)(?=[0-9])"#)

    public let description = RuleDescription(
        id: "resolution-symbol-form", category: .citation, severity: .error,
        summary: "a resolution is cited as \"resolution 57/173\": slash, no spaces, the word in full",
        rationale: """
            From the thirty-first session the General Assembly numbers resolutions and decisions \
            as session/number, two arabic numbers joined by a slash without spaces, after the \
            word "resolution" or "decision" in full (Editorial Manual, identification of \
            resolutions and decisions, I.B.1).
            """,
        triggering: [
            "Recalling its resolution ↓57-173 of 18 December 2002,",
            "Recalling its resolution ↓57 / 173 of 18 December 2002,",
            "Recalling its ↓Res. 57/173 of 18 December 2002,",
        ],
        nonTriggering: [
            "Recalling its resolution 57/173 of 18 December 2002 and decision 57/530 of 20 December 2002,",
            "Recalling Security Council resolution 1373 (2001) of 28 September 2001,",
            "Bearing in mind resolution CM/Res.1153 (XLVIII) of the Council of Ministers,",
        ],
        corrections: [
            RuleCorrection(
                "Recalling its resolution 57 / 173 of 18 December 2002,",
                "Recalling its resolution 57/173 of 18 December 2002,"),
            RuleCorrection(
                "Recalling its Res. 57/173 of 18 December 2002,", "Recalling its resolution 57/173 of 18 December 2002,"
            ),
        ])

    public func check(_ document: LintDocument) -> [Finding] {
        var findings: [Finding] = []
        for (unit, match) in TextRuleSupport.matches(
            Self.spaced, in: document, requiring: ["resolution", "decision"], alsoRequiring: [["/ ", " /", "-"]])
        {
            let session = TextRuleSupport.capture(match, 2, in: unit.text)
            let number = TextRuleSupport.capture(match, 4, in: unit.text)
            let bounds =
                TextRuleSupport.captureRange(match, 2).lowerBound..<TextRuleSupport.captureRange(match, 4).upperBound
            let written = String(unit.text[bounds])
            findings.append(
                finding(
                    "write \"\(session)/\(number)\", not \"\(written)\"", at: unit.range(bounds),
                    fix: TextRuleSupport.fix(unit, bounds, "\(session)/\(number)")))
        }
        for (unit, match) in TextRuleSupport.matches(
            Self.abbreviated, in: document, requiring: ["Res.", "res.", "Dec."])
        {
            let word =
                TextRuleSupport.capture(match, 2, in: unit.text).lowercased() == "dec" ? "decision" : "resolution"
            let bounds = TextRuleSupport.captureRange(match, 1)
            let written = String(unit.text[bounds])
            findings.append(
                finding(
                    "write \"\(word)\" in full, not \"\(written.trimmingSpaces)\"", at: unit.range(bounds),
                    fix: TextRuleSupport.fix(unit, bounds, word + " ")))
        }
        return findings
    }
}

extension String {
    var trimmingSpaces: String { String(drop { $0 == " " }.reversed().drop { $0 == " " }.reversed()) }
}
