#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif

/// The decoded text of a file, split into lines of Unicode scalars so that an index into a line
/// is its column (0-based here, 1-based in `SourcePosition`).
///
/// Line terminators (`\n`, `\r\n`) are not part of a line; a UTF-8 byte-order mark is dropped.
public struct SourceText: Sendable {
    public let path: String
    public let lines: [[Unicode.Scalar]]
    /// How the file ends its lines ("\r\n" or "\n"), its byte-order mark and final newline,
    /// so that a fixed file is written back the way it came.
    public var lineEnding = "\n"
    /// The encoding the file came in, to write a fixed file back in it.
    public var encoding: Encoding = .utf8
    public var hasByteOrderMark = false
    public var endsWithNewline = true

    /// The encodings the loader reads.
    public enum Encoding: Sendable {
        case utf8, utf16LittleEndian, utf16BigEndian
    }

    /// `text` as bytes in this file's encoding (UTF-16 with its byte-order mark).
    public func encoded(_ text: String) -> Data {
        switch encoding {
        case .utf8:
            return Data(text.utf8)
        case .utf16LittleEndian, .utf16BigEndian:
            var bytes: [UInt8] = []
            let body = text.hasPrefix("\u{FEFF}") ? text : "\u{FEFF}" + text
            for unit in body.utf16 {
                let high = UInt8(unit >> 8)
                let low = UInt8(unit & 0xFF)
                bytes += encoding == .utf16BigEndian ? [high, low] : [low, high]
            }
            return Data(bytes)
        }
    }

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
        let unterminated = !current.isEmpty
        if unterminated {
            if current.last == "\r" { current.removeLast() }
            lines.append(current)
        }
        self.init(path: path, lines: lines)
        hasByteOrderMark = text.unicodeScalars.first == "\u{FEFF}"
        endsWithNewline = !unterminated
        if let newline = text.utf8.firstIndex(of: UInt8(ascii: "\n")), newline > text.utf8.startIndex,
            text.utf8[text.utf8.index(before: newline)] == UInt8(ascii: "\r")
        {
            lineEnding = "\r\n"
        }
    }

    /// The file's text with `fixes` applied, in the file's own line endings. Fixes that overlap
    /// an earlier one are left out.
    public func applying(_ fixes: [Fix]) -> String {
        var edited = lines
        var taken: [SourceRange] = []
        let ordered = fixes.sorted { ($0.range.start, $0.range.end) < ($1.range.start, $1.range.end) }
        for fix in ordered where !taken.contains(where: { $0.end > fix.range.start && fix.range.end > $0.start }) {
            taken.append(fix.range)
        }
        for range in taken.reversed() {
            guard let fix = ordered.first(where: { $0.range == range }) else { continue }
            let startLine = range.start.line - 1
            let endLine = range.end.line - 1
            guard startLine >= 0, endLine < edited.count else { continue }
            let head = edited[startLine][..<min(range.start.column - 1, edited[startLine].count)]
            let tail = edited[endLine][min(range.end.column - 1, edited[endLine].count)...]
            let replaced = Array(head) + Array(fix.replacement.unicodeScalars) + Array(tail)
            let newLines = replaced.split(separator: "\n", omittingEmptySubsequences: false).map(Array.init)
            edited.replaceSubrange(startLine...endLine, with: newLines)
        }
        var text = hasByteOrderMark ? "\u{FEFF}" : ""
        text += edited.map { String(scalars: $0) }.joined(separator: lineEnding)
        if endsWithNewline { text += lineEnding }
        return text
    }

    /// The text between two positions, lines joined with `\n`.
    public func slice(_ range: SourceRange) -> String {
        var result: [Unicode.Scalar] = []
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
        return String(scalars: result)
    }
}
