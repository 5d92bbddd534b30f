/// The JSON form of lint results (`--format json`).
public struct JSONReporter: LintReporter {
    public init() {}

    public func render(_ reports: [FileReport], rules: [any Rule], into output: (String) -> Void) {
        output(document(reports, rules: rules))
    }

    private func document(_ reports: [FileReport], rules: [any Rule]) -> String {
        let files: [JSONValue] = reports.map { report in
            var pairs: [(String, JSONValue)] = [("path", .string(report.path))]
            if let failure = report.failure { pairs.append(("error", .string(failure))) }
            pairs.append(("diagnostics", .array(report.findings.map(Self.finding))))
            return .object(pairs)
        }
        let summary = LintSummary(reports)
        return JSONValue.object([
            ("version", .int(1)),
            ("files", .array(files)),
            (
                "summary",
                .object([
                    ("errors", .int(summary.errors)), ("warnings", .int(summary.warnings)),
                    ("infos", .int(summary.infos)),
                ])
            ),
        ]).rendered() + "\n"
    }

    static func finding(_ finding: Finding) -> JSONValue {
        var pairs: [(String, JSONValue)] = [
            ("rule", .string(finding.ruleID)),
            ("category", .string(finding.category.rawValue)),
            ("severity", .string(finding.severity.rawValue)),
            ("message", .string(finding.message)),
        ]
        pairs += place(finding.range)
        if let fix = finding.fix {
            pairs.append(("fix", .object([("replacement", .string(fix.replacement))] + place(fix.range))))
            if fix.edits.count > 1 {
                pairs.append(
                    (
                        "fixEdits",
                        .array(fix.edits.map { .object([("replacement", .string($0.replacement))] + place($0.range)) })
                    ))
            }
        }
        return .object(pairs)
    }

    static func place(_ range: SourceRange) -> [(String, JSONValue)] {
        [
            ("line", .int(range.start.line)), ("column", .int(range.start.column)),
            ("endLine", .int(range.end.line)), ("endColumn", .int(range.end.column)),
        ]
    }
}
