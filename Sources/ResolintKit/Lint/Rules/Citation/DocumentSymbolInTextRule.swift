/// Sources are cited in footnotes: a document symbol in parentheses in the text, or a
/// resolution cited by its symbol ("A/RES/57/173"), belongs in a footnote or in words.
public struct DocumentSymbolInTextRule: DeviationRule {
    static let kind = Deviation.Kind.symbolInText

    public init() {}

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

}
