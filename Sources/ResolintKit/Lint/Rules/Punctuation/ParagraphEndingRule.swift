/// Preambular paragraphs end with a comma; operative paragraphs with a semicolon, the last with a
/// full stop; a paragraph that introduces subparagraphs with a colon.
public struct ParagraphEndingRule: Rule {
    public init() {}

    public let description = RuleDescription(
        id: "paragraph-ending", category: .punctuation, severity: .error,
        summary: "preambular paragraphs end with \",\", operative ones with \";\" and the last with \".\"",
        rationale: """
            A resolution is one sentence: the organ's name, the preambular paragraphs ending in \
            commas, the operative paragraphs ending in semicolons and the last in a full stop; a \
            lead-in to subparagraphs ends with a colon and each subparagraph with a semicolon \
            (Editorial Manual, punctuation of resolutions, as adopted texts show).
            """,
        triggering: [
            "Recalling its resolution 57/173 of 18 December 2002↓;\n\n1. Decides to act;\n\n2. Requests a report.",
            "Recalling its resolution 57/173,\n\n1. Decides to act↓.\n\n2. Requests a report↓;",
            "Recalling its resolution 57/173,\n\n1. Decides:\n\n(a) To act↓,\n\n(b) To report.",
        ],
        nonTriggering: [
            "Recalling its resolution 57/173,\n\n1. Decides:\n\n(a) To act;\n\n(b) To report;\n\n2. Requests a report.",
            "Adopts the declaration annexed to the present resolution.",
        ],
        corrections: [
            RuleCorrection(
                "Recalling its resolution 57/173;\n\n1. Decides to act.\n\n2. Requests a report;",
                "Recalling its resolution 57/173,\n\n1. Decides to act;\n\n2. Requests a report.")
        ])

    public func check(_ document: LintDocument) -> [Finding] {
        var findings: [Finding] = []
        let operative = document.resolution.operative
        for unit in document.units {
            let expected: Character
            switch unit.role {
            case .annex: continue
            case .preamble:
                expected = unit.paragraph.subparagraphs.isEmpty ? "," : ":"
                if unit.isSubparagraph { continue }
            case .operative:
                if !unit.paragraph.subparagraphs.isEmpty {
                    expected = ":"
                } else {
                    expected = isLast(unit, in: operative) ? "." : ";"
                }
            }
            guard let last = unit.text.last, last != expected else { continue }
            let bounds = unit.text.index(before: unit.text.endIndex)..<unit.text.endIndex
            let punctuation = ",;.:".contains(last)
            let message =
                punctuation
                ? "\(unit.name) ends with \"\(last)\"; write \"\(expected)\""
                : "\(unit.name) ends without \"\(expected)\""
            let fix = punctuation ? TextRuleSupport.fix(unit, bounds, String(expected)) : nil
            if punctuation || expected != ":" {
                findings.append(finding(message, at: unit.range(bounds), fix: fix))
            }
        }
        return findings
    }

    /// True for the last operative paragraph, or a subparagraph at the very end of it.
    private func isLast(_ unit: TextUnit, in operative: [Paragraph]) -> Bool {
        guard let last = operative.last else { return false }
        var leaf = last
        while let sub = leaf.subparagraphs.last { leaf = sub }
        return unit.paragraph.range == leaf.range && unit.paragraph.text == leaf.text
    }
}
