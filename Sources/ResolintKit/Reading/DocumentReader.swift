import Foundation

/// The one entry point from a file to the model: loads the file, checks it, picks the reader for
/// its format and parses it. New input formats are added here.
public struct DocumentReader: Sendable {
    public var loader: SourceLoader
    public var parser: ResolutionParser

    public init(loader: SourceLoader = SourceLoader(), parser: ResolutionParser = ResolutionParser()) {
        self.loader = loader
        self.parser = parser
    }

    /// Reads the file at `path`, or standard input when `path` is "-".
    public func read(path: String) throws(ReadError) -> Resolution {
        parser.parse(try source(path: path))
    }

    /// The checked text of the file at `path` (standard input for "-"), before parsing.
    public func source(path: String) throws(ReadError) -> SourceText {
        path == "-" ? try readStandardInput() : try loader.load(path: path)
    }

    /// Reads text already in memory, `path` naming it in messages.
    public func read(data: Data, path: String) throws(ReadError) -> Resolution {
        parser.parse(try loader.decode(data, path: path))
    }

    private func readStandardInput() throws(ReadError) -> SourceText {
        var data = Data()
        while true {
            let chunk = FileHandle.standardInput.readData(ofLength: 1 << 16)
            if chunk.isEmpty { break }
            data.append(chunk)
            if data.count > loader.maxBytes {
                throw .tooLarge(path: "<stdin>", size: data.count, limit: loader.maxBytes)
            }
        }
        return try loader.decode(data, path: "<stdin>")
    }
}
