/// The text `resolint rules ID` prints for one rule, and the same explanation as the Markdown
/// page `docs/rules/ID.md` that SARIF's `helpUri` points at.
public enum RuleExplanation {
    public static func render(_ description: RuleDescription) -> String {
        var out = "\(description.id) (\(description.category.rawValue), \(description.severity.rawValue))\n"
        out += "\(description.summary)\n\n\(description.rationale)\n"
        out += "\nTriggering examples (↓ marks the finding):\n"
        for example in description.triggering { out += indent(example.text) }
        out += "\nNon-triggering examples:\n"
        for example in description.nonTriggering { out += indent(example.text) }
        if !description.corrections.isEmpty {
            out += "\nCorrections:\n"
            for correction in description.corrections {
                out += indent(correction.before.text) + "  →\n" + indent(correction.after.text)
            }
        }
        return out
    }

    /// The explanation as a Markdown page: the summary, the rationale, and each example in a
    /// fenced block of its own.
    public static func markdown(_ description: RuleDescription) -> String {
        var out = "# \(description.id)\n\n"
        out += "*\(description.category.rawValue), \(description.severity.rawValue) by default*\n\n"
        out += "\(description.summary)\n\n\(description.rationale)\n"
        out += "\n## Triggering examples\n\n↓ marks where the finding is reported.\n"
        for example in description.triggering { out += fenced(example.text) }
        out += "\n## Non-triggering examples\n"
        for example in description.nonTriggering { out += fenced(example.text) }
        if !description.corrections.isEmpty {
            out += "\n## Corrections\n"
            for correction in description.corrections {
                out += "\nBefore:\n" + fenced(correction.before.text) + "\nAfter:\n" + fenced(correction.after.text)
            }
        }
        return out
    }

    private static func indent(_ text: String) -> String {
        text.split(separator: "\n", omittingEmptySubsequences: false).map { "    " + $0 }.joined(separator: "\n") + "\n"
    }

    private static func fenced(_ text: String) -> String {
        "\n```text\n" + text + (text.hasSuffix("\n") ? "" : "\n") + "```\n"
    }
}
