/// A file format that is not text — a Word document — turned into the text the reader reads.
///
/// `SourceLoader` asks each of its binary formats, before it checks that a file is text, whether
/// the file's bytes are of that format; the format then gives a `SourceText` whose lines are
/// the document's paragraphs, and positions in it are the format's own (see `SourceText.origin`).
public protocol BinaryFormat: Sendable {
    /// True when `bytes` (the whole file) are of this format; the first bytes are enough.
    func recognizes(_ bytes: [UInt8]) -> Bool
    /// The text of the document, or why it cannot be read.
    func source(_ bytes: [UInt8], path: String) throws(ReadError) -> SourceText
}
