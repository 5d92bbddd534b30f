/// Something the reader noticed or assumed while parsing, at its place in the file.
public struct Diagnostic: Hashable, Sendable {
    /// How much a diagnostic matters.
    public enum Severity: String, Sendable, Comparable {
        case info, warning, error

        private var rank: Int {
            switch self {
            case .info: 0
            case .warning: 1
            case .error: 2
            }
        }

        public static func < (lhs: Severity, rhs: Severity) -> Bool { lhs.rank < rhs.rank }
    }

    public var message: String
    public var severity: Severity
    public var range: SourceRange

    public init(_ message: String, severity: Severity, range: SourceRange) {
        self.message = message
        self.severity = severity
        self.range = range
    }
}
