/// Which findings of a draft are the drafter's, against the base text the draft was made from
/// (last year's adopted resolution), by the structural diff: every finding in a paragraph the
/// draft added or amended; in a paragraph kept word for word (moved or renumbered or not), only
/// a finding of a rule that did not report that paragraph in the base text (an insertion left
/// the numbers after it wrong); outside the paragraphs (masthead, notes, closing lines), those
/// the base text does not have too.
public struct DraftChanges: Sendable {
    /// The draft's paragraphs the draft added or amended, with their subparagraphs.
    let changed: [SourceRange]
    /// The draft's paragraphs kept from the base, each with the rules that reported it there.
    let kept: [(ranges: [SourceRange], rules: Set<String>)]
    /// What the base text's own findings say, rule and message.
    let baseFindings: Set<String>

    public init(base: Resolution, baseFindings: [Finding], draft: Resolution) {
        let diff = Differ().diff(old: base, new: draft)
        var changed: [SourceRange] = []
        var kept: [(ranges: [SourceRange], rules: Set<String>)] = []
        func ranges(_ place: ParagraphPlace, in resolution: Resolution) -> [SourceRange] {
            guard let paragraph = resolution.paragraph(at: place) else { return [place.range] }
            func all(_ paragraph: Paragraph) -> [SourceRange] {
                [paragraph.range, paragraph.numberRange] + paragraph.subparagraphs.flatMap(all)
            }
            return all(paragraph)
        }
        func inside(_ finding: Finding, _ ranges: [SourceRange]) -> Bool {
            ranges.contains { $0.start <= finding.range.start && finding.range.start < $0.end }
        }
        for change in diff.changes {
            guard let new = change.new else { continue }
            if change.kind == .added || change.kind == .amended {
                changed += ranges(new, in: draft)
            } else if let old = change.old {
                let oldRanges = ranges(old, in: base)
                kept.append((ranges(new, in: draft), Set(baseFindings.filter { inside($0, oldRanges) }.map(\.ruleID))))
            }
        }
        self.changed = changed
        self.kept = kept
        self.baseFindings = Set(baseFindings.map { "\($0.ruleID) \($0.message)" })
    }

    /// True when the finding is the drafter's.
    public func isNew(_ finding: Finding) -> Bool {
        func inside(_ range: SourceRange) -> Bool {
            range.start <= finding.range.start && finding.range.start < range.end
        }
        if changed.contains(where: inside) { return true }
        if let paragraph = kept.first(where: { $0.ranges.contains(where: inside) }) {
            return !paragraph.rules.contains(finding.ruleID)
        }
        return !baseFindings.contains("\(finding.ruleID) \(finding.message)")
    }
}
