/// Runs a rule's own examples, as `resolint rules --test DIR` does for a folder of data rules
/// and the test suite for every rule: a triggering example gives findings of that rule exactly
/// at its `↓` markers, a non-triggering one none, and each correction is what the rule's fixes
/// produce (and fixing again changes nothing).
public enum RuleExampleCheck {
    /// What went wrong, one line each; empty when every example holds.
    public static func failures(of rule: any Rule) -> [String] {
        let id = rule.description.id
        var failures: [String] = []
        let linter: Linter
        do {
            linter = try Linter(ruleSet: RuleSet(rules: [rule]))
        } catch {
            return ["\(id): \(error)"]
        }
        func lint(_ text: String) -> (LintDocument, [Finding]) {
            let source = SourceText(path: "example.txt", text: text)
            let document = LintDocument(resolution: ResolutionParser().parse(source), source: source)
            return (document, linter.lint(document).filter { $0.ruleID == id })
        }
        func place(_ position: SourcePosition) -> String { "\(position.line):\(position.column)" }
        for (kind, examples, triggering) in [
            ("triggering", rule.description.triggering, true),
            ("non-triggering", rule.description.nonTriggering, false),
        ] {
            for (number, example) in examples.enumerated() {
                let (text, markers) = example.document
                let expected = triggering ? markers : []
                let found = lint(text).1.map(\.range.start).sorted()
                if found != expected {
                    failures.append(
                        "\(id): \(kind) example \(number + 1) gives findings at [\(found.map(place).joined(separator: ", "))], "
                            + "not at [\(expected.map(place).joined(separator: ", "))]")
                }
            }
        }
        for (number, correction) in rule.description.corrections.enumerated() {
            let (document, found) = lint(correction.before.document.text)
            let fixed = document.source.applying(found.compactMap(\.fix))
            if fixed != correction.after.document.text {
                failures.append("\(id): correction \(number + 1) gives \"\(fixed)\"")
            }
        }
        return failures
    }
}
