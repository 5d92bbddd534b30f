/// A drafting check. A rule is a small value: its description says what it is and shows
/// examples; `check` looks at one document and returns what is wrong in it.
public protocol Rule: Sendable {
    var description: RuleDescription { get }
    func check(_ document: LintDocument) -> [Finding]
}

extension Rule {
    /// A finding of this rule with its default severity (the linter applies configuration).
    public func finding(_ message: String, at range: SourceRange, fix: Fix? = nil) -> Finding {
        Finding(
            ruleID: description.id, category: description.category, severity: description.severity,
            message: message, range: range, fix: fix)
    }
}

/// A rule that takes options from `.resolint.yml` (`rules: { id: { options: … } }`).
public protocol ConfigurableRule: Rule {
    /// The rule with these options applied, or an error naming the option's line.
    func configured(_ options: YAMLNode, path: String) throws(ConfigurationError) -> any Rule
}
