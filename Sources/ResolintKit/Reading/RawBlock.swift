/// A run of text that the layout shows as one paragraph, before the reader knows what it is:
/// lines up to a blank line, a footnote block, or a line that starts a new numbered paragraph.
struct RawBlock {
    var text: MappedText
}

/// Cuts the body lines of a file into `RawBlock`s.
///
/// A block ends at a blank line or a footnote block; and, without either, where the grammar of a
/// resolution says a new paragraph starts: after a line that ends as a paragraph ends (`,` `;`
/// `:` `.`, or a footnote marker after them), a line that opens with a paragraph number or
/// label, or with a preambular or operative opener (`ParagraphGrammar`). This splits texts with
/// no blank lines between paragraphs and keeps cited titles whole.
///
/// `silent` lines (page furniture, notes printed at a page's foot) are skipped without ending a
/// block, and so are the blank lines around them: a page break is not a paragraph break.
///
/// A paragraph number alone on a line (`1.`), as a PDF extraction displaces it, is given to the
/// operative paragraph it belongs to: the one whose first line stands just before it when that
/// line opens an operative paragraph still without a number, else the next one.
enum RawBlockReader {
    static func read(
        _ source: SourceText, lines range: Range<Int>, skipping consumed: Set<Int>, silent: Set<Int> = [],
        bodyEnds: [Int: Int] = [:], markdown: Bool = false
    ) -> [RawBlock] {
        var blocks: [RawBlock] = []
        var current: RawBlock?
        /// The file lines (0-based, with their columns) of the current block, to rebuild it with
        /// a displaced number in front.
        var currentLines: [(index: Int, columns: Range<Int>)] = []
        var currentOpensOperative = false
        var currentHasNumber = false
        var pendingNumber: (index: Int, columns: Range<Int>)?
        var previousLine: [Unicode.Scalar] = []
        var brokenByBlank = true
        var brokenByNotes = false
        var blankRunHasSilent = false
        func close() {
            if let block = current { blocks.append(block) }
            current = nil
            currentLines = []
        }
        var spans: [(index: Int, columns: Range<Int>?)] = []
        for index in range {
            guard !silent.contains(index), !consumed.contains(index) else {
                spans.append((index, nil))
                continue
            }
            let line = bodyEnds[index].map { Array(source.lines[index][..<$0]) } ?? source.lines[index]
            var from = 0
            for point in ParagraphGrammar.paragraphStarts(within: line) {
                spans.append((index, from..<point))
                from = point
            }
            spans.append((index, from..<line.count))
        }
        for (index, span) in spans {
            if silent.contains(index) {
                blankRunHasSilent = true
                continue
            }
            guard let span else {
                brokenByNotes = true
                continue
            }
            // The columns of `line` below are counted from `offset` in the file line.
            let offset = span.lowerBound
            let original = Array(source.lines[index][span])
            let pieces = markdown ? MarkdownMarkup.textPieces(of: original) : [0..<original.count]
            // In Markdown the words are read without their markup, and a line of markup alone
            // (`<!-- … -->`) ends a block as a blank line does.
            let line = pieces == [0..<original.count] ? original : pieces.flatMap { original[$0] }
            let start = TextPatterns.skipSpaces(line)
            guard start < line.count else {
                brokenByBlank = true
                continue
            }
            if blankRunHasSilent, !brokenByNotes { brokenByBlank = false }
            blankRunHasSilent = false
            if let columns = Self.loneNumber(line, at: start) {
                if current != nil, currentLines.count == 1, currentOpensOperative, !currentHasNumber {
                    // The number printed after its paragraph's first line: put it in front.
                    let first = currentLines[0]
                    var text = MappedText()
                    let fileColumns = (columns.lowerBound + offset)..<(columns.upperBound + offset)
                    text.appendLine(source.lines[index], lineNumber: index + 1, columns: fileColumns)
                    text.appendLine(source.lines[first.index], lineNumber: first.index + 1, columns: first.columns)
                    current = RawBlock(text: text)
                    currentLines.insert((index, fileColumns), at: 0)
                    currentHasNumber = true
                } else {
                    pendingNumber = (index, (columns.lowerBound + offset)..<(columns.upperBound + offset))
                }
                continue
            }
            let startsParagraph =
                TextPatterns.paragraphNumber(line, at: start) != nil
                || TextPatterns.subparagraphLabel(line, at: start) != nil
            let previousEnds = TextPatterns.endsWithTerminator(previousLine)
            let previousIsHeadingNumber =
                previousLine.count < 16
                && TextPatterns.headingNumber(Array(previousLine[TextPatterns.skipSpaces(previousLine)...]))
                && TextPatterns.wordCount(previousLine) == 1
            let opening = ParagraphGrammar.opening(of: line, at: start)
            let afterColon = previousLine.last(where: { !$0.isSpace }) == ":"
            let indentedNewParagraph =
                previousEnds && !previousIsHeadingNumber && line[start].isUpper
                && start > 0
            let opensByGrammar = previousEnds && opening != nil && (!afterColon || opening == .operative)
            let standsAlone =
                Self.standsAlone(line, at: start) || Self.standsAlone(previousLine, at: 0)
                || (line[start...].prefix(12).contains("/")
                    && ResolutionParser.resolutionNumber(Array(line[start...])) != nil)
            let newBlock =
                current == nil || brokenByBlank || brokenByNotes || (startsParagraph && previousEnds)
                || indentedNewParagraph || opensByGrammar || standsAlone || pendingNumber != nil
            if newBlock {
                close()
                var text = MappedText()
                currentHasNumber = TextPatterns.paragraphNumber(line, at: start) != nil
                if let number = pendingNumber, !currentHasNumber {
                    text.appendLine(source.lines[number.index], lineNumber: number.index + 1, columns: number.columns)
                    currentLines.append(number)
                    currentHasNumber = true
                }
                pendingNumber = nil
                current = RawBlock(text: text)
                currentOpensOperative = opening == .operative
            }
            for (position, piece) in pieces.enumerated() where piece.lowerBound < original.count {
                let columns = (piece.lowerBound + offset)..<(min(piece.upperBound, original.count) + offset)
                current?.text.appendLine(
                    source.lines[index], lineNumber: index + 1, columns: columns, joined: position > 0,
                    continued: position < pieces.count - 1)
            }
            currentLines.append((index, span))
            previousLine = line
            brokenByBlank = false
            brokenByNotes = false
        }
        close()
        return blocks
    }

    /// `12.` alone on a line: the columns of the number and its full stop.
    static func loneNumber(_ line: [Unicode.Scalar], at start: Int) -> Range<Int>? {
        var end = start
        while end < line.count, line[end].isDigit, end - start < 3 { end += 1 }
        guard end > start, line[start] != "0", end < line.count, line[end] == "." else { return nil }
        guard TextPatterns.skipSpaces(line, from: end + 1) == line.count else { return nil }
        return start..<(end + 1)
    }

    /// The organ's formula, the meeting line and a document symbol alone are blocks of their own
    /// even without blank lines.
    private static func standsAlone(_ line: [Unicode.Scalar], at start: Int) -> Bool {
        var end = line.count
        while end > start, line[end - 1].isSpace { end -= 1 }
        let content = line[min(start, end)..<end]
        if BlockShape.adoption(content) != nil { return true }
        // A document symbol alone ("A/RES/58/140"), and the numbered title ("58/140. …").
        if PageFurniture.isSymbol(Array(content)) { return true }
        guard content.count < 40, content.starts(with: "The ".unicodeScalars) else { return false }
        let text = String(scalars: content)
        return Organ.allCases.contains { text == "The \($0.name)," || text == "The \($0.name)" }
    }
}
