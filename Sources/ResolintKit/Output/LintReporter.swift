/// Turns lint results into one output format. Each reporter is a small type; the command
/// chooses one by `--format`.
public protocol LintReporter: Sendable {
    func render(_ reports: [FileReport], rules: [any Rule]) -> String
}
