import ArgumentParser
import ResolintAKN
import ResolintKit
import ResolintWord

/// Options shared by every command that reads resolution texts.
struct InputOptions: ParsableArguments {
    @Option(help: "Refuse files larger than this many bytes.")
    var maxBytes = SourceLoader.defaultMaxBytes

    @Option(help: "Tracked changes in a Word document: read as accepted (the draft now) or rejected (the text before).")
    var revisions = WordRevisions.accept

    /// Reads text, Word documents and Akoma Ntoso XML.
    var reader: DocumentReader {
        DocumentReader(
            loader: SourceLoader(maxBytes: maxBytes, binaryFormats: [WordReader(revisions: revisions)]),
            formats: [AKNReader()])
    }

    /// One resolution and the text it was read from, or the end of the command (status 2).
    func document(_ path: String) throws(ExitStatus) -> (Resolution, SourceText) {
        do {
            return try reader.document(path: path)
        } catch {
            throw fail(error)
        }
    }

    /// One resolution, or the end of the command with its read error (status 2).
    func read(_ path: String) throws(ExitStatus) -> Resolution {
        do {
            return try reader.read(path: path)
        } catch {
            throw fail(error)
        }
    }
}

/// Reports a read error the way every command does: one line on standard error, exit status 2.
func fail(_ error: ReadError) -> ExitStatus {
    printError("resolint: \(error)")
    return ExitStatus(2)
}

extension WordRevisions: ExpressibleByArgument {}
