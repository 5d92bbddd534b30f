/// Something the reader noticed or assumed while parsing, at its place in the file.
public struct Diagnostic: Hashable, Sendable {
    public var message: String
    public var severity: Severity
    public var range: SourceRange

    public init(_ message: String, severity: Severity, range: SourceRange) {
        self.message = message
        self.severity = severity
        self.range = range
    }
}
