/// The YAML front matter of a Markdown extraction (`---` … `---`): simple `key: value` pairs.
struct FrontMatter {
    var fields: [String: String] = [:]
    /// The number of lines it takes, both `---` lines included; 0 when there is none.
    var lineCount = 0

    init(_ lines: [[Unicode.Scalar]]) {
        guard let first = lines.first, String(scalars: first).trimmed == "---" else { return }
        for index in 1..<min(lines.count, 200) {
            let line = String(scalars: lines[index])
            if line.trimmed == "---" {
                lineCount = index + 1
                return
            }
            guard let colon = line.firstIndex(of: ":") else { continue }
            let key = line[..<colon].trimmed
            var value = line[line.index(after: colon)...].trimmed
            if value.count >= 2, value.hasPrefix("\""), value.hasSuffix("\"") {
                value = String(value.dropFirst().dropLast()).replacing("\\\"", with: "\"")
            }
            fields[key] = value
        }
        fields = [:]
    }
}

extension StringProtocol {
    /// Without leading and trailing spaces and tabs.
    var trimmed: String {
        let scalars = unicodeScalars.drop { $0.isSpace }
        var end = scalars.endIndex
        while end > scalars.startIndex, scalars[scalars.index(before: end)].isSpace {
            end = scalars.index(before: end)
        }
        return String(scalars: scalars[..<end])
    }
}
