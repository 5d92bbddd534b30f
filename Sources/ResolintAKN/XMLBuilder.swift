/// Writes XML text: elements, attributes in the order given, escaped text. The same calls give
/// the same bytes, so exports are deterministic.
package struct XMLBuilder {
    private(set) var output = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
    private var stack: [String] = []
    private var depth = 0

    /// Opens an element on a line of its own.
    mutating func open(_ name: String, _ attributes: [(String, String)] = []) {
        output += indent + "<\(name)\(Self.attributes(attributes))>\n"
        stack.append(name)
        depth += 1
    }

    mutating func close() {
        depth -= 1
        output += indent + "</\(stack.removeLast())>\n"
    }

    /// An empty element on a line of its own.
    mutating func empty(_ name: String, _ attributes: [(String, String)] = []) {
        output += indent + "<\(name)\(Self.attributes(attributes))/>\n"
    }

    /// An element with inline content already written as XML, on one line.
    mutating func inline(_ name: String, _ attributes: [(String, String)] = [], content: String) {
        output += indent + "<\(name)\(Self.attributes(attributes))>\(content)</\(name)>\n"
    }

    private var indent: String { String(repeating: "  ", count: depth) }

    static func attributes(_ pairs: [(String, String)]) -> String {
        pairs.map { " \($0.0)=\"\(escape($0.1, attribute: true))\"" }.joined()
    }

    /// Text as XML character data. Characters XML 1.0 cannot hold (C0 controls other than tab,
    /// line feed and carriage return) become U+FFFD.
    package static func escape(_ text: String, attribute: Bool = false) -> String {
        // Most text needs nothing: no markup character, no control character, no U+FFFE/U+FFFF
        // (whose UTF-8 starts EF BF).
        let clean = text.utf8.allSatisfy { byte in
            byte >= 0x20 && byte != UInt8(ascii: "&") && byte != UInt8(ascii: "<") && byte != UInt8(ascii: ">")
                && (byte != UInt8(ascii: "\"") || !attribute) && byte != 0xEF
        }
        if clean { return text }
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"" where attribute: out += "&quot;"
            case "\t", "\n", "\r": out.unicodeScalars.append(scalar)
            default:
                if scalar.value < 0x20 || scalar.value == 0xFFFE || scalar.value == 0xFFFF {
                    out += "\u{FFFD}"
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out
    }
}
