/// What a rule is, for users and for its own tests: id, family, default severity, a one-line
/// summary, why it exists, and examples that the test suite runs.
public struct RuleDescription: Sendable {
    /// Stable kebab-case id, used in reports and configuration.
    public var id: String
    public var category: RuleCategory
    public var severity: Severity
    public var summary: String
    /// Why the rule exists, citing the UN Editorial Manual where it applies.
    public var rationale: String
    public var triggering: [RuleExample]
    public var nonTriggering: [RuleExample]
    /// Texts before and after the rule's certain fixes; empty for a rule without fixes.
    public var corrections: [RuleCorrection]

    public init(
        id: String, category: RuleCategory, severity: Severity, summary: String, rationale: String,
        triggering: [RuleExample], nonTriggering: [RuleExample], corrections: [RuleCorrection] = []
    ) {
        self.id = id
        self.category = category
        self.severity = severity
        self.summary = summary
        self.rationale = rationale
        self.triggering = triggering
        self.nonTriggering = nonTriggering
        self.corrections = corrections
    }
}
