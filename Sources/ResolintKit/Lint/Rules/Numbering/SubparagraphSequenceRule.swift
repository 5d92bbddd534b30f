/// Subparagraphs run (a), (b), (c)… and within them (i), (ii), (iii)…
public struct SubparagraphSequenceRule: Rule {
    public init() {}

    public let description = RuleDescription(
        id: "subparagraph-sequence", category: .numbering, severity: .error,
        summary: "subparagraphs are labelled (a), (b)… and, within them, (i), (ii)… in order",
        rationale: """
            The Editorial Manual sets the levels of subdivision: lower-case letters in parentheses \
            for subparagraphs, lower-case roman numerals for their subdivisions. A label out of \
            order or missing breaks every later reference to the subparagraphs.
            """,
        triggering: [
            "1. Decides:\n\n(a) To act;\n\n↓(c) To report.",
            "1. Decides:\n\n(a) To act;\n\n↓To report.",
            "1. Decides:\n\n(a) To act as follows:\n\n(i) First;\n\n↓(iii) Second;\n\n(b) To report.",
        ],
        nonTriggering: [
            "1. Decides:\n\n(a) To act;\n\n(b) To report.",
            "1. Decides:\n\n(a) To act as follows:\n\n(i) First;\n\n(ii) Second;\n\n(b) To report.",
            RuleExample(
                "1. Decides:\n\n" + "abcdefgh".map { "(\($0)) To act;\n\n" }.joined() + "(i) To report."),
        ],
        corrections: [
            RuleCorrection(
                "The General Assembly,\n\n1. Decides:\n\n(a) To act;\n\n(c) To report;\n\n2. Recalls paragraph 1 (c) above.\n",
                "The General Assembly,\n\n1. Decides:\n\n(a) To act;\n\n(b) To report;\n\n2. Recalls paragraph 1 (b) above.\n",
                whole: true)
        ])

    public func check(_ document: LintDocument) -> [Finding] {
        var findings: [Finding] = []
        func visit(_ paragraph: Paragraph, depth: Int) {
            let assumed = paragraph.subparagraphs.filter(\.numberAssumed)
            if let first = assumed.first, let last = assumed.last {
                // Labels lost (in extraction, often): one finding for the paragraph, no order check.
                let span =
                    first.number == last.number ? first.number ?? "" : "\(first.number ?? "")–\(last.number ?? "")"
                findings.append(
                    finding(
                        "\(assumed.count) subparagraph\(assumed.count == 1 ? " has" : "s have") no label (\(span) expected)",
                        at: first.numberRange))
            } else {
                for (offset, sub) in paragraph.subparagraphs.enumerated() {
                    let roman = depth > 0 || isRomanLadder(paragraph.subparagraphs)
                    let expected = "(\(roman ? TextPatterns.roman(offset + 1) : TextPatterns.letterLabel(offset)))"
                    guard sub.number != expected else { continue }
                    let start = sub.numberRange
                    findings.append(
                        finding(
                            "subparagraph labelled \"\(sub.number ?? "")\" where \(expected) is expected", at: start))
                    break
                }
            }
            for sub in paragraph.subparagraphs { visit(sub, depth: depth + 1) }
        }
        for paragraph in document.resolution.preamble + document.resolution.operative {
            visit(paragraph, depth: 0)
        }
        for annex in document.resolution.annexes {
            for paragraph in annex.paragraphs { visit(paragraph, depth: 0) }
        }
        // Where the operative numbers are right, the relabelling (and the references that
        // follow it) is this rule's fix, on its first finding in the operative part; otherwise
        // the operative numbering's fix carries it.
        let operative = document.resolution.operative
        if NumberingCheck.faults(operative, what: "operative paragraph").isEmpty,
            let first = findings.firstIndex(where: { finding in
                operative.contains { $0.range.start <= finding.range.start && finding.range.start < $0.range.end }
            })
        {
            let renumbering = Renumbering(document)
            if !renumbering.edits.isEmpty { findings[first].fix = Fix(edits: renumbering.edits) }
            findings += renumbering.unresolved.map { finding($0.message, at: $0.range) }
        }
        return findings
    }

    /// A paragraph whose own subparagraphs start at (i) uses roman numerals at its first level.
    private func isRomanLadder(_ subparagraphs: [Paragraph]) -> Bool {
        subparagraphs.first?.number == "(i)" && subparagraphs.dropFirst().first?.number == "(ii)"
    }
}
