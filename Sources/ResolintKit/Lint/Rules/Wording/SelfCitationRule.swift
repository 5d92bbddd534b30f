/// An organ cites its own resolutions as "its resolution": "Recalling its resolution 55/25",
/// not "Recalling General Assembly resolution 55/25" in the Assembly's own text.
public struct SelfCitationRule: Rule {
    public init() {}

    static let pattern = TextRuleSupport.pattern(
        #"^((?:[A-Z][a-z]+ing|Bearing in mind)(?: also| further)?(?: [a-z]+)?) (the )?(General Assembly|Security Council|Economic and Social Council|Human Rights Council) (resolutions?|decisions?)\b"#
    )

    public let description = RuleDescription(
        id: "self-citation", category: .wording, severity: .warning,
        summary: "an organ recalls its own resolutions as \"its resolution\"",
        rationale: """
            When an organ cites its own earlier resolution the convention is "its resolution N"; \
            other organs' resolutions take the other organ's full name (as adopted texts show).
            """,
        triggering: ["Recalling ↓General Assembly resolution 55/25 of 15 November 2000,"],
        nonTriggering: [
            "Recalling its resolution 55/25 of 15 November 2000,",
            "Recalling Security Council resolution 1373 (2001) of 28 September 2001,",
        ],
        corrections: [
            RuleCorrection("Recalling General Assembly resolution 55/25,", "Recalling its resolution 55/25,")
        ])

    public func check(_ document: LintDocument) -> [Finding] {
        TextRuleSupport.matches(Self.pattern, in: document, requiring: [document.organ.name]).compactMap {
            unit, match in
            guard !unit.isSubparagraph, TextRuleSupport.capture(match, 3, in: unit.text) == document.organ.name else {
                return nil
            }
            let article = TextRuleSupport.captureRange(match, 2)
            let organ = TextRuleSupport.captureRange(match, 3)
            let bounds = (match.group(2) == nil ? organ.lowerBound : article.lowerBound)..<organ.upperBound
            return finding(
                "write \"its \(TextRuleSupport.capture(match, 4, in: unit.text))\": the \(document.organ.name) cites its own",
                at: unit.range(bounds), fix: TextRuleSupport.fix(unit, bounds, "its"))
        }
    }
}
