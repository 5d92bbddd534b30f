/// A paragraph of a resolution or annex, or a subparagraph of one.
///
/// `number` is the printed number of an operative or annex paragraph ("1") or the label of a
/// subparagraph ("(a)", "(i)"); it is `nil` for preambular and unnumbered paragraphs.
public struct Paragraph: Hashable, Sendable {
    public var number: String?
    /// True when the number or label was not printed and the reader assumed it (see diagnostics).
    public var numberAssumed: Bool
    /// The reading text: lines joined, hyphenation undone, footnote markers removed.
    public var text: String
    /// From the first to the last character of the paragraph, number included.
    public var range: SourceRange
    /// The pieces of the file whose characters make up `text` (number excluded), in order.
    public var segments: [SourceRange]
    public var footnoteRefs: [FootnoteReference]
    public var subparagraphs: [Paragraph]

    public init(
        number: String? = nil, numberAssumed: Bool = false, text: String, range: SourceRange,
        segments: [SourceRange], footnoteRefs: [FootnoteReference] = [], subparagraphs: [Paragraph] = []
    ) {
        self.number = number
        self.numberAssumed = numberAssumed
        self.text = text
        self.range = range
        self.segments = segments
        self.footnoteRefs = footnoteRefs
        self.subparagraphs = subparagraphs
    }

    /// Where the printed number stands when it is not just before the text: a PDF extraction
    /// can put it on a line of its own after the paragraph's first line.
    public var displacedNumberRange: SourceRange?

    /// The printed number or label, where there is one: from the paragraph's start to its text,
    /// or where the extraction displaced it.
    public var numberRange: SourceRange {
        displacedNumberRange ?? SourceRange(start: range.start, end: segments.first?.start ?? range.end)
    }
}
