/// A footnote marker in the text of a paragraph, e.g. the `1` of `Puebla Processes,1`.
public struct FootnoteReference: Hashable, Sendable {
    /// The marker as printed, e.g. "1".
    public var marker: String
    /// Where the marker stood in the paragraph's reading text, in Unicode scalars from its start.
    public var offset: Int
    /// The marker's characters in the file.
    public var range: SourceRange

    public init(marker: String, offset: Int, range: SourceRange) {
        self.marker = marker
        self.offset = offset
        self.range = range
    }
}
