/// An annex adopted with the resolution, such as a political declaration, with its own paragraphs.
public struct Annex: Hashable, Sendable {
    /// The annex line as printed, e.g. "Annex" or "Annex II".
    public var label: String
    public var title: String?
    public var range: SourceRange
    /// The annex line, and the title where it stands on a line of its own.
    public var labelRange: SourceRange?
    public var titleRange: SourceRange?
    public var paragraphs: [Paragraph]
    public var headings: [Heading]

    public init(
        label: String, title: String?, range: SourceRange, labelRange: SourceRange? = nil,
        titleRange: SourceRange? = nil, paragraphs: [Paragraph] = [], headings: [Heading] = []
    ) {
        self.label = label
        self.title = title
        self.range = range
        self.labelRange = labelRange
        self.titleRange = titleRange
        self.paragraphs = paragraphs
        self.headings = headings
    }
}
