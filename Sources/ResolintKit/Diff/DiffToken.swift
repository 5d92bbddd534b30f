/// A word of a paragraph as the diff compares it. Citations and dates stay whole
/// ("57/173", "1373 (2001)", "18 December 2002"); punctuation after a word is a token of its own.
public struct DiffToken: Hashable, Sendable {
    /// The token as written.
    public let text: String
    /// What is compared: hyphens and quotation marks unified, so that a non-breaking hyphen or a
    /// curly quote from a PDF matches its plain form.
    public let key: String
    /// True when the token is a resolution number, a date, a year or a session ordinal: the
    /// kinds of word an annual rollover updates.
    public let kind: Kind

    public enum Kind: String, Sendable {
        case word, punctuation, resolutionNumber, date, year, sessionOrdinal, number
    }

    init(_ text: String) {
        self.text = text
        key = DiffToken.normalize(text)
        kind = DiffToken.classify(text)
    }

    static func normalize(_ text: String) -> String {
        if text.utf8.allSatisfy({ $0 < 0x80 }) { return text }
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for character in text {
            switch character {
            case "\u{2010}", "\u{2011}", "\u{2012}": out.append("-")
            case "‘", "’": out.append("'")
            case "“", "”": out.append("\"")
            case "\u{A0}": out.append(" ")
            default: out.append(character)
            }
        }
        return out
    }

    static let ordinals: Set<String> = {
        let units = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth"]
        let tens = [
            "twentieth", "thirtieth", "fortieth", "fiftieth", "sixtieth", "seventieth", "eightieth", "ninetieth",
        ]
        let tensStems = ["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
        var words = Set(
            units + tens + [
                "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth",
                "sixteenth", "seventeenth", "eighteenth", "nineteenth", "hundredth",
            ])
        for stem in tensStems {
            for unit in units { words.insert("\(stem)-\(unit)") }
        }
        return words
    }()

    static func classify(_ text: String) -> Kind {
        var digits = 0
        var letters = 0
        var space = false
        var slash = false
        var other = false
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): digits += 1
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"): letters += 1
            case UInt8(ascii: " "): space = true
            case UInt8(ascii: "/"): slash = true
            case UInt8(ascii: "-"): break
            default: other = true
            }
        }
        let count = text.utf8.count
        if count == 1, let byte = text.utf8.first, ",;:.!?".utf8.contains(byte) { return .punctuation }
        if space { return text.contains("(") ? .resolutionNumber : (digits > 0 ? .date : .word) }
        if digits == 0 {
            // Ordinals end in "th", "st", "nd" or "rd"; look them up only then.
            guard letters >= 5, let last = text.utf8.last,
                last == UInt8(ascii: "h") || last == UInt8(ascii: "t")
                    || last == UInt8(ascii: "d")
            else { return .word }
            return ordinals.contains(normalize(text).lowercased()) ? .sessionOrdinal : .word
        }
        if slash, digits >= 2, !other { return .resolutionNumber }
        if digits == count { return count == 4 && (text.hasPrefix("19") || text.hasPrefix("20")) ? .year : .number }
        return .word
    }
}

/// Cuts a paragraph's text into `DiffToken`s.
enum DiffTokenizer {
    static let months = Set(UNDate.months)

    static let abbreviations: Set<Substring> = ["No.", "para.", "paras.", "vol.", "sect.", "chap.", "art.", "Nos."]

    static func tokens(_ text: String) -> [DiffToken] {
        // Words are cut at spaces, tabs and line ends, and their trailing punctuation split off,
        // all on the UTF-8 bytes: these are ASCII, so a cut never falls inside a character.
        func isSeparator(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x0A || byte == 0x09 }
        func isPunctuation(_ byte: UInt8) -> Bool {
            switch byte {
            case UInt8(ascii: ","), UInt8(ascii: ";"), UInt8(ascii: ":"), UInt8(ascii: "."), UInt8(ascii: "!"),
                UInt8(ascii: "?"):
                true
            default: false
            }
        }
        let utf8 = text.utf8
        var pieces: [Substring] = []
        var index = utf8.startIndex
        while index < utf8.endIndex {
            while index < utf8.endIndex, isSeparator(utf8[index]) { index = utf8.index(after: index) }
            let start = index
            while index < utf8.endIndex, !isSeparator(utf8[index]) { index = utf8.index(after: index) }
            guard start < index else { break }
            var end = index
            var trailing: [Substring] = []
            // Strip while more than one character is left, or once from a lone mark.
            while end > start, isPunctuation(utf8[utf8.index(before: end)]),
                text.unicodeScalars.index(after: start) < end || trailing.isEmpty
            {
                // "No." and "para." keep their full stop: an abbreviation, not an end of sentence.
                let last = utf8.index(before: end)
                if utf8[last] == UInt8(ascii: "."), abbreviations.contains(text[start..<end]) { break }
                trailing.insert(text[last..<end], at: 0)
                end = last
            }
            if start < end { pieces.append(text[start..<end]) }
            pieces += trailing
        }
        var merged: [String] = []
        var piece = 0
        while piece < pieces.count {
            // "18 December 2002" → one token.
            if piece + 2 < pieces.count, let day = Int(pieces[piece]), (1...31).contains(day),
                months.contains(String(pieces[piece + 1])), pieces[piece + 2].utf8.count == 4,
                Int(pieces[piece + 2]) != nil
            {
                merged.append("\(pieces[piece]) \(pieces[piece + 1]) \(pieces[piece + 2])")
                piece += 3
                continue
            }
            // "1373 (2001)" → one token.
            if piece + 1 < pieces.count, Int(pieces[piece]) != nil, pieces[piece + 1].hasPrefix("("),
                pieces[piece + 1].hasSuffix(")"), pieces[piece + 1].count == 6
            {
                merged.append("\(pieces[piece]) \(pieces[piece + 1])")
                piece += 2
                continue
            }
            merged.append(String(pieces[piece]))
            piece += 1
        }
        return merged.map(DiffToken.init)
    }
}
