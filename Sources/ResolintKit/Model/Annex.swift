/// An annex adopted with the resolution, such as a political declaration, with its own paragraphs.
public struct Annex: Hashable, Sendable {
    /// The annex line as printed, e.g. "Annex" or "Annex II".
    public var label: String
    public var title: String?
    public var range: SourceRange
    public var paragraphs: [Paragraph]
    public var headings: [Heading]

    public init(
        label: String, title: String?, range: SourceRange, paragraphs: [Paragraph] = [], headings: [Heading] = []
    ) {
        self.label = label
        self.title = title
        self.range = range
        self.paragraphs = paragraphs
        self.headings = headings
    }
}
