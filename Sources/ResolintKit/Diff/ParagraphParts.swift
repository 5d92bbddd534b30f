/// A paragraph as it is printed: its own text, then each subparagraph on a line of its own
/// ("(a) To continue consultations …"), a nested one ("(i)") after its parent. The diff compares
/// a paragraph whole, subparagraphs included; a document that prints the change (a Word
/// redline) sets each part as its own paragraph, and pairs the old parts with the new.
public struct ParagraphPart: Sendable, Equatable {
    /// The subparagraph's label ("(a)"); nil for the paragraph's own text.
    public let label: String?
    public let text: String
    /// 0 for the paragraph's own text, 1 for a subparagraph, 2 for one inside it.
    public let depth: Int
    /// The footnote references in `text`.
    public let footnoteRefs: [FootnoteReference]

    public init(label: String?, text: String, depth: Int, footnoteRefs: [FootnoteReference]) {
        self.label = label
        self.text = text
        self.depth = depth
        self.footnoteRefs = footnoteRefs
    }

    /// The parts of `paragraph`, in reading order.
    public static func parts(of paragraph: Paragraph) -> [ParagraphPart] {
        var parts: [ParagraphPart] = []
        func add(_ paragraph: Paragraph, label: String?, depth: Int) {
            parts.append(
                ParagraphPart(label: label, text: paragraph.text, depth: depth, footnoteRefs: paragraph.footnoteRefs))
            for sub in paragraph.subparagraphs { add(sub, label: sub.number, depth: depth + 1) }
        }
        add(paragraph, label: nil, depth: 0)
        return parts
    }

    /// One step through an old paragraph's parts and a new one's.
    public enum Step: Sendable, Equatable {
        /// The same part in both, as it was or amended.
        case kept(old: Int, new: Int)
        case deleted(old: Int)
        case added(new: Int)
    }

    /// The old parts paired with the new in order: the paragraphs' own texts always, and the
    /// subparagraphs as the paragraphs of a text are paired, when they are alike at the
    /// aligner's threshold; of all such pairings in order, the one most alike in total. A part
    /// left unpaired is deleted at its old place or added at its new, a deleted part before an
    /// added one between the same kept parts.
    public static func align(_ old: [ParagraphPart], _ new: [ParagraphPart]) -> [Step] {
        guard !old.isEmpty, !new.isEmpty else {
            return old.indices.map { .deleted(old: $0) } + new.indices.map { .added(new: $0) }
        }
        let oldTokens = old.map { DiffTokenizer.tokens($0.text) }
        let newTokens = new.map { DiffTokenizer.tokens($0.text) }
        func likeness(_ i: Int, _ j: Int) -> Double? {
            if i == 0 || j == 0 { return i == j ? 1 : nil }
            let similarity = ParagraphAligner.similarity(oldTokens[i], newTokens[j])
            return similarity >= ParagraphAligner.threshold ? similarity : nil
        }
        // best[i][j]: the most total likeness pairing old[i...] with new[j...].
        var best = [[Double]](repeating: [Double](repeating: 0, count: new.count + 1), count: old.count + 1)
        for i in stride(from: old.count - 1, through: 0, by: -1) {
            for j in stride(from: new.count - 1, through: 0, by: -1) {
                var value = max(best[i + 1][j], best[i][j + 1])
                if let like = likeness(i, j) { value = max(value, like + best[i + 1][j + 1]) }
                best[i][j] = value
            }
        }
        var steps: [Step] = []
        var deleted: [Step] = []
        var added: [Step] = []
        var (i, j) = (0, 0)
        while i < old.count || j < new.count {
            if i < old.count, j < new.count, let like = likeness(i, j), best[i][j] == like + best[i + 1][j + 1] {
                steps += deleted + added
                (deleted, added) = ([], [])
                steps.append(.kept(old: i, new: j))
                (i, j) = (i + 1, j + 1)
            } else if i < old.count, j == new.count || best[i][j] == best[i + 1][j] {
                deleted.append(.deleted(old: i))
                i += 1
            } else {
                added.append(.added(new: j))
                j += 1
            }
        }
        return steps + deleted + added
    }
}
