/// A rule written as data in `Rules/*.yml`: a word or pattern that must not appear, with the
/// text to write instead when that is certain.
///
/// ```yaml
/// substitutions:
///   - id: secretary-general-hyphen
///     category: wording
///     severity: error
///     summary: "Secretary-General" takes a hyphen
///     rationale: The Editorial Manual spells the title with a hyphen.
///     find: Secretary General          # whole words; or `pattern:` for a regular expression
///     replace: Secretary-General       # optional: the certain fix
///     message: write "Secretary-General"
///     triggering: ["Requests the ↓Secretary General to report;"]
///     non-triggering: ["Requests the Secretary-General to report;"]
/// ```
public struct SubstitutionRule: Rule {
    public let description: RuleDescription
    let pattern: TextPattern
    let replacement: String?
    let message: String

    public init(description: RuleDescription, pattern: TextPattern, replacement: String?, message: String) {
        self.description = description
        self.pattern = pattern
        self.replacement = replacement
        self.message = message
    }

    /// A pattern matching `words` as whole words, literally.
    public static func wholeWords(_ words: String) throws -> TextPattern {
        let escaped = words.map { "\\^$.|?*+()[]{}/".contains($0) ? "\\\($0)" : String($0) }.joined()
        let start = words.first.map { $0.isLetter || $0.isNumber } == true ? "\\b" : ""
        return try TextPattern(start + escaped + "(?![\\p{L}\\p{N}])")
    }

    public func check(_ document: LintDocument) -> [Finding] {
        var findings: [Finding] = []
        for unit in document.units {
            for match in pattern.matches(in: unit.text) {
                let range = unit.range(match)
                var fix: Fix?
                if let replacement, unit.isContiguous(match) {
                    fix = Fix(range: range, replacement: replacement)
                }
                findings.append(finding(message, at: range, fix: fix))
            }
        }
        return findings
    }
}
