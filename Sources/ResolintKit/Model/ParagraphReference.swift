/// A reference in a paragraph to another paragraph of the same text: "paragraph 7 above",
/// "paragraphs 3 to 5 below", "operative paragraph 3 of the present resolution", "paragraph 1
/// (a) above", "subparagraph (b) above", "preambular paragraph 4".
public struct ParagraphReference: Hashable, Sendable {
    /// Which paragraphs the numbers count.
    public enum Sequence: Sendable {
        /// The numbered paragraphs of the part the reference stands in: the operative part, or
        /// the annex for a reference inside an annex.
        case numbered
        /// "operative paragraph 3".
        case operative
        /// "preambular paragraph 4": the preamble's paragraphs, counted.
        case preambular
        /// "subparagraph (b)": the subparagraphs of the paragraph the reference stands in.
        case subparagraphs
    }

    /// Where the paragraph is said to stand.
    public enum Direction: Sendable {
        case above, below, anywhere
    }

    public let sequence: Sequence
    public let direction: Direction
    /// The paragraph numbers ("7") or labels ("(b)") referred to.
    public let numbers: [String]
    /// A subparagraph of the referred paragraph: "(a)" of "paragraph 1 (a) above".
    public let subparagraph: String?
    /// Unicode-scalar offsets of the reference in the paragraph's text.
    public let range: Range<Int>
    /// False for a bare "paragraph 5", which does not say it is this text's paragraph but, in a
    /// resolution, is read so: a renumbering follows it; the cross-reference rule does not
    /// hold it to the paragraphs that exist.
    public var stated = true
}
