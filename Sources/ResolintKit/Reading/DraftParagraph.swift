/// A paragraph while the reader is still building it: its text keeps its source mapping until
/// the footnote markers have been found and taken out.
struct DraftParagraph {
    var number: String?
    var numberAssumed = false
    var text: MappedText
    /// The whole paragraph in the file, number included.
    var range: SourceRange
    var subparagraphs: [DraftParagraph] = []
    var footnoteRefs: [FootnoteReference] = []
    /// The number's place when it stands after the start of the text in the file.
    var displacedNumberRange: SourceRange?

    /// The deepest last subparagraph, or the paragraph itself.
    var lastLeafEndsWithColon: Bool {
        if let last = subparagraphs.last { return last.lastLeafEndsWithColon }
        return text.scalars.last == ":"
    }

    func finished() -> Paragraph {
        var paragraph = Paragraph(
            number: number, numberAssumed: numberAssumed, text: text.string, range: range,
            segments: text.segments, footnoteRefs: footnoteRefs, subparagraphs: subparagraphs.map { $0.finished() })
        paragraph.displacedNumberRange = displacedNumberRange
        return paragraph
    }

    /// Applies `body` to this paragraph and every subparagraph, in reading order.
    mutating func visit(_ body: (inout DraftParagraph) -> Void) {
        body(&self)
        for index in subparagraphs.indices { subparagraphs[index].visit(body) }
    }
}
