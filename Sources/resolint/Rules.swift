import ResolintKit

/// `resolint rules [ID]`: lists the rules, or shows one with its rationale and examples.
struct Rules: Subcommand {
    static let syntax = CommandSyntax(
        name: "rules", abstract: "List the drafting rules, or explain one.",
        positionals: [.init(name: "id", help: "A rule id to explain.", optional: true)])

    let id: String?

    init(_ arguments: ParsedArguments) {
        id = arguments.positional("id")
    }

    func run() throws(ExitStatus) {
        let ruleSet: RuleSet
        do {
            ruleSet = RuleSet.standard(
                data: try RuleData.load(directories: BundledRules.directory().map { [$0] } ?? []))
        } catch {
            printError("resolint: \(error)")
            throw ExitStatus(2)
        }
        guard let id else {
            let width = ruleSet.rules.map(\.description.id.count).max() ?? 0
            for rule in ruleSet.rules {
                let description = rule.description
                let padded = pad(description.id, width)
                let category = pad(description.category.rawValue, 11)
                let severity = pad(description.severity.rawValue, 7)
                write("\(padded)  \(category)  \(severity)  \(description.summary)\n")
            }
            return
        }
        guard let rule = ruleSet.rule(id) else {
            printError(
                "resolint: no rule \"\(id)\"" + Suggestion.hint(for: id, among: ruleSet.rules.map(\.description.id))
                    + " (resolint rules lists them)")
            throw ExitStatus(2)
        }
        write(RuleExplanation.render(rule.description))
    }
}

/// `text` with spaces after it up to `width` characters.
private func pad(_ text: String, _ width: Int) -> String {
    text + String(repeating: " ", count: max(0, width - text.count))
}

/// The text `resolint rules ID` prints for one rule.
enum RuleExplanation {
    static func render(_ description: RuleDescription) -> String {
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
