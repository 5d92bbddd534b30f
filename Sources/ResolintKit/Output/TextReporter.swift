/// `file:line:col: severity: message [rule-id]`, then the source line and a caret under the
/// finding; colours only when asked (the command asks on a terminal, never under `NO_COLOR`).
public struct TextReporter: LintReporter {
    public var color: Bool

    public init(color: Bool = false) {
        self.color = color
    }

    public func render(_ reports: [FileReport], rules: [any Rule]) -> String {
        var out = ""
        for report in reports {
            if let failure = report.failure {
                out += paint("\(failure)\n", code: "1;31")
                continue
            }
            for finding in report.findings {
                let start = finding.range.start
                let label = paint(finding.severity.rawValue, code: code(finding.severity))
                let place = report.source?.label(start) ?? "\(start.line):\(start.column)"
                out +=
                    "\(report.path.escapingControlCharacters):\(place): \(label): "
                    + "\(finding.message.escapingControlCharacters) [\(finding.ruleID)]\n"
                guard let source = report.source, start.line - 1 < source.lines.count else { continue }
                let line = source.lines[start.line - 1]
                out += String(scalars: line).escapingTerminalControls + "\n"
                let width =
                    finding.range.end.line == start.line ? max(finding.range.end.column - start.column, 1) : 1
                let indent = line.prefix(start.column - 1).map { $0 == "\t" ? "\t" : " " }.joined()
                out += indent + paint("^" + String(repeating: "~", count: width - 1), code: "1;32") + "\n"
            }
        }
        let summary = LintSummary(reports)
        out += "\(summary.errors) error\(summary.errors == 1 ? "" : "s"), "
        out += "\(summary.warnings) warning\(summary.warnings == 1 ? "" : "s"), "
        out +=
            "\(summary.infos) info\(summary.infos == 1 ? "" : "s") in \(reports.count) file\(reports.count == 1 ? "" : "s")\n"
        return out
    }

    private func code(_ severity: Severity) -> String {
        switch severity {
        case .error: "1;31"
        case .warning: "1;33"
        case .info: "1;36"
        }
    }

    private func paint(_ text: String, code: String) -> String {
        let text = text.escapingTerminalControls
        return color ? "\u{1B}[\(code)m\(text)\u{1B}[0m" : text
    }
}
