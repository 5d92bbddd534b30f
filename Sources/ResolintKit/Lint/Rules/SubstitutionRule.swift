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
///     find: Secretary General          # whole words; or `pattern:` for a regular expression,
///                                      # with `contains: [...]` naming strings it needs
///     replace: Secretary-General       # optional: the certain fix
///     message: write "Secretary-General"
///     triggering: ["Requests the ↓Secretary General to report;"]
///     non-triggering: ["Requests the Secretary-General to report;"]
/// ```
public struct SubstitutionRule: Rule {
    /// What the rule looks for.
    public enum Target: Sendable {
        /// These words, whole and literally.
        case words(String)
        /// A regular expression, tried only on paragraphs that contain one of `contains` (when
        /// given), a cheap test that spares most paragraphs the expression.
        case pattern(TextPattern, contains: [String])
    }

    public let description: RuleDescription
    let target: Target
    let replacement: String?
    let message: String
    /// The file the rule was read from.
    public var source: String?

    public init(description: RuleDescription, target: Target, replacement: String?, message: String) {
        self.description = description
        self.target = target
        self.replacement = replacement
        self.message = message
    }

    private func matches(in text: String) -> [Range<String.Index>] {
        switch target {
        case .words(let words):
            // The words are matched exactly, so their bytes must be there.
            return text.containsBytes(words) ? TextSearch.occurrences(of: words, in: text, folding: false) : []
        case .pattern(let pattern, let hints):
            // For a pattern anchored at the start, a hint must stand at the start too.
            let anchored = pattern.source.hasPrefix("^")
            let hinted = hints.isEmpty || hints.contains { anchored ? text.hasPrefix($0) : text.containsBytes($0) }
            return hinted ? pattern.matches(in: text).map(\.range) : []
        }
    }

    /// The longest paragraph a pattern runs on: the engine has no bound on its work, so a
    /// longer one is reported as not checked instead of being matched for minutes.
    public static let maxPatternText = 100_000

    public func check(_ document: LintDocument) -> [Finding] {
        var findings: [Finding] = []
        for unit in document.units {
            if case .pattern = target, unit.text.utf8.count > Self.maxPatternText {
                var notChecked = finding(
                    "\(unit.name) is over \(Self.maxPatternText) bytes; the pattern of \(description.id) was not run on it",
                    at: unit.paragraph.range)
                notChecked.severity = .info
                findings.append(notChecked)
                continue
            }
            for match in matches(in: unit.text) {
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
