/// Turns lint results into one output format. Each reporter is a small type; the command
/// chooses one by `--format`.
///
/// A reporter writes as it goes, through `output`: the text and GitHub reports a finding at a
/// time, so that a run with many findings never holds its whole report; JSON and SARIF, which
/// are one document, at the end.
public protocol LintReporter: Sendable {
    func render(_ reports: [FileReport], rules: [any Rule], into output: (String) -> Void)
}

extension LintReporter {
    /// The whole report as one string.
    public func render(_ reports: [FileReport], rules: [any Rule]) -> String {
        var text = ""
        render(reports, rules: rules) { text += $0 }
        return text
    }
}
