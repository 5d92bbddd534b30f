/// A word of a paragraph as the diff compares it. Citations and dates stay whole
/// ("57/173", "1373 (2001)", "18 December 2002"); punctuation after a word is a token of its own.
/// A word is a resolution number or a date only when the citation grammar reads it as one.
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

    /// `ascii` says the text is ASCII alone, when the caller knows: nothing then needs
    /// normalizing.
    init(_ text: String, kind: Kind? = nil, ascii: Bool = false) {
        self.text = text
        key = ascii ? text : DiffToken.normalize(text)
        self.kind = kind ?? DiffToken.classify(text)
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

    /// Session ordinals as words ("fifty-eighth"), from the one table of ordinal words.
    static let ordinals: Set<String> = Set((1..<100).map(Ordinal.word) + ["hundredth"])

    static func classify(_ text: String) -> Kind {
        var digits = 0
        var letters = 0
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): digits += 1
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"): letters += 1
            default: break
            }
        }
        let count = text.utf8.count
        if count == 1, let byte = text.utf8.first, ",;:.!?".utf8.contains(byte) { return .punctuation }
        if digits == 0 {
            // Ordinals end in "th", "st", "nd" or "rd"; look them up only then.
            let utf8 = text.utf8
            guard letters >= 5, count >= 2 else { return .word }
            let last = utf8[utf8.index(before: utf8.endIndex)]
            let before = utf8[utf8.index(utf8.endIndex, offsetBy: -2)]
            switch (before, last) {
            case (UInt8(ascii: "t"), UInt8(ascii: "h")), (UInt8(ascii: "s"), UInt8(ascii: "t")),
                (UInt8(ascii: "n"), UInt8(ascii: "d")), (UInt8(ascii: "r"), UInt8(ascii: "d")):
                break
            default: return .word
            }
            return ordinals.contains(normalize(text).lowercased()) ? .sessionOrdinal : .word
        }
        if digits == count { return count == 4 && (text.hasPrefix("19") || text.hasPrefix("20")) ? .year : .number }
        return .word
    }
}

/// Cuts a paragraph's text into `DiffToken`s. The citations and dates the citation grammar
/// reads (`CitedText`) stay whole, however they are written ("57/173", "31/16 A", "1373
/// (2001)", "18 December 2002", "from 18 to 25 April 2005" → "18 to 25 April 2005" one token).
enum DiffTokenizer {
    static let abbreviations: Set<String> = ["No.", "para.", "paras.", "vol.", "sect.", "chap.", "art.", "Nos."]

    static func tokens(_ text: String) -> [DiffToken] {
        tokenRanges(text).map(\.token)
    }

    /// The tokens with the Unicode-scalar offsets of the text each was cut from.
    static func tokenRanges(_ text: String) -> [(token: DiffToken, range: Range<Int>)] {
        let scan = ScalarScan(text)
        let scalars = scan.scalars
        // A token's text is cut from the UTF-8 bytes: the offset of each scalar's first byte.
        let bytes = Array(text.utf8)
        var byteOffsets = [Int](repeating: 0, count: scalars.count + 1)
        for (index, scalar) in scalars.enumerated() {
            byteOffsets[index + 1] = byteOffsets[index] + UTF8.width(scalar)
        }
        func cut(_ range: Range<Int>) -> String {
            String(decoding: bytes[byteOffsets[range.lowerBound]..<byteOffsets[range.upperBound]], as: UTF8.self)
        }
        // A piece as many bytes long as it has scalars is ASCII.
        func isASCII(_ range: Range<Int>) -> Bool {
            byteOffsets[range.upperBound] - byteOffsets[range.lowerBound] == range.count
        }
        // Words are cut at spaces, tabs and line ends, and their trailing punctuation split off.
        func isSeparator(_ scalar: Unicode.Scalar) -> Bool { scalar == " " || scalar == "\n" || scalar == "\t" }
        func isPunctuation(_ scalar: Unicode.Scalar) -> Bool {
            switch scalar {
            case ",", ";", ":", ".", "!", "?": true
            default: false
            }
        }
        var pieces: [Range<Int>] = []
        var index = 0
        while index < scalars.count {
            while index < scalars.count, isSeparator(scalars[index]) { index += 1 }
            let start = index
            while index < scalars.count, !isSeparator(scalars[index]) { index += 1 }
            guard start < index else { break }
            var end = index
            var trailing: [Range<Int>] = []
            // Strip while more than one character is left, or once from a lone mark.
            while end > start, isPunctuation(scalars[end - 1]), end - start > 1 || trailing.isEmpty {
                // "No." and "para." keep their full stop: an abbreviation, not an end of sentence.
                if scalars[end - 1] == ".", abbreviations.contains(cut(start..<end)) { break }
                trailing.insert((end - 1)..<end, at: 0)
                end -= 1
            }
            if start < end { pieces.append(start..<end) }
            pieces += trailing
        }
        // The citations' numbers and the dates, as spans to keep whole.
        var spans: [(range: Range<Int>, kind: DiffToken.Kind)] = []
        if scalars.contains(where: ScalarScan.isDigit) {
            let cited = CitedText(scan, organ: .generalAssembly)
            spans = cited.citations.map { ($0.range, .resolutionNumber) } + cited.dates.map { ($0.range, .date) }
            spans.sort { $0.range.lowerBound < $1.range.lowerBound }
        }
        var tokens: [(token: DiffToken, range: Range<Int>)] = []
        var piece = 0
        var span = 0
        while piece < pieces.count {
            let range = pieces[piece]
            while span < spans.count, spans[span].range.upperBound <= range.lowerBound { span += 1 }
            if span < spans.count, spans[span].range.lowerBound == range.lowerBound {
                var last = piece
                while last + 1 < pieces.count, pieces[last + 1].lowerBound < spans[span].range.upperBound { last += 1 }
                let whole = range.lowerBound..<pieces[last].upperBound
                tokens.append((DiffToken(cut(whole), kind: spans[span].kind, ascii: isASCII(whole)), whole))
                piece = last + 1
                continue
            }
            tokens.append((DiffToken(cut(range), ascii: isASCII(range)), range))
            piece += 1
        }
        return tokens
    }
}
