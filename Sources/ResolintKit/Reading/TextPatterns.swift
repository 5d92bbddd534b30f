/// Small matchers for the shapes a resolution's lines take, working on Unicode scalars so that
/// an index is a column.
package enum TextPatterns {
    /// Words after which a line cannot end a paragraph: a page break or wrap split it.
    static let connectors: Set<String> = [
        "a", "an", "the", "of", "and", "or", "in", "to", "for", "on", "by", "at", "from", "with", "as",
        "that", "which", "its", "their", "between", "among", "under", "including", "into", "upon", "this",
        "these", "those", "is", "are", "be", "such", "also", "both", "all", "other", "not", "than", "per",
    ]

    /// The index of the first character that is not a space or tab, at or after `start`.
    static func skipSpaces(_ text: [Unicode.Scalar], from start: Int = 0) -> Int {
        var index = start
        while index < text.count, text[index].isSpace { index += 1 }
        return index
    }

    /// A paragraph number such as `12. ` at `start`: the number and the index of the text after it.
    static func paragraphNumber(_ text: [Unicode.Scalar], at start: Int) -> (number: String, body: Int)? {
        var index = start
        while index < text.count, text[index].isDigit, index - start < 3 { index += 1 }
        guard index > start, index + 1 < text.count, text[index] == ".", text[index + 1].isSpace,
            text[start] != "0"
        else { return nil }
        let body = skipSpaces(text, from: index + 1)
        guard body < text.count else { return nil }
        return (String(scalars: text[start..<index]), body)
    }

    /// A subparagraph label such as `(a) ` or `(iv) ` at `start`.
    static func subparagraphLabel(_ text: [Unicode.Scalar], at start: Int) -> (label: String, body: Int)? {
        guard start < text.count, text[start] == "(" else { return nil }
        var index = start + 1
        while index < text.count, ("a"..."z").contains(text[index]), index - start <= 5 { index += 1 }
        guard index > start + 1, index + 1 < text.count, text[index] == ")", text[index + 1].isSpace else {
            return nil
        }
        let inner = String(scalars: text[(start + 1)..<index])
        guard inner.count <= 2 || isRoman(inner) else { return nil }
        let body = skipSpaces(text, from: index + 1)
        guard body < text.count else { return nil }
        return ("(\(inner))", body)
    }

    /// Lower-case Roman numerals i to xxxix.
    static func isRoman(_ text: String) -> Bool {
        romanValue(text) != nil
    }

    static func romanValue(_ text: String) -> Int? {
        let values: [Character: Int] = ["i": 1, "v": 5, "x": 10, "l": 50, "c": 100]
        var total = 0
        var previous = 0
        for character in text.reversed() {
            guard let value = values[character] else { return nil }
            if value < previous { total -= value } else { total += value }
            previous = max(previous, value)
        }
        guard total > 0, roman(total) == text else { return nil }
        return total
    }

    /// Lower-case Roman numerals, up to 3,999.
    package static func roman(_ number: Int) -> String {
        let table: [(Int, String)] = [
            (1000, "m"), (900, "cm"), (500, "d"), (400, "cd"), (100, "c"), (90, "xc"), (50, "l"), (40, "xl"),
            (10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i"),
        ]
        var rest = number
        var result = ""
        for (value, letters) in table {
            while rest >= value {
                result += letters
                rest -= value
            }
        }
        return result
    }

    /// The label of the `index`-th (0-based) letter subparagraph: a…z, then aa, bb…
    package static func letterLabel(_ index: Int) -> String {
        let letter = Character(Unicode.Scalar(UInt8(97 + index % 26)))
        return String(repeating: letter, count: index / 26 + 1)
    }

    /// True for a line of underscores, the rule above a footnote block in a PDF extraction.
    static func isFootnoteRule(_ line: [Unicode.Scalar]) -> Bool {
        let content = line.filter { !$0.isSpace }
        return content.count >= 5 && content.allSatisfy { $0 == "_" }
    }

    /// True for a Markdown thematic break (`---`, `***`).
    static func isThematicBreak(_ line: [Unicode.Scalar]) -> Bool {
        let content = line.filter { !$0.isSpace }
        return content.count >= 3 && (content.allSatisfy { $0 == "-" } || content.allSatisfy { $0 == "*" })
    }

    /// True when the text ends as a paragraph ends: with `,` `;` `:` `.` `!` or `?`, possibly
    /// followed by a closing quote or bracket and a footnote marker (`Processes,1`, `Treaty;[^4]`).
    static func endsWithTerminator(_ text: [Unicode.Scalar]) -> Bool {
        var end = text.count
        while end > 0, text[end - 1].isSpace { end -= 1 }
        if end >= 4, text[end - 1] == "]" {
            var open = end - 1
            while open > 0, text[open] != "[" { open -= 1 }
            if open + 1 < end, text[open + 1] == "^" { end = open }
        }
        var digits = end
        while digits > 0, text[digits - 1].isDigit, end - digits < 3 { digits -= 1 }
        if digits < end, digits > 0, ",;:.)”’\"".unicodeScalars.contains(text[digits - 1]) { end = digits }
        // A marker standing alone after the punctuation: "…the third Conference, 15".
        if digits < end, digits > 1, text[digits - 1] == " ", ",;:.".unicodeScalars.contains(text[digits - 2]) {
            end = digits - 1
        }
        while end > 0, ")]”’\"".unicodeScalars.contains(text[end - 1]) { end -= 1 }
        guard end > 0 else { return false }
        return ",;:.!?".unicodeScalars.contains(text[end - 1])
    }

    /// The last word of the text, lower-cased.
    static func lastWord(_ text: [Unicode.Scalar]) -> String {
        var end = text.count
        while end > 0, !text[end - 1].isLetter { end -= 1 }
        return word(text, endingAt: end)
    }

    /// Abbreviations that a number follows: "No. 5", "para. 7", "vol. 3".
    static let abbreviations: Set<String> = ["no", "nos", "para", "paras", "vol", "sect", "chap", "art", "p", "pp"]

    /// The word just before `index`, past spaces only, lower-cased; "" when a number or
    /// punctuation stands there instead. After a full stop only an abbreviation counts.
    static func wordBefore(_ text: [Unicode.Scalar], at index: Int) -> String {
        var end = index
        while end > 0, text[end - 1].isSpace { end -= 1 }
        guard end > 0, text[end - 1] == "." else { return word(text, endingAt: end) }
        let abbreviation = word(text, endingAt: end - 1)
        return abbreviations.contains(abbreviation) ? abbreviation : ""
    }

    private static func word(_ text: [Unicode.Scalar], endingAt end: Int) -> String {
        var start = end
        while start > 0, text[start - 1].isLetter { start -= 1 }
        return String(scalars: text[start..<end]).lowercased()
    }

    static func wordCount(_ text: [Unicode.Scalar]) -> Int {
        var count = 0
        var inWord = false
        for scalar in text {
            if scalar.isSpace {
                inWord = false
            } else if !inWord {
                inWord = true
                count += 1
            }
        }
        return count
    }

    /// True when the first letter of the text is lower case (a page-break continuation).
    static func startsLowercase(_ text: [Unicode.Scalar]) -> Bool {
        guard let first = text.first(where: { !"“‘\"(".unicodeScalars.contains($0) }) else { return false }
        return first.isLower
    }

    /// A Roman-numeral or capital-letter heading number such as `II.` or `B.` at the start.
    static func headingNumber(_ text: [Unicode.Scalar]) -> Bool {
        var index = 0
        while index < text.count, "IVXLC".unicodeScalars.contains(text[index]) { index += 1 }
        if index == 0, !text.isEmpty, text[0].isUpper { index = 1 }
        return index > 0 && index < text.count && text[index] == "."
            && (index + 1 == text.count || text[index + 1].isSpace)
    }
}
