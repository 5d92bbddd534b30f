import Foundation

/// Reads amendments written in the UN's phrasing, one instruction a line (or a paragraph), as
/// `AmendmentWriter` writes them and as a person types them: an optional number ("1.", "(a)"),
/// then "In operative paragraph 5, replace the words “…” with the words “…”", "In the third
/// preambular paragraph, after the words “…”, insert the words “…”", "… delete the words “…”",
/// "After operative paragraph 4, insert a new operative paragraph reading: “…”", "Delete
/// operative paragraph 7", "Move operative paragraph 3 to follow operative paragraph 24",
/// "Renumber the subsequent paragraphs accordingly". Straight quotes do for curly ones; "the
/// word" for "the words".
public enum AmendmentParser {
    public static func parse(_ text: String) throws(AmendmentError) -> [Amendment] {
        var result: [Amendment] = []
        for (offset, raw) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            var line = Substring(raw).trimmingCharacters(in: .whitespaces)[...]
            guard !line.isEmpty, !line.hasPrefix("#") else { continue }
            line = dropNumbering(line)
            guard let amendment = instruction(String(line)) else {
                throw AmendmentError(instruction: offset + 1, message: "not an amendment: \"\(raw.prefix(80))\"")
            }
            result.append(amendment)
        }
        return result
    }

    /// "1. ", "12) ", "(a) ".
    static func dropNumbering(_ line: Substring) -> Substring {
        var rest = line
        if rest.first == "(", let close = rest.firstIndex(of: ")"), rest.distance(from: rest.startIndex, to: close) <= 5
        {
            rest = rest[rest.index(after: close)...]
        } else {
            let digits = rest.prefix { $0.isNumber }
            if !digits.isEmpty, let mark = rest.dropFirst(digits.count).first, mark == "." || mark == ")" {
                rest = rest.dropFirst(digits.count + 1)
            }
        }
        return rest.drop { $0 == " " }
    }

    static func instruction(_ line: String) -> Amendment? {
        let text = normalized(line)
        let lower = text.lowercased()
        if lower.hasPrefix("renumber") { return .renumber }
        if lower.hasPrefix("delete "), !lower.contains("“") {
            return target(String(text.dropFirst(7))).map { .deleteParagraph($0.target) }
        }
        if lower.hasPrefix("move ") {
            let rest = String(text.dropFirst(5))
            if let range = rest.range(of: " to follow ") {
                guard let moved = target(String(rest[..<range.lowerBound])),
                    let anchor = target(String(rest[range.upperBound...]))
                else { return nil }
                return .moveParagraph(moved.target, after: anchor.target, part: anchor.target.part)
            }
            if let range = rest.range(of: " to the beginning of ") {
                guard let moved = target(String(rest[..<range.lowerBound])) else { return nil }
                let part = partNamed(String(rest[range.upperBound...])) ?? moved.target.part
                return .moveParagraph(moved.target, after: nil, part: part)
            }
            return nil
        }
        if lower.hasPrefix("after ") || lower.hasPrefix("before "), let comma = text.firstIndex(of: ","),
            text[comma...].lowercased().contains("insert a new")
        {
            let place = String(text[text.index(text.startIndex, offsetBy: lower.hasPrefix("after ") ? 6 : 7)..<comma])
            guard let body = quoted(String(text[comma...])).first else { return nil }
            let rest = text[comma...].lowercased()
            let part: ParagraphTarget.Part =
                rest.contains("preambular") ? .preamble : (rest.contains("operative") ? .operative : .annex(0))
            if lower.hasPrefix("before ") { return .insertParagraph(after: nil, part: part, text: body) }
            guard let anchor = target(place) else { return nil }
            return .insertParagraph(after: anchor.target, part: part, text: body)
        }
        if lower.hasPrefix("in "), let comma = text.firstIndex(of: ",") {
            guard let place = target(String(text[text.index(text.startIndex, offsetBy: 3)..<comma])) else { return nil }
            let action = String(text[text.index(after: comma)...]).trimmingCharacters(in: .whitespaces)
            let quotes = quoted(action)
            let verb = action.lowercased()
            if verb.hasPrefix("replace"), quotes.count == 2 {
                return .replaceWords(place.target, words: quotes[0], with: quotes[1])
            }
            if verb.hasPrefix("delete"), quotes.count == 1 { return .deleteWords(place.target, words: quotes[0]) }
            if verb.hasPrefix("after") || verb.hasPrefix("before"), quotes.count == 2, verb.contains("insert") {
                return .insertWords(place.target, anchor: quotes[0], before: verb.hasPrefix("before"), words: quotes[1])
            }
        }
        return nil
    }

    /// Straight quotation marks turned curly, in pairs: “…”.
    static func normalized(_ line: String) -> String {
        guard line.contains("\"") else { return line }
        var out = ""
        var open = true
        for character in line {
            if character == "\"" {
                out.append(open ? "“" : "”")
                open.toggle()
            } else {
                out.append(character)
            }
        }
        return out
    }

    /// The quoted texts of an instruction: each from an opening “ to the ” that the instruction
    /// goes on after (" with the words", ", insert", the end), so that quotation marks inside a
    /// quoted text stay in it.
    static func quoted(_ text: String) -> [String] {
        var result: [String] = []
        var rest = Substring(text)
        while let open = rest.firstIndex(of: "“") {
            let after = rest[rest.index(after: open)...]
            let separators = ["” with the word", "”, insert", "” insert", "”, add"]
            let close =
                separators.compactMap { after.range(of: $0)?.lowerBound }.min()
                ?? after.lastIndex(of: "”")
            guard let close else { break }
            result.append(String(after[..<close]))
            rest = after[after.index(after: close)...]
        }
        return result
    }

    /// "operative paragraph 5", "the third preambular paragraph", "preambular paragraph 3",
    /// "paragraph 2 of the annex".
    static func target(_ text: String) -> (target: ParagraphTarget, rest: String)? {
        var words = text.trimmingCharacters(in: CharacterSet(charactersIn: " .,;:")).split(separator: " ").map {
            String($0).lowercased()
        }
        if words.first == "the" { words.removeFirst() }
        guard !words.isEmpty else { return nil }
        if words.count >= 3, let index = Ordinal.value(words[0]), words[1] == "preambular",
            words[2].hasPrefix("paragraph")
        {
            return (ParagraphTarget(part: .preamble, index: index), "")
        }
        if words.count >= 3, words[0] == "preambular", words[1] == "paragraph", let index = Int(words[2]) {
            return (ParagraphTarget(part: .preamble, index: index), "")
        }
        if words.count >= 3, let index = Ordinal.value(words[0]), words[1] == "operative" {
            return (ParagraphTarget(part: .operative, index: index, number: String(index)), "")
        }
        if words.count >= 3, words[0] == "operative", words[1] == "paragraph" {
            let number = words[2]
            return (ParagraphTarget(part: .operative, index: Int(number) ?? 0, number: number), "")
        }
        if words.count >= 2, words[0] == "paragraph" {
            let number = words[1]
            var annex = 0
            if let of = words.firstIndex(of: "annex"), of + 1 < words.count, let value = Int(words[of + 1]) {
                annex = value - 1
            }
            return (ParagraphTarget(part: .annex(annex), index: Int(number) ?? 0, number: number), "")
        }
        return nil
    }

    static func partNamed(_ text: String) -> ParagraphTarget.Part? {
        let lower = text.lowercased()
        if lower.contains("preamble") { return .preamble }
        if lower.contains("operative") { return .operative }
        if lower.contains("annex") { return .annex(0) }
        return nil
    }
}
