/// One resolution as read from a file: the document model that lint, diff and export work on.
public struct Resolution: Hashable, Sendable {
    /// The file the text was read from, as the user named it.
    public var path: String
    /// E.g. "A/RES/58/140".
    public var symbol: String?
    /// E.g. "58/140".
    public var number: String?
    /// Where the number is printed before the title ("58/140."), if it is.
    public var numberRange: SourceRange?
    public var title: TextNode?
    public var masthead: Masthead
    public var organ: Organ?
    /// E.g. "The General Assembly,".
    public var formula: TextNode?
    public var preamble: [Paragraph] = []
    public var operative: [Paragraph] = []
    /// Headings within the preamble and operative part.
    public var headings: [Heading] = []
    public var footnotes: [Footnote] = []
    public var annexes: [Annex] = []
    public var adoption: Adoption?
    public var diagnostics: [Diagnostic] = []
    /// The comments in the text that silence rules.
    public var silences: [Silence] = []
    /// Lines of page layout the reader recognised and set aside: front matter, footnote rules,
    /// running headers.
    public var layout: [TextNode] = []

    public init(path: String) {
        self.path = path
        self.masthead = Masthead()
    }

    /// Every footnote reference in document order: preamble, operative part, then annexes.
    public var footnoteReferences: [FootnoteReference] {
        var refs: [FootnoteReference] = []
        func collect(_ paragraphs: [Paragraph]) {
            for paragraph in paragraphs {
                refs += paragraph.footnoteRefs
                collect(paragraph.subparagraphs)
            }
        }
        collect(preamble)
        collect(operative)
        for annex in annexes { collect(annex.paragraphs) }
        return refs.sorted { $0.range.start < $1.range.start }
    }
}
