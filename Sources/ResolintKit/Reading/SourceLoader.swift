#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif

/// Reads a file from disk into a `SourceText`, refusing what is not a resolution text with a
/// `ReadError` before any parsing: missing files, directories, empty, binary, oversized and
/// non-UTF-8 files.
public struct SourceLoader: Sendable {
    /// Files larger than this many bytes are refused without being read.
    public var maxBytes: Int

    /// 16 MiB: over two hundred times the longest text in the corpus (80/5, 61 KB). Reading takes
    /// about 15 bytes of memory per byte of text, so the default keeps a run near 300 MB.
    public static let defaultMaxBytes = 16 * 1024 * 1024

    /// Formats that are not text (a Word document), tried before the text checks.
    public var binaryFormats: [any BinaryFormat]

    public init(maxBytes: Int = SourceLoader.defaultMaxBytes, binaryFormats: [any BinaryFormat] = []) {
        self.maxBytes = maxBytes
        self.binaryFormats = binaryFormats
    }

    public func load(path: String) throws(ReadError) -> SourceText {
        let kind: FileSystem.Kind
        do {
            kind = try FileSystem.kind(of: path)
        } catch {
            throw .unreadable(path: path, reason: error.reason)
        }
        switch kind {
        case .missing: throw .notFound(path: path)
        case .directory: throw .isDirectory(path: path)
        case .file(let size) where size > maxBytes: throw .tooLarge(path: path, size: size, limit: maxBytes)
        case .file: break
        }
        let bytes: [UInt8]
        do {
            bytes = try FileSystem.contents(of: path, limit: maxBytes)
        } catch {
            throw .unreadable(path: path, reason: error.reason)
        }
        // The file grew after it was measured.
        if bytes.count > maxBytes { throw .tooLarge(path: path, size: bytes.count, limit: maxBytes) }
        return try decode(bytes, path: path)
    }

    /// Checks and decodes bytes read from `path` (or from standard input): UTF-8 with or without
    /// a byte-order mark, or UTF-16 with one (what Word's "Unicode text" writes).
    public func decode(_ data: Data, path: String) throws(ReadError) -> SourceText {
        try decode([UInt8](data), path: path)
    }

    /// Checks and decodes bytes, as `decode(_:path:)` for `Data`.
    public func decode(_ bytes: [UInt8], path: String) throws(ReadError) -> SourceText {
        if let format = binaryFormats.first(where: { $0.recognizes(bytes) }) {
            return try format.source(bytes, path: path)
        }
        if bytes.starts(with: [0xFF, 0xFE, 0x00, 0x00]) || bytes.starts(with: [0x00, 0x00, 0xFE, 0xFF]) {
            throw .unsupportedEncoding(path: path, encoding: "UTF-32", byteOffset: 0)
        }
        if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) {
            let bigEndian = bytes[0] == 0xFE
            let text = try Self.decodeUTF16(bytes, bigEndian: bigEndian, path: path)
            guard text.unicodeScalars.dropFirst().contains(where: { !$0.isWhitespaceForEmptiness }) else {
                throw .empty(path: path)
            }
            if let nul = text.unicodeScalars.firstIndex(of: "\u{0}") {
                let offset = 2 * text.unicodeScalars[..<nul].reduce(0) { $0 + ($1.value > 0xFFFF ? 2 : 1) }
                throw .binary(path: path, byteOffset: offset)
            }
            var source = SourceText(path: path, text: text)
            source.encoding = bigEndian ? .utf16BigEndian : .utf16LittleEndian
            return source
        }
        if bytes.allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0A || $0 == 0x0D })
            || bytes == [0xEF, 0xBB, 0xBF]
        {
            throw .empty(path: path)
        }
        if let nul = bytes.firstIndex(of: 0) { throw .binary(path: path, byteOffset: nul) }
        if let bad = Self.firstInvalidUTF8Offset(bytes) {
            let line = bytes[..<bad].reduce(1) { $1 == 0x0A ? $0 + 1 : $0 }
            throw .invalidUTF8(path: path, line: line, byteOffset: bad)
        }
        return SourceText(path: path, validUTF8: bytes)
    }

    /// UTF-16 after its byte-order mark; a lone surrogate or an odd length is an error at its offset.
    static func decodeUTF16(_ bytes: [UInt8], bigEndian: Bool, path: String) throws(ReadError) -> String {
        guard bytes.count % 2 == 0 else {
            throw .unsupportedEncoding(
                path: path, encoding: "UTF-16 with an odd number of bytes", byteOffset: bytes.count - 1)
        }
        var units: [UInt16] = []
        units.reserveCapacity(bytes.count / 2)
        var index = 0
        while index + 1 < bytes.count {
            let high = UInt16(bytes[index])
            let low = UInt16(bytes[index + 1])
            units.append(bigEndian ? high << 8 | low : low << 8 | high)
            index += 2
        }
        var scalars = String.UnicodeScalarView()
        var iterator = units.makeIterator()
        var decoder = UTF16()
        var offset = 0
        loop: while true {
            switch decoder.decode(&iterator) {
            case .scalarValue(let scalar):
                scalars.append(scalar)
                offset += scalar.value > 0xFFFF ? 4 : 2
            case .emptyInput:
                break loop
            case .error:
                throw .unsupportedEncoding(path: path, encoding: "UTF-16 with a lone surrogate", byteOffset: offset)
            }
        }
        return String(scalars)
    }

    /// The byte offset of the first byte that does not start a valid UTF-8 sequence, if any.
    static func firstInvalidUTF8Offset(_ bytes: [UInt8]) -> Int? {
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            let length: Int
            var lower: UInt8 = 0x80
            var upper: UInt8 = 0xBF
            switch byte {
            case 0x00...0x7F: length = 1
            case 0xC2...0xDF: length = 2
            case 0xE0: (length, lower) = (3, 0xA0)
            case 0xE1...0xEC, 0xEE...0xEF: length = 3
            case 0xED: (length, upper) = (3, 0x9F)
            case 0xF0: (length, lower) = (4, 0x90)
            case 0xF1...0xF3: length = 4
            case 0xF4: (length, upper) = (4, 0x8F)
            default: return index
            }
            if index + length > bytes.count { return index }
            for next in 1..<max(length, 1) {
                let continuation = bytes[index + next]
                let (low, high) = next == 1 ? (lower, upper) : (UInt8(0x80), UInt8(0xBF))
                if continuation < low || continuation > high { return index }
            }
            index += length
        }
        return nil
    }
}

extension Unicode.Scalar {
    /// White space or the byte-order mark: what an empty file may hold.
    var isWhitespaceForEmptiness: Bool {
        self == " " || self == "\t" || self == "\n" || self == "\r" || self == "\u{FEFF}"
    }
}
