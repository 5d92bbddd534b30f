/// The outcome of linting one file: its findings, or why it could not be read.
public struct FileReport: Sendable {
    public var path: String
    public var findings: [Finding]
    /// The source lines, for reporters that show the line of a finding.
    public var source: SourceText?
    /// Set when the file could not be read; it then has no findings.
    public var failure: String?

    public init(path: String, findings: [Finding], source: SourceText?, failure: String? = nil) {
        self.path = path
        self.findings = findings
        self.source = source
        self.failure = failure
    }
}

/// Counts of findings by severity over all files.
public struct LintSummary: Sendable, Equatable {
    public var errors = 0
    public var warnings = 0
    public var infos = 0

    public init(_ reports: [FileReport]) {
        for finding in reports.flatMap(\.findings) {
            switch finding.severity {
            case .error: errors += 1
            case .warning: warnings += 1
            case .info: infos += 1
            }
        }
    }
}
