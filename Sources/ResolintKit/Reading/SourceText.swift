#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif

/// The decoded text of a file, split into lines of Unicode scalars so that an index into a line
/// is its column (0-based here, 1-based in `SourcePosition`).
///
/// Line terminators (`\n`, `\r\n`, a lone `\r`) are not part of a line; a UTF-8 byte-order
/// mark is dropped.
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
    /// Where the lines came from, and so how a position in them is named to the user.
    public var origin: Origin = .text
    /// Silences the file carries outside its lines: a Word document's comments
    /// `resolint-disable rule-id`, each at the line of the paragraph it is anchored in.
    public var silences: [Silence] = []

    /// The kinds of file a `SourceText` is read from.
    public enum Origin: Sendable, Equatable {
        /// A text file: a position is its line and column.
        case text
        /// A Word document: line p holds paragraph p of the body, and the `[^k]: …` lines after
        /// `bodyLines` hold its footnotes; a position is `p12:34`, paragraph and character (a
        /// footnote reference counts as one), or `n3:5` in footnote 3.
        case wordDocument(bodyLines: Int)
    }

    /// A position as the user finds it in the file: `12:34` in a text, `p12:34` or `n3:5` in a
    /// Word document (characters counted as Word shows them, a footnote reference as one).
    public func label(_ position: SourcePosition) -> String {
        guard case .wordDocument(let bodyLines) = origin else { return "\(position.line):\(position.column)" }
        let line = position.line - 1 < lines.count ? lines[position.line - 1] : []
        if position.line <= bodyLines {
            // Each `[^k]` before the column stands for one reference mark.
            var column = position.column
            var index = 0
            while index + 1 < min(line.count, position.column - 1) {
                if line[index] == "[", line[index + 1] == "^", let close = line[index...].firstIndex(of: "]"),
                    close < position.column - 1
                {
                    column -= close - index
                    index = close + 1
                } else {
                    index += 1
                }
            }
            return "p\(position.line):\(column)"
        }
        guard let close = line.firstIndex(of: "]"), line.starts(with: "[^".unicodeScalars) else {
            return "\(position.line):\(position.column)"
        }
        let note = String(String.UnicodeScalarView(line[2..<close]))
        let prefix = close + 3  // "]: "
        return "n\(note):\(max(1, position.column - prefix))"
    }

    /// True when the file can be written back from these lines (a Word document cannot).
    public var isWritable: Bool { origin == .text }

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

    /// Splits text into lines.
    public init(path: String, text: String) {
        self.init(path: path, validUTF8: Array(text.utf8))
    }

    /// Splits bytes already known to be valid UTF-8 into lines of scalars, decoding each line
    /// straight from its bytes.
    public init(path: String, validUTF8 bytes: [UInt8]) {
        let hasMark = bytes.starts(with: [0xEF, 0xBB, 0xBF])
        var lines: [[Unicode.Scalar]] = []
        var lineStart = hasMark ? 3 : 0
        var unterminated = false
        var firstEnding: String?
        // A line ends at LF, CRLF or a lone CR (old Mac files, and some converters, end lines so).
        while lineStart < bytes.count {
            var end = lineStart
            while end < bytes.count, bytes[end] != 0x0A, bytes[end] != 0x0D { end += 1 }
            lines.append(Self.scalars(of: bytes[lineStart..<end]))
            if end == bytes.count {
                unterminated = true
                break
            }
            let ending: String
            if bytes[end] == 0x0D, end + 1 < bytes.count, bytes[end + 1] == 0x0A {
                ending = "\r\n"
            } else {
                ending = bytes[end] == 0x0D ? "\r" : "\n"
            }
            if firstEnding == nil { firstEnding = ending }
            lineStart = end + ending.utf8.count
        }
        self.init(path: path, lines: lines)
        hasByteOrderMark = hasMark
        endsWithNewline = !unterminated
        lineEnding = firstEnding ?? "\n"
    }

    /// The scalars of valid UTF-8 bytes.
    private static func scalars(of bytes: ArraySlice<UInt8>) -> [Unicode.Scalar] {
        var result: [Unicode.Scalar] = []
        result.reserveCapacity(bytes.count)
        var index = bytes.startIndex
        while index < bytes.endIndex {
            let lead = UInt32(bytes[index])
            var value: UInt32
            var length: Int
            switch lead {
            case ..<0x80: (value, length) = (lead, 1)
            case ..<0xE0: (value, length) = (lead & 0x1F, 2)
            case ..<0xF0: (value, length) = (lead & 0x0F, 3)
            default: (value, length) = (lead & 0x07, 4)
            }
            var offset = 1
            while offset < length {
                value = value << 6 | UInt32(bytes[index + offset] & 0x3F)
                offset += 1
            }
            result.append(Unicode.Scalar(value) ?? "\u{FFFD}")
            index += length
        }
        return result
    }

    /// The file's text with `fixes` applied, in the file's own line endings. Fixes that overlap
    /// an earlier one are left out.
    public func applying(_ fixes: [Fix]) -> String {
        var edited = lines
        // A fix is taken whole or not at all: none of its edits may overlap an edit taken.
        var taken: [Fix.Edit] = []
        let ordered = fixes.sorted { ($0.range.start, $0.range.end) < ($1.range.start, $1.range.end) }
        for fix in ordered {
            let overlaps = fix.edits.contains { edit in
                taken.contains { $0.range.end > edit.range.start && edit.range.end > $0.range.start }
            }
            if !overlaps { taken += fix.edits }
        }
        for edit in taken.sorted(by: { ($0.range.start, $0.range.end) > ($1.range.start, $1.range.end) }) {
            let range = edit.range
            let startLine = range.start.line - 1
            let endLine = range.end.line - 1
            guard startLine >= 0, endLine < edited.count else { continue }
            let head = edited[startLine][..<min(range.start.column - 1, edited[startLine].count)]
            let tail = edited[endLine][min(range.end.column - 1, edited[endLine].count)...]
            let replaced = Array(head) + Array(edit.replacement.unicodeScalars) + Array(tail)
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
