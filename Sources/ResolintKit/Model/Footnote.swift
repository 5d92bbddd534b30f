/// A footnote: its marker and its text, listed once however often it is referenced.
public struct Footnote: Hashable, Sendable {
    public var marker: String
    public var text: String
    /// From the note's marker to the end of its last line.
    public var range: SourceRange
    /// The pieces of the file whose words make up `text`, in order.
    public var segments: [SourceRange]

    public init(marker: String, text: String, range: SourceRange, segments: [SourceRange]) {
        self.marker = marker
        self.text = text
        self.range = range
        self.segments = segments
    }
}
