/// Finds footnote markers in paragraph text and takes them out, recording where they stood.
///
/// Markers come as `[^k]`, or as bare digits that PDF extraction glued to the text: after
/// punctuation (`Processes,1`, `57/173;4`), after a word (`Treaty1`), after a year
/// (`of 19721` = 1972 + marker 1), or standing alone (`Weapons 1 on`). Bare digits are only read
/// as a marker when they are the next note not yet referenced (or, after punctuation, a note
/// already referenced), so that numbers in the text are left alone.
struct MarkerScanner {
    private let order: [String]
    private let known: Set<String>
    private var referenced: Set<String> = []
    /// The first note in `order` not referenced yet.
    private var nextIndex = 0

    init(markers: [String]) {
        order = markers
        known = Set(markers)
    }

    private var expected: String? { nextIndex < order.count ? order[nextIndex] : nil }

    private mutating func markReferenced(_ marker: String) {
        referenced.insert(marker)
        while nextIndex < order.count, referenced.contains(order[nextIndex]) { nextIndex += 1 }
    }

    mutating func scan(_ paragraph: inout DraftParagraph) {
        var found: [(marker: String, bounds: Range<Int>)] = []
        let scalars = paragraph.text.scalars
        var index = 0
        while index < scalars.count {
            // Only a bracket or a digit can start a marker.
            let scalar = scalars[index]
            if scalar != "[", !scalar.isDigit {
                index += 1
                continue
            }
            if let (marker, start, end) = match(scalars, at: index) {
                found.append((marker, start..<end))
                markReferenced(marker)
                index = end
                continue
            }
            index += 1
        }
        guard !found.isEmpty else { return }
        let ranges = found.map { paragraph.text.range(of: $0.bounds) }
        let offsets = paragraph.text.remove(found.map(\.bounds))
        paragraph.footnoteRefs = found.indices.map {
            FootnoteReference(marker: found[$0].marker, offset: offsets[$0], range: ranges[$0])
        }
    }

    private func match(_ text: [Unicode.Scalar], at index: Int) -> (marker: String, start: Int, end: Int)? {
        if text[index] == "[", index + 1 < text.count, text[index + 1] == "^" {
            var end = index + 2
            while end < text.count, text[end] != "]", end - index < 12 { end += 1 }
            guard end < text.count, text[end] == "]", end > index + 2 else { return nil }
            return (String(scalars: text[(index + 2)..<end]), index, end + 1)
        }
        guard text[index].isDigit, index > 0, !text[index - 1].isDigit else { return nil }
        var end = index
        while end < text.count, text[end].isDigit { end += 1 }
        if end < text.count, !Self.canFollowMarker(text, at: end) { return nil }
        let digits = String(scalars: text[index..<end])
        let before = text[index - 1]
        if ",;:.)”’\"".unicodeScalars.contains(before) {
            let numberBefore = index >= 2 && text[index - 2].isDigit && (before == "," || before == ".")
            if numberBefore, digits.count == 3 { return nil }
            if numberBefore, before == "." { return nil }
            // "A.2" in a symbol: a full stop ends a sentence after a lower-case word or a bracket.
            if before == ".", index >= 2, text[index - 2].properties.isUppercase { return nil }
            if digits == expected || (known.contains(digits) && referenced.contains(digits)) {
                return (digits, index, end)
            }
            return nil
        }
        guard let expected else { return nil }
        if before.properties.isLowercase, digits == expected { return (digits, index, end) }
        if digits.count == 4 + expected.count, digits.hasSuffix(expected), Self.isYear(digits.prefix(4)),
            index == 0 || !"/-".unicodeScalars.contains(before)
        {
            return (expected, end - expected.unicodeScalars.count, end)
        }
        if before == " ", digits == expected, index >= 2, !text[index - 2].isDigit,
            !BlockShape.referenceWords.contains(TextPatterns.wordBefore(text, at: index)),
            !Self.followedByQuantity(text, from: end)
        {
            return (digits, index, end)
        }
        return nil
    }

    private static func isYear(_ digits: Substring) -> Bool {
        guard let year = Int(digits) else { return false }
        return (1900...2099).contains(year)
    }

    private static func canFollowMarker(_ text: [Unicode.Scalar], at index: Int) -> Bool {
        let next = text[index]
        if next == " " { return true }
        return ",;:.)".unicodeScalars.contains(next)
            && (index + 1 == text.count || text[index + 1] == " " || text[index + 1] == "”")
    }

    /// True when the word after a bare number makes it a quantity or a date ("5 years", "1 January").
    private static func followedByQuantity(_ text: [Unicode.Scalar], from index: Int) -> Bool {
        var start = index
        while start < text.count, text[start] == " " { start += 1 }
        var end = start
        while end < text.count, text[end].properties.isAlphabetic || text[end] == "%" { end += 1 }
        let word = String(scalars: text[start..<end]).lowercased()
        let units: Set<String> = [
            "per", "percent", "%", "years", "year", "months", "month", "days", "day", "weeks", "week", "hours",
            "million", "billion", "thousand", "hundred", "times", "countries", "states", "members", "persons",
            "people",
        ]
        if start < text.count, text[start].isDigit { return false }
        return units.contains(word) || UNDate.months.map { $0.lowercased() }.contains(word)
    }
}
