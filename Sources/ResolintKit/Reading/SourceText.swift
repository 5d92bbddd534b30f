/// The decoded text of a file, split into lines of Unicode scalars so that an index into a line
/// is its column (0-based here, 1-based in `SourcePosition`).
///
/// Line terminators (`\n`, `\r\n`) are not part of a line; a UTF-8 byte-order mark is dropped.
public struct SourceText: Sendable {
    public let path: String
    public let lines: [[Unicode.Scalar]]

    public init(path: String, lines: [[Unicode.Scalar]]) {
        self.path = path
        self.lines = lines
    }

    /// Decodes UTF-8 text; the bytes must already be known to be valid UTF-8.
    public init(path: String, text: String) {
        var lines: [[Unicode.Scalar]] = []
        var current: [Unicode.Scalar] = []
        var first = true
        for scalar in text.unicodeScalars {
            if first {
                first = false
                if scalar == "\u{FEFF}" { continue }
            }
            if scalar == "\n" {
                if current.last == "\r" { current.removeLast() }
                lines.append(current)
                current = []
            } else {
                current.append(scalar)
            }
        }
        if !current.isEmpty {
            if current.last == "\r" { current.removeLast() }
            lines.append(current)
        }
        self.init(path: path, lines: lines)
    }

    /// The text between two positions, lines joined with `\n`.
    public func slice(_ range: SourceRange) -> String {
        var result = String.UnicodeScalarView()
        var line = range.start.line
        var column = range.start.column
        while line <= range.end.line, line - 1 < lines.count {
            let scalars = lines[line - 1]
            let from = min(column - 1, scalars.count)
            let to = line == range.end.line ? min(range.end.column - 1, scalars.count) : scalars.count
            if from < to { result.append(contentsOf: scalars[from..<to]) }
            if line != range.end.line { result.append("\n") }
            line += 1
            column = 1
        }
        return String(result)
    }
}
