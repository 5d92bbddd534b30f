/// The date after a resolution number is introduced by "of": "resolution 57/173 of 18 December 2002".
public struct CitationDateOfRule: Rule {
    public init() {}

    static let pattern = TextRuleSupport.pattern(
        #"\b(?:resolutions?|decisions?) (?:S-|ES-)?[0-9]{1,4}(?:/[0-9]{1,3})?(?: [A-Z])?(?: \((?:19|20)[0-9]{2}\))?(,| dated| adopted on) "#
            + TextRuleSupport.date)

    public let description = RuleDescription(
        id: "citation-date-of", category: .date, severity: .warning,
        summary: "the date of a cited resolution follows \"of\": \"57/173 of 18 December 2002\"",
        rationale: """
            The date of adoption is joined to the resolution number with "of", not "dated", \
            "adopted on" or a comma (Editorial Manual, references to other resolutions).
            """,
        triggering: [
            "Recalling its resolution 57/173↓ dated 18 December 2002,",
            "Recalling its resolution 57/173↓, 18 December 2002,",
        ],
        nonTriggering: ["Recalling its resolution 57/173 of 18 December 2002,"],
        corrections: [
            RuleCorrection(
                "Recalling its resolution 57/173 dated 18 December 2002,",
                "Recalling its resolution 57/173 of 18 December 2002,")
        ])

    public func check(_ document: LintDocument) -> [Finding] {
        TextRuleSupport.matches(
            Self.pattern, in: document, requiring: ["resolution", "decision"],
            alsoRequiring: [[" dated ", " adopted on "] + (1...9).map { ", \($0)" }]
        ).map { unit, match in
            let joint = TextRuleSupport.captureRange(match, 1)
            let written = String(unit.text[joint]).trimmingSpaces
            return finding(
                "write \"of\" before the date, not \"\(written)\"", at: unit.range(joint),
                fix: TextRuleSupport.fix(unit, joint, " of"))
        }
    }
}
