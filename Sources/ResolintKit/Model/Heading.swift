/// A heading between paragraphs, such as "II. Implementation" or "Peacebuilding financing".
public struct Heading: Hashable, Sendable {
    public var text: String
    public var range: SourceRange
    /// The section the heading stands in.
    public var section: Section
    /// How many paragraphs of that section come before the heading.
    public var paragraphIndex: Int

    public init(text: String, range: SourceRange, section: Section, paragraphIndex: Int) {
        self.text = text
        self.range = range
        self.section = section
        self.paragraphIndex = paragraphIndex
    }
}
