import ArgumentParser
import ResolintKit

#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif

/// `resolint rules [ID]`: lists the rules — built in, bundled and the user's own from the rule
/// folders of `.resolint.yml` — or shows one with its rationale and examples; `--test DIR` runs
/// the examples of the rule files in DIR.
struct Rules: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "rules",
        abstract: "List the drafting rules, or explain one.",
        discussion: """
            Rules read from a folder of one's own (rule-directories in .resolint.yml, or --test) are \
            listed with the file they come from. With --test, each rule of the folder's files runs its \
            triggering and non-triggering examples and corrections; exit status 1 when one fails.
            """)

    @Argument(help: "A rule id to explain.")
    var id: String?

    @Option(help: "The configuration whose rule folders to include (default: .resolint.yml here or above).")
    var config: String?

    @Option(name: .customLong("test"), help: "Run the examples of the rule files in this folder.")
    var testFolder: String?

    @Flag(help: "Explain the rule as the Markdown page docs/rules/ID.md is.")
    var markdown = false

    func run() throws {
        let bundled = BundledRules.directory()
        var own: [String] = []
        let ruleSet: RuleSet
        do {
            if let testFolder {
                own = [testFolder]
            } else if let path = config ?? Configuration.find(from: FileManager.default.currentDirectoryPath) {
                own = try Configuration.load(path: path).ruleDirectories
            }
            ruleSet = RuleSet.standard(data: try RuleData.load(directories: (bundled.map { [$0] } ?? []) + own))
        } catch {
            printError("resolint: \(error)")
            throw ExitStatus(2)
        }
        func source(_ rule: any Rule) -> String? {
            guard let file = (rule as? SubstitutionRule)?.source else { return nil }
            return own.contains { file.hasPrefix($0.hasSuffix("/") ? $0 : $0 + "/") } ? file : nil
        }
        if testFolder != nil {
            let tested = ruleSet.rules.filter { source($0) != nil }
            var failed = false
            for rule in tested {
                let failures = RuleExampleCheck.failures(of: rule)
                failed = failed || !failures.isEmpty
                write(failures.isEmpty ? "ok    \(rule.description.id) (\(source(rule) ?? ""))\n" : "")
                for failure in failures { write("FAIL  \(failure)\n") }
            }
            write(
                "\(tested.count) rule\(tested.count == 1 ? "" : "s") tested, \(failed ? "some failed" : "all examples hold")\n"
            )
            if failed { throw ExitStatus(1) }
            return
        }
        guard let id else {
            let width = ruleSet.rules.map(\.description.id.count).max() ?? 0
            for rule in ruleSet.rules {
                let description = rule.description
                let padded = pad(description.id, width)
                let category = pad(description.category.rawValue, 11)
                let severity = pad(description.severity.rawValue, 7)
                let from = source(rule).map { " (\($0))" } ?? ""
                write("\(padded)  \(category)  \(severity)  \(description.summary)\(from)\n")
            }
            return
        }
        guard let rule = ruleSet.rule(id) else {
            printError(
                "resolint: no rule \"\(id)\"" + Suggestion.hint(for: id, among: ruleSet.rules.map(\.description.id))
                    + " (resolint rules lists them)")
            throw ExitStatus(2)
        }
        if markdown {
            write(RuleExplanation.markdown(rule.description) + (source(rule).map { "\nFrom `\($0)`.\n" } ?? ""))
        } else {
            write(RuleExplanation.render(rule.description) + (source(rule).map { "\nFrom \($0)\n" } ?? ""))
        }
    }
}

/// `text` with spaces after it up to `width` characters.
private func pad(_ text: String, _ width: Int) -> String {
    text + String(repeating: " ", count: max(0, width - text.count))
}
