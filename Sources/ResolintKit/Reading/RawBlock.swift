/// A run of text that the layout shows as one paragraph, before the reader knows what it is:
/// lines up to a blank line, a footnote block, or a line that starts a new numbered paragraph.
struct RawBlock {
    var text: MappedText
}

/// Cuts the body lines of a file into `RawBlock`s.
enum RawBlockReader {
    static func read(_ source: SourceText, lines range: Range<Int>, skipping consumed: Set<Int>) -> [RawBlock] {
        var blocks: [RawBlock] = []
        var current: RawBlock?
        var previousLine: [Unicode.Scalar] = []
        var brokenByBlank = true
        var brokenByNotes = false
        for index in range {
            if consumed.contains(index) {
                brokenByNotes = true
                continue
            }
            let line = source.lines[index]
            let start = TextPatterns.skipSpaces(line)
            guard start < line.count else {
                brokenByBlank = true
                continue
            }
            let startsParagraph =
                TextPatterns.paragraphNumber(line, at: start) != nil
                || TextPatterns.subparagraphLabel(line, at: start) != nil
            let previousEnds = TextPatterns.endsWithTerminator(previousLine)
            let indentedNewParagraph = start > 0 && previousEnds && line[start].properties.isUppercase
            let newBlock =
                current == nil || brokenByBlank || brokenByNotes || (startsParagraph && previousEnds)
                || indentedNewParagraph
            if newBlock {
                if let block = current { blocks.append(block) }
                current = RawBlock(text: MappedText())
            }
            current?.text.appendLine(line, lineNumber: index + 1, columns: 0..<line.count)
            previousLine = line
            brokenByBlank = false
            brokenByNotes = false
        }
        if let block = current { blocks.append(block) }
        return blocks
    }
}
