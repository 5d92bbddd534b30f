/// `file:line:col: severity: message [rule-id]`, then the source line and a caret under the
/// finding; colours only when asked (the command asks on a terminal, never under `NO_COLOR`).
public struct TextReporter: LintReporter {
    public var color: Bool

    public init(color: Bool = false) {
        self.color = color
    }

    public func render(_ reports: [FileReport], rules: [any Rule], into output: (String) -> Void) {
        var out = ""
        for report in reports {
            if let failure = report.failure {
                out += paint("\(failure)\n", code: "1;31")
                continue
            }
            for finding in report.findings {
                // Written a finding at a time: the report is never held whole.
                if !out.isEmpty {
                    output(out)
                    out = ""
                }
                let start = finding.range.start
                let label = paint(finding.severity.rawValue, code: code(finding.severity))
                let place = report.source?.label(start) ?? "\(start.line):\(start.column)"
                out +=
                    "\(report.path.escapingControlCharacters):\(place): \(label): "
                    + "\(finding.message.escapingControlCharacters) [\(finding.ruleID)]\n"
                guard let source = report.source, start.line - 1 < source.lines.count else { continue }
                let full = source.lines[start.line - 1]
                var width =
                    finding.range.end.line == start.line ? max(finding.range.end.column - start.column, 1) : 1
                // A long line is shown as a window around the finding, as compilers do.
                let (line, column) = Self.window(full, column: start.column, width: width)
                width = min(width, line.count - column + 2)
                out += String(scalars: line).escapingTerminalControls + "\n"
                let indent = line.prefix(column - 1).map { $0 == "\t" ? "\t" : " " }.joined()
                out += indent + paint("^" + String(repeating: "~", count: max(width, 1) - 1), code: "1;32") + "\n"
            }
        }
        let summary = LintSummary(reports)
        out += "\(summary.errors) error\(summary.errors == 1 ? "" : "s"), "
        out += "\(summary.warnings) warning\(summary.warnings == 1 ? "" : "s"), "
        out +=
            "\(summary.infos) info\(summary.infos == 1 ? "" : "s") in \(reports.count) file\(reports.count == 1 ? "" : "s")\n"
        output(out)
    }

    /// The widest line shown whole; a longer one is cut to a window around the finding.
    static let maxLineWidth = 120

    /// The part of `line` shown for a finding at `column` (1-based) of `width` columns, with
    /// "…" where it was cut, and the finding's column in it.
    static func window(_ line: [Unicode.Scalar], column: Int, width: Int) -> ([Unicode.Scalar], Int) {
        guard line.count > maxLineWidth else { return (line, column) }
        let before = 40
        let lower = max(0, column - 1 - before)
        let upper = min(line.count, max(column - 1 + min(width, maxLineWidth - before), lower + maxLineWidth))
        var shown = Array(line[lower..<upper])
        var at = column - lower
        if lower > 0 {
            shown.insert("…", at: 0)
            at += 1
        }
        if upper < line.count { shown.append("…") }
        return (shown, at)
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
