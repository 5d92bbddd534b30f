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

/// A certain fix: one or more replacements, applied together or not at all (a renumbering
/// rewrites every later number and every reference to them in one fix).
public struct Fix: Hashable, Sendable {
    /// Replace the text in `range` with `replacement`.
    public struct Edit: Hashable, Sendable {
        public var range: SourceRange
        public var replacement: String

        public init(range: SourceRange, replacement: String) {
            self.range = range
            self.replacement = replacement
        }
    }

    /// In file order, none overlapping another.
    public var edits: [Edit]

    public init(range: SourceRange, replacement: String) {
        edits = [Edit(range: range, replacement: replacement)]
    }

    public init(edits: [Edit]) {
        self.edits = edits.sorted { ($0.range.start, $0.range.end) < ($1.range.start, $1.range.end) }
    }

    /// The first edit's place, where a one-edit fix is.
    public var range: SourceRange {
        edits.first?.range ?? SourceRange(start: .init(line: 1, column: 1), end: .init(line: 1, column: 1))
    }
    /// The first edit's text.
    public var replacement: String { edits.first?.replacement ?? "" }
}
