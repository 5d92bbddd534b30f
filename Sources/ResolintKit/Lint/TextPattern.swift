import CPCRE2

/// A regular expression of the rule set (Perl syntax, as PCRE2 reads it), compiled once and
/// shared across threads. Patterns work on Unicode text: `\b`, `\w` and `[[:alpha:]]` know
/// letters beyond ASCII, and every match starts and ends between characters.
public struct TextPattern: Sendable {
    public let source: String
    let code: CompiledPattern

    /// Compiles `source`; a bad pattern throws the library's message and the offset it names.
    public init(_ source: String) throws(PatternError) {
        self.source = source
        code = try CompiledPattern(source)
    }

    /// Every match in `text`, left to right, none overlapping.
    public func matches(in text: String) -> [PatternMatch] {
        if let found = text.utf8.withContiguousStorageIfAvailable({ code.matches(in: $0, of: text) }) {
            return found
        }
        return Array(text.utf8).withUnsafeBufferPointer { code.matches(in: $0, of: text) }
    }
}

/// A pattern that does not compile: the library's message and the offset in the pattern.
public struct PatternError: Error, CustomStringConvertible, Sendable {
    public let message: String
    public let offset: Int
    public var description: String { "\(message) at offset \(offset)" }
}

/// One match: its range and the range of each numbered group (`nil` when the group took no
/// part in the match).
public struct PatternMatch: Sendable {
    public let range: Range<String.Index>
    public let groups: [Range<String.Index>?]

    /// The range of group `index`; group 0 is the whole match.
    public func group(_ index: Int) -> Range<String.Index>? {
        index == 0 ? range : index <= groups.count ? groups[index - 1] : nil
    }
}

/// The compiled form, freed with its last user. PCRE2 allows one compiled pattern to be matched
/// from many threads at once; each match has its own match data.
final class CompiledPattern: @unchecked Sendable {
    private let code: OpaquePointer

    init(_ source: String) throws(PatternError) {
        var errorCode: Int32 = 0
        var errorOffset = 0
        let options = UInt32(PCRE2_UTF | PCRE2_UCP)
        let compiled = source.utf8CString.withUnsafeBufferPointer { pattern in
            pattern.withMemoryRebound(to: UInt8.self) { bytes in
                pcre2_compile_8(bytes.baseAddress, bytes.count - 1, options, &errorCode, &errorOffset, nil)
            }
        }
        guard let compiled else {
            var buffer = [UInt8](repeating: 0, count: 256)
            let length = pcre2_get_error_message_8(errorCode, &buffer, buffer.count)
            let message = String(decoding: buffer.prefix(max(0, Int(length))), as: UTF8.self)
            throw PatternError(message: message, offset: errorOffset)
        }
        code = compiled
        // Machine code where the platform has it; matching falls back to the interpreter if not.
        _ = pcre2_jit_compile_8(code, UInt32(PCRE2_JIT_COMPLETE))
    }

    deinit { pcre2_code_free_8(code) }

    func matches(in bytes: UnsafeBufferPointer<UInt8>, of text: String) -> [PatternMatch] {
        guard let data = pcre2_match_data_create_from_pattern_8(code, nil) else { return [] }
        defer { pcre2_match_data_free_8(data) }
        let groupCount = Int(pcre2_get_ovector_count_8(data)) - 1
        func index(_ offset: Int) -> String.Index { text.utf8.index(text.utf8.startIndex, offsetBy: offset) }
        var result: [PatternMatch] = []
        var start = 0
        let subject = bytes.baseAddress ?? UnsafePointer(bitPattern: 1)!
        while start <= bytes.count {
            // A Swift string is valid UTF-8 already; without this flag PCRE2 would check the whole
            // subject again on every call, quadratic over the matches of a long paragraph.
            let status = pcre2_match_8(code, subject, bytes.count, start, UInt32(PCRE2_NO_UTF_CHECK), data, nil)
            guard status > 0 else { break }  // no match, or a limit reached: no further matches
            let vector = pcre2_get_ovector_pointer_8(data)!
            let (lower, upper) = (vector[0], vector[1])
            guard lower <= upper else { break }  // only `\K` can put the start after the end
            var groups: [Range<String.Index>?] = []
            for group in stride(from: 1, through: groupCount, by: 1) {
                let (from, to) = (vector[2 * group], vector[2 * group + 1])
                // An unset group holds PCRE2_UNSET, all bits set: -1 as a signed size.
                groups.append(from < 0 || from > to ? nil : index(from)..<index(to))
            }
            result.append(PatternMatch(range: index(lower)..<index(upper), groups: groups))
            // After an empty match, step over one whole character (a UTF-8 lead byte and its tail).
            start = upper
            if upper == lower {
                start += 1
                while start < bytes.count, bytes[start] & 0xC0 == 0x80 { start += 1 }
            }
        }
        return result
    }
}
