import ResolintAKN
import ResolintKit
import ResolintWord

/// Options shared by every command that reads resolution texts.
struct InputOptions {
    static let syntax = [
        CommandSyntax.Option(
            name: "max-bytes", value: "max-bytes", help: "Refuse files larger than this many bytes.",
            defaultValue: String(SourceLoader.defaultMaxBytes)),
        CommandSyntax.Option(
            name: "revisions", value: "revisions",
            help: "Tracked changes in a Word document: read as accepted (the draft now) or rejected (the text before).",
            choices: WordRevisions.allCases.map(\.rawValue)),
    ]

    var maxBytes = SourceLoader.defaultMaxBytes
    var revisions = WordRevisions.accept

    init(_ arguments: ParsedArguments, syntax: CommandSyntax) throws(UsageError) {
        if let bytes = try arguments.integer("max-bytes", syntax: syntax) { maxBytes = bytes }
        revisions = WordRevisions(rawValue: arguments.choice("revisions")) ?? .accept
    }

    /// Reads text, Word documents and Akoma Ntoso XML.
    var reader: DocumentReader {
        DocumentReader(
            loader: SourceLoader(maxBytes: maxBytes, binaryFormats: [WordReader(revisions: revisions)]),
            formats: [AKNReader()])
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
