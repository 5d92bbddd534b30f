/// The small steps the citation, date and reference grammars take over a paragraph's text, held
/// as Unicode scalars so that an offset is a column: spaces of any width, digit runs, words.
struct ScalarScan {
    let scalars: [Unicode.Scalar]

    init(_ text: String) { scalars = Array(text.unicodeScalars) }

    init(_ scalars: [Unicode.Scalar]) { self.scalars = scalars }

    var count: Int { scalars.count }

    subscript(index: Int) -> Unicode.Scalar? { index >= 0 && index < scalars.count ? scalars[index] : nil }

    /// A space as a reader sees one: the plain space, tab, no-break and thin spaces.
    static func isSpace(_ scalar: Unicode.Scalar?) -> Bool {
        switch scalar?.value {
        case 0x20, 0x09, 0x0A, 0xA0, 0x2009, 0x202F, 0x2007, 0x2002, 0x2003: true
        default: false
        }
    }

    static func isDigit(_ scalar: Unicode.Scalar?) -> Bool {
        guard let value = scalar?.value else { return false }
        return (0x30...0x39).contains(value)
    }

    static func isLetter(_ scalar: Unicode.Scalar?) -> Bool { scalar?.isLetter ?? false }

    /// A hyphen or dash of any kind: "-", U+2010, U+2011, the en dash.
    static func isDash(_ scalar: Unicode.Scalar?) -> Bool {
        switch scalar?.value {
        case 0x2D, 0x2010, 0x2011, 0x2012, 0x2013: true
        default: false
        }
    }

    /// The end of the run of spaces at `index`.
    func spaces(from index: Int) -> Int {
        var end = index
        while end < scalars.count, Self.isSpace(scalars[end]) { end += 1 }
        return end
    }

    /// The start of the run of spaces that ends at `index`.
    func spaces(before index: Int) -> Int {
        var start = index
        while start > 0, Self.isSpace(scalars[start - 1]) { start -= 1 }
        return start
    }

    /// The end of the run of ASCII digits at `index`.
    func digits(from index: Int) -> Int {
        var end = index
        while end < scalars.count, Self.isDigit(scalars[end]) { end += 1 }
        return end
    }

    /// The end of the run of letters at `index`.
    func letters(from index: Int) -> Int {
        var end = index
        while end < scalars.count, scalars[end].isLetter { end += 1 }
        return end
    }

    /// The value of the digits in `range`.
    func number(_ range: Range<Int>) -> Int {
        var value = 0
        for index in range { value = value * 10 + Int(scalars[index].value - 0x30) }
        return value
    }

    func text(_ range: Range<Int>) -> String {
        String(scalars: scalars[max(0, range.lowerBound)..<min(scalars.count, range.upperBound)])
    }

    /// True when the ASCII word `word` stands at `index`, not followed by a letter.
    func hasWord(_ word: String, at index: Int) -> Bool {
        guard has(word, at: index) else { return false }
        return !Self.isLetter(self[index + word.unicodeScalars.count])
    }

    /// True when `text` stands at `index`.
    func has(_ text: String, at index: Int) -> Bool {
        var position = index
        for scalar in text.unicodeScalars {
            guard position < scalars.count, scalars[position] == scalar else { return false }
            position += 1
        }
        return true
    }

    /// True when no letter or digit stands just before `index`.
    func startsWord(_ index: Int) -> Bool {
        guard index > 0 else { return true }
        let before = scalars[index - 1]
        return !before.isLetter && !Self.isDigit(before)
    }

    /// The word that ends just before `index`, past spaces (and a comma when `comma`): its range.
    func word(before index: Int) -> Range<Int>? {
        let end = spaces(before: index)
        var start = end
        while start > 0, scalars[start - 1].isLetter { start -= 1 }
        return start < end ? start..<end : nil
    }

    /// The word that starts at `index` after spaces: its range.
    func word(after index: Int) -> Range<Int>? {
        let start = spaces(from: index)
        let end = letters(from: start)
        return start < end ? start..<end : nil
    }
}
