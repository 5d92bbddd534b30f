import ArgumentParser
import ResolintAKN
import ResolintKit

/// Options shared by every command that reads resolution texts.
struct InputOptions: ParsableArguments {
    @Option(help: "Refuse files larger than this many bytes.")
    var maxBytes: Int = SourceLoader.defaultMaxBytes

    /// Reads text, and Akoma Ntoso XML.
    var reader: DocumentReader {
        DocumentReader(loader: SourceLoader(maxBytes: maxBytes), formats: [AKNReader()])
    }

    /// One resolution, or the end of the command with its read error (status 2).
    func read(_ path: String) throws -> Resolution {
        do {
            return try reader.read(path: path)
        } catch {
            throw fail(error)
        }
    }
}

/// Reports a read error the way every command does: one line on standard error, exit status 2.
func fail(_ error: ReadError) -> ExitCode {
    printError("resolint: \(error)")
    return ExitCode(2)
}
