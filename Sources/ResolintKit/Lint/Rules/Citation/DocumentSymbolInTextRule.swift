/// Sources are cited in footnotes: a document symbol in parentheses in the text, or a
/// resolution cited by its symbol ("A/RES/57/173"), belongs in a footnote or in words.
public struct DocumentSymbolInTextRule: Rule {
    public init() {}

    static let resolutionSymbol = TextRuleSupport.pattern(#"\b(?:A|S|E)/RES/[0-9A-Z./()\- ]*[0-9)]"#)
    static let parenthesized = TextRuleSupport.pattern(
        #"\((?:see )?((?:A|S|E|A/HRC|A/CONF|E/CN)[./][0-9A-Z][0-9A-Za-z./\-]*)(?:, [^)]*)?\)"#)

    public let description = RuleDescription(
        id: "document-symbol-in-text", category: .citation, severity: .warning,
        summary: "document symbols go in footnotes, not in the running text",
        rationale: """
            In resolutions every source is cited in a footnote, and a resolution is cited by its \
            number ("resolution 57/173"), not its document symbol (Editorial Manual, footnotes; \
            identification of resolutions and decisions, I.A).
            """,
        triggering: [
            "Having considered the report of the Secretary-General ↓(A/58/222),",
            "Recalling ↓A/RES/57/173,",
        ],
        nonTriggering: [
            "Having considered the report of the Secretary-General,",
            "1. Endorses the final report as contained in document A/80/257;",
        ])

    public func check(_ document: LintDocument) -> [Finding] {
        var findings: [Finding] = []
        for (unit, match) in TextRuleSupport.matches(Self.resolutionSymbol, in: document, requiring: ["/RES/"]) {
            findings.append(
                finding(
                    "cite the resolution by its number, not its symbol \"\(unit.text[match.range])\"",
                    at: unit.range(match.range)))
        }
        for (unit, match) in TextRuleSupport.matches(
            Self.parenthesized, in: document, requiring: ["/"], alsoRequiring: [["("]])
        {
            let symbol = TextRuleSupport.capture(match, 1, in: unit.text)
            guard !symbol.contains("/RES/") else { continue }
            findings.append(
                finding("cite \"\(symbol)\" in a footnote, not in the text", at: unit.range(match.range)))
        }
        return findings
    }
}
