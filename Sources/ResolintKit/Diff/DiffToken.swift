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

    public enum Kind: Sendable {
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

    static func tokens(_ text: String) -> [DiffToken] {
        var pieces: [String] = []
        for word in text.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\t" }) {
            var core = Substring(word)
            var trailing: [String] = []
            while let last = core.last, ",;:.!?".contains(last), core.count > 1 || trailing.isEmpty {
                // "No." and "para." keep their full stop: an abbreviation, not an end of sentence.
                if last == ".",
                    ["No.", "para.", "paras.", "vol.", "sect.", "chap.", "art.", "Nos."].contains(String(core))
                {
                    break
                }
                trailing.insert(String(last), at: 0)
                core = core.dropLast()
                if core.isEmpty { break }
            }
            if !core.isEmpty { pieces.append(String(core)) }
            pieces += trailing
        }
        var merged: [String] = []
        var index = 0
        while index < pieces.count {
            // "18 December 2002" → one token.
            if index + 2 < pieces.count, let day = Int(pieces[index]), (1...31).contains(day),
                months.contains(pieces[index + 1]), pieces[index + 2].count == 4, Int(pieces[index + 2]) != nil
            {
                merged.append("\(pieces[index]) \(pieces[index + 1]) \(pieces[index + 2])")
                index += 3
                continue
            }
            // "1373 (2001)" → one token.
            if index + 1 < pieces.count, Int(pieces[index]) != nil, pieces[index + 1].count == 6,
                pieces[index + 1].hasPrefix("("), pieces[index + 1].hasSuffix(")")
            {
                merged.append("\(pieces[index]) \(pieces[index + 1])")
                index += 2
                continue
            }
            merged.append(pieces[index])
            index += 1
        }
        return merged.map(DiffToken.init)
    }
}
