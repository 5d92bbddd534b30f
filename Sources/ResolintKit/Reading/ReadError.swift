/// Why a file could not be read. Each case names the file and, where it applies, the place.
public enum ReadError: Error, Equatable, Sendable, CustomStringConvertible {
    case notFound(path: String)
    case isDirectory(path: String)
    case unreadable(path: String, reason: String)
    case empty(path: String)
    case tooLarge(path: String, size: Int, limit: Int)
    case binary(path: String, byteOffset: Int)
    case invalidUTF8(path: String, line: Int, byteOffset: Int)
    /// Text in an encoding other than UTF-8 or UTF-16 with a byte-order mark, or broken in it.
    case unsupportedEncoding(path: String, encoding: String, byteOffset: Int)
    /// More of something than the reader accepts (paragraphs, footnotes, nesting).
    case overLimit(path: String, what: String, count: Int, limit: Int)
    /// A file in a structured format (XML) that is not well formed or not accepted.
    case malformed(path: String, line: Int?, message: String)

    /// The message, with the file's name shown safely (a newline or escape in a name stays
    /// inside the one line).
    public var description: String {
        message.replacingFirst(path, with: path.escapingControlCharacters)
    }

    /// The file the error is about.
    public var path: String {
        switch self {
        case .notFound(let path), .isDirectory(let path), .unreadable(let path, _), .empty(let path),
            .tooLarge(let path, _, _), .binary(let path, _), .invalidUTF8(let path, _, _),
            .unsupportedEncoding(let path, _, _), .overLimit(let path, _, _, _), .malformed(let path, _, _):
            path
        }
    }

    private var message: String {
        switch self {
        case .notFound(let path):
            "\(path): no such file"
        case .isDirectory(let path):
            "\(path): is a directory, not a resolution text"
        case .unreadable(let path, let reason):
            "\(path): cannot be read: \(reason)"
        case .empty(let path):
            "\(path): the file is empty (no text to read)"
        case .tooLarge(let path, let size, let limit):
            "\(path): the file is \(size) bytes, over the limit of \(limit) bytes (raise it with --max-bytes)"
        case .binary(let path, let offset):
            "\(path): looks like a binary file, not text (NUL byte at byte offset \(offset))"
        case .invalidUTF8(let path, let line, let offset):
            "\(path):\(line): invalid UTF-8 at byte offset \(offset); save the file as UTF-8"
        case .unsupportedEncoding(let path, let encoding, let offset):
            "\(path): \(encoding) at byte offset \(offset) is not read; save the file as UTF-8"
        case .overLimit(let path, let what, let count, let limit):
            "\(path): \(count) \(what), over the limit of \(limit)"
        case .malformed(let path, let line, let message):
            line.map { "\(path):\($0): \(message)" } ?? "\(path): \(message)"
        }
    }
}

extension String {
    /// The text with the first `prefix` it starts with replaced.
    fileprivate func replacingFirst(_ prefix: String, with replacement: String) -> String {
        hasPrefix(prefix) ? replacement + dropFirst(prefix.count) : self
    }
}
