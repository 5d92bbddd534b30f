/// A piece of text with its place in the file, such as the title or the organ's formula.
public struct TextNode: Hashable, Sendable {
    public var text: String
    public var range: SourceRange

    public init(text: String, range: SourceRange) {
        self.text = text
        self.range = range
    }
}
