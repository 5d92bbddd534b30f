/// The outcome of linting one file: its findings, or why it could not be read.
public struct FileReport: Sendable {
    public var path: String
    public var findings: [Finding]
    /// The source lines, for reporters that show the line of a finding.
    public var source: SourceText?
    /// Set when the file could not be read; it then has no findings.
    public var failure: String?
    /// What `--fix` changed, in the order it was applied.
    public var applied: [AppliedFix] = []
    /// With `--against BASE`: the findings that stand in the base text too, not the drafter's
    /// (SARIF lists them as `baselineState: unchanged`; `findings` are then the new ones).
    public var unchanged: [Finding]?

    public init(path: String, findings: [Finding], source: SourceText?, failure: String? = nil) {
        self.path = path
        self.findings = findings
        self.source = source
        self.failure = failure
    }
}

/// One change `--fix` made: the rule, where (in the file as it was before that pass), the text
/// it replaced and the text it wrote.
public struct AppliedFix: Sendable, Equatable {
    public var ruleID: String
    public var range: SourceRange
    public var before: String
    public var after: String
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
