/// A run of text that the layout shows as one paragraph, before the reader knows what it is:
/// lines up to a blank line, a footnote block, or a line that starts a new numbered paragraph.
struct RawBlock {
    var text: MappedText
}

/// Cuts the body lines of a file into `RawBlock`s.
enum RawBlockReader {
    static func read(_ source: SourceText, lines range: Range<Int>, skipping consumed: Set<Int>) -> [RawBlock] {
        let unwrapped = isUnwrapped(source, lines: range, skipping: consumed)
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
            let previousIsHeadingNumber =
                TextPatterns.headingNumber(Array(previousLine[TextPatterns.skipSpaces(previousLine)...]))
                && TextPatterns.wordCount(previousLine) == 1
            let indentedNewParagraph =
                previousEnds && !previousIsHeadingNumber && line[start].properties.isUppercase
                && (start > 0
                    || (unwrapped && previousLine.last(where: { !$0.isSpace }) != ":"
                        && TextPatterns.startsWithOpener(line, at: start)))
            let standsAlone = Self.standsAlone(line, at: start) || Self.standsAlone(previousLine, at: 0)
            let newBlock =
                current == nil || brokenByBlank || brokenByNotes || (startsParagraph && previousEnds)
                || indentedNewParagraph || standsAlone
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

    /// The organ's formula and the meeting line are blocks of their own even without blank lines.
    private static func standsAlone(_ line: [Unicode.Scalar], at start: Int) -> Bool {
        var end = line.count
        while end > start, line[end - 1].isSpace { end -= 1 }
        let content = line[min(start, end)..<end]
        if BlockShape.adoption(content) != nil { return true }
        guard content.count < 40, content.starts(with: "The ".unicodeScalars) else { return false }
        let text = String(scalars: content)
        return Organ.allCases.contains { text == "The \($0.name)," || text == "The \($0.name)" }
    }

    /// True for a text typed one paragraph per line: most lines end as a paragraph ends. In a
    /// text wrapped to a page width most lines stop mid-sentence, and a line that follows one
    /// ending with a comma is not a new paragraph for that alone.
    static func isUnwrapped(_ source: SourceText, lines range: Range<Int>, skipping consumed: Set<Int>) -> Bool {
        var lines = 0
        var open = 0
        for index in range where !consumed.contains(index) {
            let line = source.lines[index]
            guard TextPatterns.skipSpaces(line) < line.count else { continue }
            lines += 1
            if !TextPatterns.endsWithTerminator(line) { open += 1 }
        }
        return lines > 0 && open * 10 < lines * 3
    }
}
