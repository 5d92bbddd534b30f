/// GitHub Actions workflow commands (`--format github`): one `::error`/`::warning`/`::notice`
/// line per finding, which the workflow run shows on the changed lines, then the counts as a
/// notice of their own: a step shows only its first annotations, the summary says how many.
public struct GitHubReporter: LintReporter {
    public init() {}

    public func render(_ reports: [FileReport], rules: [any Rule], into output: (String) -> Void) {
        var out = ""
        for report in reports {
            if let failure = report.failure {
                out += "::error file=\(Self.property(report.path))::\(Self.data(failure))\n"
            }
            for finding in report.findings {
                // Written a finding at a time: the report is never held whole.
                if !out.isEmpty {
                    output(out)
                    out = ""
                }
                let command: String
                switch finding.severity {
                case .error: command = "error"
                case .warning: command = "warning"
                case .info: command = "notice"
                }
                let range = finding.range
                out +=
                    "::\(command) file=\(Self.property(report.path)),line=\(range.start.line),col=\(range.start.column),"
                out +=
                    "endLine=\(range.end.line),endColumn=\(range.end.column),title=\(Self.property(finding.ruleID))::"
                out += Self.data(finding.message) + "\n"
            }
        }
        let summary = LintSummary(reports)
        out +=
            "::notice title=resolint::\(summary.errors) errors, \(summary.warnings) warnings, \(summary.infos) infos "
            + "in \(reports.count) file\(reports.count == 1 ? "" : "s")\n"
        output(out)
    }

    /// Escapes a message as the workflow command syntax requires.
    static func data(_ text: String) -> String {
        text.replacing("%", with: "%25").replacing("\r", with: "%0D")
            .replacing("\n", with: "%0A").escapingTerminalControls
    }

    /// Escapes a property value (also `:` and `,`).
    static func property(_ text: String) -> String {
        data(text).replacing(":", with: "%3A").replacing(",", with: "%2C")
    }
}
