/// Two or more resolutions cited together take the plural: "resolutions 55/25 and 55/255".
public struct PluralCitationRule: Rule {
    public init() {}

    static let number =
        #"(?:(?:S-|ES-)?[0-9]{1,2}/[0-9]{1,3}(?: [A-Z])?|(?:19|20)[0-9]{2}/[0-9]{1,3}|[0-9]{1,4} \((?:(?:19|20)[0-9]{2}|[IVXL]+)\))"#
    static let pattern = TextRuleSupport.pattern(
        #"\b(resolution|decision) "# + number + #"(?: of [0-9]{1,2} [A-Z][a-z]+ [0-9]{4})?(?:, "# + number
            + #"(?: of [0-9]{1,2} [A-Z][a-z]+ [0-9]{4})?)* (?:and|to) "# + number)

    public let description = RuleDescription(
        id: "plural-resolutions", category: .citation, severity: .warning,
        summary: "several resolutions cited together take the plural noun: \"resolutions … and …\"",
        rationale: """
            When two or more resolutions or decisions are cited together the noun is plural and \
            "and" joins the last two (Editorial Manual, identification of resolutions and decisions).
            """,
        triggering: ["Recalling its ↓resolution 55/25 of 15 November 2000 and 55/255 of 31 May 2001,"],
        nonTriggering: [
            "Recalling its resolutions 55/25 of 15 November 2000 and 55/255 of 31 May 2001,",
            "Recalling its resolution 55/25 of 15 November 2000 and Security Council resolution 1373 (2001),",
        ],
        corrections: [
            RuleCorrection(
                "Recalling its resolution 55/25 and 55/255,", "Recalling its resolutions 55/25 and 55/255,")
        ])

    public func check(_ document: LintDocument) -> [Finding] {
        TextRuleSupport.matches(
            Self.pattern, in: document, requiring: ["resolution ", "decision "], alsoRequiring: [[" and ", " to "]]
        ).map {
            unit, match in
            let noun = TextRuleSupport.captureRange(match, 1)
            let word = String(unit.text[noun])
            return finding(
                "write \"\(word)s\": more than one is cited", at: unit.range(noun),
                fix: TextRuleSupport.fix(unit, noun, word + "s"))
        }
    }
}
