/// Runs the enabled rules of a rule set over documents, with the severities a configuration
/// sets, and returns the findings in file order.
public struct Linter: Sendable {
    public let rules: [any Rule]
    private let severities: [String: Severity]

    /// Checks the configuration against the rule set: an unknown rule id is an error naming its line.
    public init(ruleSet: RuleSet, configuration: Configuration = Configuration()) throws(ConfigurationError) {
        let known = Set(ruleSet.rules.map(\.description.id))
        for (id, settings) in configuration.rules.sorted(by: { $0.key < $1.key }) where !known.contains(id) {
            throw ConfigurationError(
                path: configuration.path ?? Configuration.fileName, line: settings.line,
                message: "unknown rule \"\(id)\"" + Suggestion.hint(for: id, among: Array(known).sorted())
                    + " (resolint rules lists them)")
        }
        var configured: [any Rule] = []
        for rule in ruleSet.rules where configuration.rules[rule.description.id]?.enabled ?? true {
            guard let options = configuration.rules[rule.description.id]?.options else {
                configured.append(rule)
                continue
            }
            guard let configurable = rule as? any ConfigurableRule else {
                throw ConfigurationError(
                    path: configuration.path ?? Configuration.fileName, line: options.line,
                    message: "rule \"\(rule.description.id)\" takes no options")
            }
            configured.append(try configurable.configured(options, path: configuration.path ?? Configuration.fileName))
        }
        rules = configured
        severities = configuration.rules.compactMapValues(\.severity)
    }

    public func lint(_ document: LintDocument) -> [Finding] {
        var findings: [Finding] = []
        for rule in rules {
            let severity = severities[rule.description.id]
            for var finding in rule.check(document) {
                if let severity { finding.severity = severity }
                findings.append(finding)
            }
        }
        return findings.sorted {
            ($0.range.start, $0.range.end, $0.ruleID, $0.message) < (
                $1.range.start, $1.range.end, $1.ruleID, $1.message
            )
        }
    }
}
