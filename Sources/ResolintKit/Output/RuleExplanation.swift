/// The text `resolint rules ID` prints for one rule.
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

    private static func indent(_ text: String) -> String {
        text.split(separator: "\n", omittingEmptySubsequences: false).map { "    " + $0 }.joined(separator: "\n") + "\n"
    }
}
