extension Finding {
    /// A key for the finding that survives edits elsewhere in the file: its rule, its own words
    /// and the words around them on their line, never its line number (64-bit FNV-1a, in hex).
    /// SARIF's `partialFingerprints` and lint baselines use it.
    public func fingerprint(in source: SourceText?) -> String {
        var text = ruleID + "\u{1}"
        if let source, range.start.line - 1 < source.lines.count, range.start.line >= 1 {
            let line = source.lines[range.start.line - 1]
            let start = min(max(range.start.column - 1, 0), line.count)
            let end =
                range.end.line == range.start.line ? min(max(range.end.column - 1, start), line.count) : line.count
            text += String(scalars: line[start..<end]) + "\u{1}"
            text += String(scalars: line[max(0, start - 40)..<start]) + "\u{1}"
            text += String(scalars: line[end..<min(line.count, end + 40)])
        } else {
            text += message
        }
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in text.utf8 {
            hash ^= UInt64(byte)
            hash = hash &* 0x100_0000_01b3
        }
        let hex = String(hash, radix: 16)
        return String(repeating: "0", count: 16 - hex.count) + hex
    }
}
