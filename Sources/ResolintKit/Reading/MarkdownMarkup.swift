/// The markup of a Markdown text that is not its words: emphasis delimiters (`*Recalling*`,
/// `_…_`, `**…**`), backslash escapes (`1\.`) and HTML comments (`<!-- … -->`). A converter such as pandoc writes a Word
/// document's italic openers this way; the reader reads the words and sets the markup aside.
enum MarkdownMarkup {
    /// True for a file that is Markdown: named `.md` or `.markdown`, or opening with front matter.
    static func applies(to source: SourceText, frontMatterLines: Int) -> Bool {
        let path = source.path.lowercased()
        return frontMatterLines > 0 || path.hasSuffix(".md") || path.hasSuffix(".markdown")
    }

    /// The pieces of `line` (column ranges, in order) that are text, markup left out.
    static func textPieces(of line: [Unicode.Scalar]) -> [Range<Int>] {
        var markup: [Range<Int>] = []
        var index = 0
        while index < line.count {
            if line[index] == "<", index + 3 < line.count, line[index + 1] == "!", line[index + 2] == "-",
                line[index + 3] == "-"
            {
                var end = index + 4
                while end + 2 < line.count, !(line[end] == "-" && line[end + 1] == "-" && line[end + 2] == ">") {
                    end += 1
                }
                let close = end + 2 < line.count ? end + 3 : line.count
                markup.append(index..<close)
                index = close
                continue
            }
            if line[index] == "\\", index + 1 == line.count {
                // A hard line break.
                markup.append(index..<(index + 1))
                break
            }
            if line[index] == "\\", index + 1 < line.count, line[index + 1].isASCII,
                line[index + 1].properties.generalCategory.isPunctuationOrSymbol
            {
                // A backslash escape, `1\.` or `\[`: the backslash is markup, the character text.
                markup.append(index..<(index + 1))
                index += 2
                continue
            }
            guard line[index] == "*" || line[index] == "_" else {
                index += 1
                continue
            }
            var end = index
            while end < line.count, line[end] == line[index], end - index < 3 { end += 1 }
            let before: Unicode.Scalar? = index > 0 ? line[index - 1] : nil
            let after: Unicode.Scalar? = end < line.count ? line[end] : nil
            let opens = after.map { !$0.isSpace } ?? false && (before.map { !isWordCharacter($0) } ?? true)
            let closes = before.map { !$0.isSpace } ?? false && (after.map { !isWordCharacter($0) } ?? true)
            // `_` inside a word (snake_case) is a character, as CommonMark has it.
            let intraword =
                line[index] == "_" && (before.map(isWordCharacter) ?? false)
                && (after.map(isWordCharacter) ?? false)
            if (opens || closes) && !intraword { markup.append(index..<end) }
            index = end
        }
        guard !markup.isEmpty else { return [0..<line.count] }
        var pieces: [Range<Int>] = []
        var from = 0
        for range in markup {
            if range.lowerBound > from { pieces.append(from..<range.lowerBound) }
            from = range.upperBound
        }
        if from < line.count { pieces.append(from..<line.count) }
        return pieces
    }

    /// True when the line holds nothing but markup and spaces.
    static func isOnlyMarkup(_ line: [Unicode.Scalar]) -> Bool {
        textPieces(of: line).allSatisfy { line[$0].allSatisfy(\.isSpace) }
    }

    private static func isWordCharacter(_ scalar: Unicode.Scalar) -> Bool {
        scalar.isLetter || scalar.isDigit
    }
}

extension Unicode.GeneralCategory {
    /// ASCII punctuation and symbols are the characters CommonMark lets a backslash escape.
    fileprivate var isPunctuationOrSymbol: Bool {
        switch self {
        case .connectorPunctuation, .dashPunctuation, .openPunctuation, .closePunctuation, .initialPunctuation,
            .finalPunctuation, .otherPunctuation, .mathSymbol, .currencySymbol, .modifierSymbol, .otherSymbol:
            return true
        default:
            return false
        }
    }
}
