/// A fault a rule found: where, what, and how to fix it when the fix is certain.
public struct Finding: Hashable, Sendable {
    public var ruleID: String
    public var category: RuleCategory
    public var severity: Severity
    /// Lower case, no full stop, offending text in quotes: `write "57/173", not "57 / 173"`.
    public var message: String
    public var range: SourceRange
    public var fix: Fix?

    public init(
        ruleID: String, category: RuleCategory, severity: Severity, message: String, range: SourceRange,
        fix: Fix? = nil
    ) {
        self.ruleID = ruleID
        self.category = category
        self.severity = severity
        self.message = message
        self.range = range
        self.fix = fix
    }
}

/// A certain fix: replace the text in `range` with `replacement`.
public struct Fix: Hashable, Sendable {
    public var range: SourceRange
    public var replacement: String

    public init(range: SourceRange, replacement: String) {
        self.range = range
        self.replacement = replacement
    }
}
