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
