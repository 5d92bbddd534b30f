/// A silencing comment that silences nothing is reported, as a compiler reports an unused
/// suppression: the rule it names did not report the paragraph after it (or the file), or is not
/// a rule at all. The linter makes these findings when it applies the comments.
public struct SuperfluousDisableRule: Rule {
    public static let id = "superfluous-disable"

    public init() {}

    public let description = RuleDescription(
        id: SuperfluousDisableRule.id, category: .structure, severity: .warning,
        summary: "a resolint-disable comment that silences nothing",
        rationale: """
            A comment that silences a rule where the rule reports nothing hides the next real \
            finding of that rule, or names a rule that does not exist; either way it should go.
            """,
        triggering: [
            RuleExample(
                "The General Assembly,\n\n↓<!-- resolint-disable-next paragraph-opener -->\n\n1. Decides to act.\n",
                whole: true)
        ],
        nonTriggering: [RuleExample("The General Assembly,\n\n1. Decides to act.\n", whole: true)])

    public func check(_ document: LintDocument) -> [Finding] { [] }
}
