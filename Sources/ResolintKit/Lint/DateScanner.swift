/// Finds the dates of a text by its words rather than a regular expression: "18 December 2002",
/// and the wrong forms drafts have — "December 18, 2002", "18th Dec. 2002", "08 May 2006",
/// "18 December, 2002".
enum DateScanner {
    /// A date as written.
    struct WrittenDate {
        let range: Range<String.Index>
        let day: Int
        /// 1…12.
        let month: Int
        let year: Int
        /// True for the one right form: day without zero or suffix, month in full, no comma.
        let isStandard: Bool
    }

    private struct Word {
        let text: Substring
        let range: Range<String.Index>
    }

    /// The first three letters of every month: a text without one of them holds no date.
    static let monthStems = UNDate.months.map { String($0.prefix(3)) }

    static func dates(in text: String) -> [WrittenDate] {
        guard monthStems.contains(where: { text.containsBytes($0) }) else { return [] }
        // Words are runs between spaces, cut on the UTF-8 bytes (a space is one byte).
        let utf8 = text.utf8
        var words: [Word] = []
        var index = utf8.startIndex
        while index < utf8.endIndex {
            while index < utf8.endIndex, utf8[index] == 0x20 { index = utf8.index(after: index) }
            let start = index
            while index < utf8.endIndex, utf8[index] != 0x20 { index = utf8.index(after: index) }
            if start < index { words.append(Word(text: text[start..<index], range: start..<index)) }
        }
        var dates: [WrittenDate] = []
        var position = 0
        while position + 2 < words.count {
            // A date starts with a digit (day first) or a capital (month first): a byte says which.
            let lead = utf8[words[position].range.lowerBound]
            var date: WrittenDate?
            if (0x30...0x39).contains(lead) {
                date = dayMonthYear(words[position], words[position + 1], words[position + 2])
            } else if (0x41...0x5A).contains(lead), words[position + 1].text.utf8.last == UInt8(ascii: ",") {
                date = monthDayYear(words[position], words[position + 1], words[position + 2])
            }
            if let date {
                dates.append(date)
                position += 3
            } else {
                position += 1
            }
        }
        return dates
    }

    /// "18 December 2002", "18th Dec. 2002", "08 December, 2002".
    private static func dayMonthYear(_ first: Word, _ second: Word, _ third: Word) -> WrittenDate? {
        let dayDigits = first.text.prefix { $0.isASCII && $0.isNumber }
        let suffix = first.text.dropFirst(dayDigits.count)
        guard (1...2).contains(dayDigits.count), suffix.isEmpty || ["st", "nd", "rd", "th"].contains(suffix),
            let day = Int(dayDigits)
        else { return nil }
        var monthWord = second.text
        let comma = monthWord.hasSuffix(",")
        if comma { monthWord = monthWord.dropLast() }
        guard let (month, full) = self.month(monthWord), let (year, yearEnd) = self.year(third) else { return nil }
        let standard = suffix.isEmpty && !dayDigits.hasPrefix("0") && full && !comma
        return WrittenDate(
            range: first.range.lowerBound..<yearEnd, day: day, month: month, year: year, isStandard: standard)
    }

    /// "December 18, 2002".
    private static func monthDayYear(_ first: Word, _ second: Word, _ third: Word) -> WrittenDate? {
        guard let (month, _) = self.month(first.text), second.text.hasSuffix(",") else { return nil }
        let dayText = second.text.dropLast()
        let digits = dayText.prefix { $0.isASCII && $0.isNumber }
        let suffix = dayText.dropFirst(digits.count)
        guard (1...2).contains(digits.count), suffix.isEmpty || ["st", "nd", "rd", "th"].contains(suffix),
            let day = Int(digits), let (year, yearEnd) = self.year(third)
        else { return nil }
        return WrittenDate(
            range: first.range.lowerBound..<yearEnd, day: day, month: month, year: year, isStandard: false)
    }

    /// The month a word names, and whether it is written in full.
    private static func month(_ word: Substring) -> (Int, Bool)? {
        if let index = UNDate.months.firstIndex(where: { $0 == word }) { return (index + 1, true) }
        let stem = word.hasSuffix(".") ? word.dropLast() : word
        guard stem.count >= 3, stem.first?.isUppercase == true else { return nil }
        if let index = UNDate.months.firstIndex(where: { $0.hasPrefix(stem) && $0 != String(stem) }) {
            return stem == "Sept" || stem.count == 3 ? (index + 1, false) : nil
        }
        return nil
    }

    /// A four-digit year from 1900 to 2099 at the start of the word, and where it ends.
    private static func year(_ word: Word) -> (Int, String.Index)? {
        let digits = word.text.prefix { $0.isASCII && $0.isNumber }
        guard digits.count == 4, let year = Int(digits), (1900...2099).contains(year) else { return nil }
        return (year, digits.endIndex)
    }
}
