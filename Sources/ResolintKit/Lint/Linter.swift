/// Runs the enabled rules of a rule set over documents, with the severities a configuration
/// sets, and returns the findings in file order.
public struct Linter: Sendable {
    public let rules: [any Rule]
    private let severities: [String: Severity]
    /// Each rule's category, for telling one slip seen twice from two slips.
    private let categories: [String: RuleCategory]

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
        categories = Dictionary(
            rules.map { ($0.description.id, $0.description.category) }, uniquingKeysWith: { first, _ in first })
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
        let sorted = findings.sorted {
            ($0.range.start, $0.range.end, $0.ruleID, $0.message) < (
                $1.range.start, $1.range.end, $1.ruleID, $1.message
            )
        }
        return Self.oneFindingPerSlip(sorted, categories: categories)
    }

    /// One slip, one finding: where the words of one finding lie inside another's of another
    /// rule ("UN" inside "UN Charter"), or two rules of one category overlap on the same words
    /// ("ECOSOC resolution 2003/24", an organ not named in full), the wider finding reports and
    /// the other is dropped. Two rules on exactly the same words both report.
    static func oneFindingPerSlip(_ findings: [Finding], categories: [String: RuleCategory]) -> [Finding] {
        // Widest first at each start, so that a finding meets the ones that may cover it first.
        let order = findings.indices.sorted {
            let (a, b) = (findings[$0].range, findings[$1].range)
            return (a.start, b.end, $0) < (b.start, a.end, $1)
        }
        var kept: [Int] = []
        var open: [Int] = []  // kept findings whose range may still reach what follows
        for index in order {
            let finding = findings[index]
            open.removeAll { findings[$0].range.end <= finding.range.start }
            let covering = open.first { other in
                let wider = findings[other]
                // The same words seen by two rules are two points about them (a marker with no
                // note is also out of order): both stay.
                guard wider.ruleID != finding.ruleID, wider.range != finding.range else { return false }
                let contains = wider.range.end >= finding.range.end
                let sameCategory =
                    categories[wider.ruleID] != nil && categories[wider.ruleID] == categories[finding.ruleID]
                return contains || sameCategory
            }
            if covering != nil { continue }
            kept.append(index)
            open.append(index)
        }
        return kept.sorted().map { findings[$0] }
    }
}
