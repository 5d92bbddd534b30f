/// Footnotes are numbered 1, 2, 3… in the order of their first reference, each number once.
public struct FootnoteOrderRule: Rule {
    public init() {}

    public let description = RuleDescription(
        id: "footnote-order", category: .footnote, severity: .warning,
        summary: "footnotes are numbered 1…n in the order they are first referenced, each number used once",
        rationale: """
            Resolutions use numbered footnotes in sequence with no skips (Editorial Manual, \
            footnotes); two notes with one number, or markers out of order, usually mean a \
            paragraph was moved without renumbering its notes.
            """,
        triggering: [
            "Recalling the Vienna Declaration,↓[^2] and the plans of action,↓[^1]\n\n[^1]: Resolution 55/59, annex.\n\n[^2]: Resolution 56/261, annex."
        ],
        nonTriggering: [
            "Recalling the Vienna Declaration,[^1] and the plans of action,[^2]\n\n[^1]: Resolution 55/59, annex.\n\n[^2]: Resolution 56/261, annex.",
            "Recalling the Vienna Declaration,[^1] and again the Declaration,[^1]\n\n[^1]: Resolution 55/59, annex.",
        ])

    public func check(_ document: LintDocument) -> [Finding] {
        var findings: [Finding] = []
        var seen: Set<String> = []
        for note in document.resolution.footnotes {
            if !seen.insert(note.marker).inserted {
                findings.append(finding("footnote number \(note.marker) is used for two notes", at: note.range))
            }
        }
        var expected = 1
        var first: Set<String> = []
        for ref in document.resolution.footnoteReferences where first.insert(ref.marker).inserted {
            if ref.marker != String(expected) {
                findings.append(
                    finding(
                        "footnote \(ref.marker) is referenced where footnote \(expected) is expected", at: ref.range))
            }
            expected = (Int(ref.marker) ?? expected) + 1
        }
        return findings
    }
}
