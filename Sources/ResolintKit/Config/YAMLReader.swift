/// Reads the subset of YAML that configuration and rule files need: block mappings and
/// sequences, flow sequences of scalars (`[a, b]`, possibly over several lines), plain and
/// quoted scalars, literal blocks (`|`) and comments. Anything else — anchors, aliases, flow mappings, tabs for indentation —
/// is refused with its line, never guessed at.
public struct YAMLReader {
    /// Why a YAML text was refused.
    public struct Failure: Error, Equatable, Sendable, CustomStringConvertible {
        public var line: Int
        public var message: String
        public var description: String { "line \(line): \(message)" }
    }

    private struct Line {
        var number: Int
        var indent: Int
        var text: Substring
    }

    private var lines: [Line] = []
    private var position = 0

    public static func parse(_ text: String) throws(Failure) -> YAMLNode {
        var reader = YAMLReader()
        try reader.load(text)
        guard reader.position < reader.lines.count else { return .mapping([], line: 1) }
        let node = try reader.block(indent: reader.lines[reader.position].indent)
        if reader.position < reader.lines.count {
            throw Failure(line: reader.lines[reader.position].number, message: "unexpected indentation")
        }
        return node
    }

    private mutating func load(_ text: String) throws(Failure) {
        for (index, raw) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            var line = raw
            if line.hasSuffix("\r") { line = line.dropLast() }
            let number = index + 1
            let content = Self.stripComment(line)
            let trimmed = content.drop { $0 == " " }
            if trimmed.isEmpty || (number == 1 && trimmed == "---") { continue }
            if trimmed.first == "\t" || content.prefix(while: { $0 == " " || $0 == "\t" }).contains("\t") {
                throw Failure(line: number, message: "tabs are not allowed for indentation")
            }
            if trimmed == "---" || trimmed == "..." {
                throw Failure(line: number, message: "only one document is allowed")
            }
            var end = trimmed.endIndex
            while end > trimmed.startIndex, trimmed[trimmed.index(before: end)] == " " {
                end = trimmed.index(before: end)
            }
            lines.append(Line(number: number, indent: content.count - trimmed.count, text: trimmed[..<end]))
        }
    }

    /// The line without a comment: `#` at the start or after a space, outside quotes.
    private static func stripComment(_ line: Substring) -> Substring {
        var quote: Character?
        var previous: Character = " "
        for index in line.indices {
            let character = line[index]
            if let open = quote {
                if character == open { quote = nil }
            } else if character == "\"" || character == "'" {
                if previous == " " || previous == "[" || previous == "," || previous == ":" || previous == "-" {
                    quote = character
                }
            } else if character == "#", previous == " " || index == line.startIndex {
                return line[..<index]
            }
            previous = character
        }
        return line
    }

    private mutating func block(indent: Int) throws(Failure) -> YAMLNode {
        let first = lines[position]
        if first.text == "-" || first.text.hasPrefix("- ") {
            return try sequence(indent: indent)
        }
        return try mapping(indent: indent)
    }

    private mutating func sequence(indent: Int) throws(Failure) -> YAMLNode {
        let start = lines[position].number
        var items: [YAMLNode] = []
        while position < lines.count, lines[position].indent == indent,
            lines[position].text == "-" || lines[position].text.hasPrefix("- ")
        {
            let line = lines[position]
            let rest = line.text.dropFirst(1).drop { $0 == " " }
            if rest.isEmpty {
                position += 1
                guard position < lines.count, lines[position].indent > indent else {
                    items.append(.scalar("", line: line.number))
                    continue
                }
                items.append(try block(indent: lines[position].indent))
            } else if Self.splitKey(rest) != nil {
                // "- key: value" starts a mapping indented to where "key" stands.
                let keyIndent = indent + (line.text.count - rest.count)
                lines[position] = Line(number: line.number, indent: keyIndent, text: rest)
                items.append(try mapping(indent: keyIndent))
            } else {
                position += 1
                items.append(try scalar(rest, line: line.number, indent: indent))
            }
        }
        return .sequence(items, line: start)
    }

    private mutating func mapping(indent: Int) throws(Failure) -> YAMLNode {
        let start = lines[position].number
        var entries: [YAMLEntry] = []
        while position < lines.count, lines[position].indent == indent {
            let line = lines[position]
            guard let (key, rest) = Self.splitKey(line.text) else {
                throw Failure(line: line.number, message: "expected \"key: value\"")
            }
            if entries.contains(where: { $0.key == key }) {
                throw Failure(line: line.number, message: "key \"\(key)\" appears twice")
            }
            position += 1
            let value: YAMLNode
            if rest.isEmpty {
                if position < lines.count, lines[position].indent > indent {
                    value = try block(indent: lines[position].indent)
                } else if position < lines.count, lines[position].indent == indent,
                    lines[position].text.hasPrefix("- ")
                {
                    value = try sequence(indent: indent)
                } else {
                    value = .scalar("", line: line.number)
                }
            } else {
                value = try scalar(rest, line: line.number, indent: indent)
            }
            entries.append(YAMLEntry(key: key, line: line.number, value: value))
        }
        if position < lines.count, lines[position].indent > indent {
            throw Failure(line: lines[position].number, message: "unexpected indentation")
        }
        return .mapping(entries, line: start)
    }

    /// `key: rest` → (key, rest); nil when the line is not a mapping entry.
    private static func splitKey(_ text: Substring) -> (String, Substring)? {
        if text.first == "\"" || text.first == "'" {
            let quote = text.first!
            guard let close = text.dropFirst().firstIndex(of: quote) else { return nil }
            let after = text[text.index(after: close)...]
            guard after.hasPrefix(":") else { return nil }
            return (String(text[text.index(after: text.startIndex)..<close]), after.dropFirst().drop { $0 == " " })
        }
        guard !text.hasPrefix("["), let colon = text.firstIndex(of: ":") else { return nil }
        let after = text[text.index(after: colon)...]
        guard after.isEmpty || after.first == " " else { return nil }
        let key = text[..<colon]
        guard !key.isEmpty, !key.contains(" #") else { return nil }
        return (String(key), after.drop { $0 == " " })
    }

    private mutating func scalar(_ text: Substring, line: Int, indent: Int) throws(Failure) -> YAMLNode {
        switch text.first {
        case "&", "*", "!", "{", "%", "@", "`":
            throw Failure(line: line, message: "\"\(text.first!)\" is not supported here; quote the value")
        case "|", ">":
            guard text.count == 1 else { throw Failure(line: line, message: "block scalar options are not supported") }
            var parts: [Substring] = []
            while position < lines.count, lines[position].indent > indent {
                parts.append(lines[position].text)
                position += 1
            }
            return .scalar(parts.joined(separator: text == "|" ? "\n" : " "), line: line)
        case "[":
            var whole = String(text)
            while !whole.hasSuffix("]"), position < lines.count {
                whole += " " + lines[position].text
                position += 1
            }
            return .sequence(try flowSequence(whole[...], line: line), line: line)
        default:
            return .scalar(try Self.unquote(text, line: line), line: line)
        }
    }

    private func flowSequence(_ text: Substring, line: Int) throws(Failure) -> [YAMLNode] {
        guard text.hasSuffix("]") else { throw Failure(line: line, message: "a \"[\" list is not closed") }
        let inner = text.dropFirst().dropLast()
        var items: [YAMLNode] = []
        var current = ""
        var quote: Character?
        for character in inner {
            if let open = quote {
                current.append(character)
                if character == open { quote = nil }
            } else if character == "\"" || character == "'" {
                quote = character
                current.append(character)
            } else if character == "," {
                items.append(.scalar(try Self.unquote(current.trimmedSpaces[...], line: line), line: line))
                current = ""
            } else if character == "[" || character == "{" {
                throw Failure(line: line, message: "nested lists are not supported")
            } else {
                current.append(character)
            }
        }
        let last = current.trimmedSpaces
        if !last.isEmpty || !items.isEmpty {
            items.append(.scalar(try Self.unquote(last[...], line: line), line: line))
        }
        return items
    }

    static func unquote(_ text: Substring, line: Int) throws(Failure) -> String {
        guard let first = text.first, first == "\"" || first == "'" else { return String(text) }
        guard text.count >= 2, text.last == first else {
            throw Failure(line: line, message: "unterminated quoted string")
        }
        let inner = text.dropFirst().dropLast()
        if first == "'" { return String(inner.replacing("''", with: "'")) }
        var result = ""
        var escaped = false
        for character in inner {
            if escaped {
                switch character {
                case "n": result.append("\n")
                case "t": result.append("\t")
                case "\"", "\\", "/": result.append(character)
                default: throw Failure(line: line, message: "unknown escape \"\\\(character)\"")
                }
                escaped = false
            } else if character == "\\" {
                escaped = true
            } else {
                result.append(character)
            }
        }
        return result
    }
}

extension String {
    fileprivate var trimmedSpaces: String {
        String(drop { $0 == " " }.reversed().drop { $0 == " " }.reversed())
    }
}
