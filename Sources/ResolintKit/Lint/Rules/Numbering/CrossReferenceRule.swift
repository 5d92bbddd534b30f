/// A reference to a paragraph of the same text points at one that exists, where it says it
/// stands: "paragraph 7 above" needs a paragraph 7 before this one.
public struct CrossReferenceRule: Rule {
    public init() {}

    public let description = RuleDescription(
        id: "cross-reference", category: .numbering, severity: .error,
        summary: "\"paragraph 7 above\" and \"subparagraph (b)\" point at paragraphs that exist",
        rationale: """
            References to other paragraphs of the same resolution name the paragraph by its \
            number and say where it stands ("paragraph 7 above", "operative paragraph 3 of the \
            present resolution"); a paragraph added, deleted or renumbered in negotiation leaves \
            them pointing at the wrong paragraph or at none (Editorial Manual, references to \
            paragraphs; internal references).
            """,
        triggering: [
            RuleExample(
                "The General Assembly,\n\n1. Decides to act;\n\n2. Requests a report on ↓paragraph 7 above.\n",
                whole: true),
            RuleExample(
                "The General Assembly,\n\n1. Decides to act as set out in ↓paragraph 2 above;\n\n2. Requests a report.\n",
                whole: true),
            RuleExample(
                "The General Assembly,\n\n1. Decides:\n\n(a) To act;\n\n(b) To report on ↓subparagraph (c) above;\n",
                whole: true),
            RuleExample(
                "The General Assembly,\n\n1. Decides:\n\n(a) To act;\n\n2. Requests a report on ↓paragraph 1 (b) above.\n",
                whole: true),
        ],
        nonTriggering: [
            RuleExample(
                "The General Assembly,\n\n1. Decides to act;\n\n2. Requests a report on paragraph 1 above and on paragraph 7 of resolution 57/173.\n",
                whole: true),
            RuleExample(
                "The General Assembly,\n\n1. Decides:\n\n(a) To act;\n\n(b) To report on subparagraph (a) above;\n\n2. Recalls paragraphs 1 (a) and 2 of the present resolution.\n",
                whole: true),
        ])

    public func check(_ document: LintDocument) -> [Finding] {
        let resolution = document.resolution
        var findings: [Finding] = []
        for (index, unit) in document.units.enumerated() {
            for reference in document.cited(inUnit: index).references where reference.stated {
                if let message = problem(reference, in: unit, of: resolution) {
                    findings.append(finding(message, at: unit.range(scalars: reference.range)))
                }
            }
        }
        return findings
    }

    /// What is wrong with the reference, if anything.
    private func problem(_ reference: ParagraphReference, in unit: TextUnit, of resolution: Resolution) -> String? {
        let paragraphs: [Paragraph]
        var own: String?
        switch (reference.sequence, unit.role) {
        case (.subparagraphs, _):
            let siblings: [Paragraph]
            if unit.isSubparagraph {
                guard unit.labels.count == 2,
                    let parent = top(unit, resolution)?.first(where: { $0.number == unit.labels[0] })
                else { return nil }
                siblings = parent.subparagraphs
                own = unit.labels.last
            } else {
                siblings = unit.paragraph.subparagraphs
            }
            let labels = siblings.compactMap(\.number)
            for label in reference.numbers {
                guard let position = labels.firstIndex(of: label) else {
                    return "there is no subparagraph \(label) in this paragraph"
                }
                if let own, let current = labels.firstIndex(of: own) {
                    if reference.direction == .above, position >= current {
                        return "subparagraph \(label) is not above this one"
                    }
                    if reference.direction == .below, position <= current {
                        return "subparagraph \(label) is not below this one"
                    }
                }
            }
            return nil
        case (.preambular, _):
            for number in reference.numbers where (Int(number) ?? 0) > resolution.preamble.count || Int(number) == 0 {
                return "there is no preambular paragraph \(number): the preamble has \(resolution.preamble.count)"
            }
            return nil
        case (.operative, _), (.numbered, .preamble), (.numbered, .operative):
            paragraphs = resolution.operative
            if unit.role == .operative { own = unit.labels.first }
        case (.numbered, .annex(let annex)):
            paragraphs = resolution.annexes[annex].paragraphs
            own = unit.labels.first
        }
        let numbers = paragraphs.compactMap(\.number)
        let part = isAnnex(unit) && reference.sequence == .numbered ? "" : "operative "
        for number in reference.numbers {
            guard let position = numbers.firstIndex(of: number) else {
                let range = numbers.first.map { first in " (they run from \(first) to \(numbers.last ?? first))" } ?? ""
                return "there is no \(part)paragraph \(number)\(range)"
            }
            if let own, let current = numbers.firstIndex(of: own) {
                if reference.direction == .above, position >= current {
                    return "paragraph \(number) is not above this one"
                }
                if reference.direction == .below, position <= current {
                    return "paragraph \(number) is not below this one"
                }
            } else if unit.role == .preamble, reference.direction == .above {
                return "paragraph \(number) is not above this one: the preamble comes first"
            }
            if let label = reference.subparagraph, number == reference.numbers.first,
                !paragraphs[position].subparagraphs.contains(where: { $0.number == label })
            {
                return "paragraph \(number) has no subparagraph \(label)"
            }
        }
        return nil
    }

    private func isAnnex(_ unit: TextUnit) -> Bool {
        if case .annex = unit.role { return true }
        return false
    }

    /// The top-level paragraphs of the part the unit stands in.
    private func top(_ unit: TextUnit, _ resolution: Resolution) -> [Paragraph]? {
        switch unit.role {
        case .preamble: resolution.preamble
        case .operative: resolution.operative
        case .annex(let index): resolution.annexes[index].paragraphs
        }
    }
}
