/// Every footnote marker has its note and every note is referenced.
public struct FootnoteResolutionRule: Rule {
    public init() {}

    public let description = RuleDescription(
        id: "footnote-resolution", category: .footnote, severity: .error,
        summary: "every footnote marker has its note and every note its marker",
        rationale: """
            In resolutions every source is cited in a numbered footnote (Editorial Manual, \
            footnotes); a marker without its note, or a note nothing points to, is a fault \
            introduced when paragraphs were moved or deleted.
            """,
        triggering: [
            "Recalling the Vienna Declaration,[^1] and the plans of action,↓[^2]\n\n[^1]: Resolution 55/59, annex.",
            "Recalling the Vienna Declaration,[^1]\n\n[^1]: Resolution 55/59, annex.\n\n↓[^2]: Resolution 56/261, annex.",
        ],
        nonTriggering: [
            "Recalling the Vienna Declaration,[^1] and the plans of action,[^2]\n\n[^1]: Resolution 55/59, annex.\n\n[^2]: Resolution 56/261, annex."
        ])

    public func check(_ document: LintDocument) -> [Finding] {
        let notes = Set(document.resolution.footnotes.map(\.marker))
        let refs = document.resolution.footnoteReferences
        let referenced = Set(refs.map(\.marker))
        var findings = refs.filter { !notes.contains($0.marker) }.map {
            finding("footnote marker \($0.marker) has no note", at: $0.range)
        }
        findings += document.resolution.footnotes.filter { !referenced.contains($0.marker) }.map {
            finding("footnote \($0.marker) is not referenced in the text", at: $0.range)
        }
        return findings
    }
}
