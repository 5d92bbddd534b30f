/// A way of reading a resolution other than as text, such as Akoma Ntoso XML. `DocumentReader`
/// asks each format it has whether it recognizes a file, and reads the file as text otherwise.
public protocol InputFormat: Sendable {
    /// True when this format reads the checked text `source` (its first lines are enough).
    func recognizes(_ source: SourceText) -> Bool
    /// The resolution in the text, or why it cannot be read.
    func read(_ source: SourceText) throws(ReadError) -> Resolution
}
