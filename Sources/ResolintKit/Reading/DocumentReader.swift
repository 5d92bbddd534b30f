#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif

/// The one entry point from a file to the model: loads the file, checks it, picks the reader for
/// its format (one of `formats`, such as Akoma Ntoso XML, or the text reader) and reads it.
/// New input formats are added as an `InputFormat`.
public struct DocumentReader: Sendable {
    public var loader: SourceLoader
    public var parser: ResolutionParser
    /// Formats tried before the text reader, in order.
    public var formats: [any InputFormat]
    public var limits = ReadLimits()

    public init(
        loader: SourceLoader = SourceLoader(), parser: ResolutionParser = ResolutionParser(),
        formats: [any InputFormat] = []
    ) {
        self.loader = loader
        self.parser = parser
        self.formats = formats
    }

    /// Reads the file at `path`, or standard input when `path` is "-".
    public func read(path: String) throws(ReadError) -> Resolution {
        try document(path: path).resolution
    }

    /// The resolution in the file at `path` and the checked text it was read from.
    public func document(path: String) throws(ReadError) -> (resolution: Resolution, source: SourceText) {
        try document(from: try source(path: path))
    }

    /// The resolution in a checked text, read by the format that recognizes it.
    public func document(from source: SourceText) throws(ReadError) -> (resolution: Resolution, source: SourceText) {
        let resolution: Resolution
        if let format = formats.first(where: { $0.recognizes(source) }) {
            resolution = try format.read(source)
        } else {
            resolution = parser.parse(source)
        }
        if let error = limits.check(resolution) { throw error }
        return (resolution, source)
    }

    /// The checked text of the file at `path` (standard input for "-"), before parsing.
    public func source(path: String) throws(ReadError) -> SourceText {
        path == "-" ? try readStandardInput() : try loader.load(path: path)
    }

    /// Reads text already in memory, `path` naming it in messages.
    public func read(data: Data, path: String) throws(ReadError) -> Resolution {
        try document(from: try loader.decode(data, path: path)).resolution
    }

    private func readStandardInput() throws(ReadError) -> SourceText {
        let bytes: [UInt8]
        do {
            bytes = try FileSystem.contents(descriptor: 0, limit: loader.maxBytes)
        } catch {
            throw .unreadable(path: "<stdin>", reason: error.reason)
        }
        if bytes.count > loader.maxBytes {
            throw .tooLarge(path: "<stdin>", size: bytes.count, limit: loader.maxBytes)
        }
        return try loader.decode(bytes, path: "<stdin>")
    }
}
