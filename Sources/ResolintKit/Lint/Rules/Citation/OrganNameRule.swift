/// Organs are named in full before a resolution number: never "GA", "SC" or "ECOSOC".
public struct OrganNameRule: Rule {
    public init() {}

    static let pattern = TextRuleSupport.pattern(
        #"\b(UNGA|GA|UNSC|SC|ECOSOC|HRC)( resolutions?\b| decisions?\b| res\.)"#)
    static let names = [
        "UNGA": "General Assembly", "GA": "General Assembly", "UNSC": "Security Council", "SC": "Security Council",
        "ECOSOC": "Economic and Social Council", "HRC": "Human Rights Council",
    ]

    public let description = RuleDescription(
        id: "organ-name-in-full", category: .citation, severity: .error,
        summary: "the organ is named in full: \"Economic and Social Council resolution 2003/24\"",
        rationale: """
            General Assembly resolutions use no abbreviations, and the names of the principal \
            organs are never abbreviated (Editorial Manual, abbreviations; identification of \
            resolutions and decisions, I.A).
            """,
        triggering: [
            "Recalling ↓ECOSOC resolution 2003/24 of 22 July 2003,",
            "Recalling ↓SC res. 1373 (2001) of 28 September 2001,",
        ],
        nonTriggering: ["Recalling Economic and Social Council resolution 2003/24 of 22 July 2003,"],
        corrections: [
            RuleCorrection(
                "Recalling ECOSOC resolution 2003/24,", "Recalling Economic and Social Council resolution 2003/24,"),
            RuleCorrection(
                "Recalling SC res. 1373 (2001),", "Recalling Security Council resolution 1373 (2001),"),
        ])

    public func check(_ document: LintDocument) -> [Finding] {
        TextRuleSupport.matches(Self.pattern, in: document, requiring: Self.names.keys.sorted().map { $0 + " " }).map {
            unit, match in
            let short = TextRuleSupport.capture(match, 1, in: unit.text)
            let noun = TextRuleSupport.capture(match, 2, in: unit.text)
            let name = Self.names[short] ?? short
            let right = name + (noun == " res." ? " resolution" : noun)
            return finding(
                "name the organ in full: \"\(right)\", not \"\(unit.text[match.range])\"", at: unit.range(match.range),
                fix: TextRuleSupport.fix(unit, match.range, right))
        }
    }
}
