/// Runs the enabled rules of a rule set over documents, with the severities a configuration
/// sets, and returns the findings in file order.
public struct Linter: Sendable {
    public let rules: [any Rule]
    private let severities: [String: Severity]
    /// Each rule's category, for telling one slip seen twice from two slips.
    private let categories: [String: RuleCategory]
    /// The configuration's `silence:` entries.
    private let entries: [Configuration.SilenceEntry]

    /// Checks the configuration against the rule set: an unknown rule id is an error naming its line.
    public init(ruleSet: RuleSet, configuration: Configuration = Configuration()) throws(ConfigurationError) {
        let known = Set(ruleSet.rules.map(\.description.id))
        for (id, settings) in configuration.rules.sorted(by: { $0.key < $1.key }) where !known.contains(id) {
            throw ConfigurationError(
                path: configuration.path ?? Configuration.fileName, line: settings.line,
                message: "unknown rule \"\(id)\"" + Suggestion.hint(for: id, among: Array(known).sorted())
                    + " (resolint rules lists them)")
        }
        var configured: [any Rule] = []
        for rule in ruleSet.rules where configuration.rules[rule.description.id]?.enabled ?? true {
            guard let options = configuration.rules[rule.description.id]?.options else {
                configured.append(rule)
                continue
            }
            guard let configurable = rule as? any ConfigurableRule else {
                throw ConfigurationError(
                    path: configuration.path ?? Configuration.fileName, line: options.line,
                    message: "rule \"\(rule.description.id)\" takes no options")
            }
            configured.append(try configurable.configured(options, path: configuration.path ?? Configuration.fileName))
        }
        rules = configured
        severities = configuration.rules.compactMapValues(\.severity)
        entries = configuration.silences
        categories = Dictionary(
            rules.map { ($0.description.id, $0.description.category) }, uniquingKeysWith: { first, _ in first })
    }

    public func lint(_ document: LintDocument) -> [Finding] {
        var findings: [Finding] = []
        for rule in rules {
            let severity = severities[rule.description.id]
            for var finding in rule.check(document) {
                if let severity { finding.severity = severity }
                findings.append(finding)
            }
        }
        let sorted = findings.sorted {
            ($0.range.start, $0.range.end, $0.ruleID, $0.message) < (
                $1.range.start, $1.range.end, $1.ruleID, $1.message
            )
        }
        return silenced(Self.oneFindingPerSlip(sorted, categories: categories), in: document)
    }

    /// The findings the text's silences leave (its comments, its Word comments, and the
    /// configuration's entries for its file), and a finding for each silence that silences
    /// nothing (a rule that is not there, a paragraph that is not there, or a rule that did not
    /// report where it is silenced).
    func silenced(_ findings: [Finding], in document: LintDocument) -> [Finding] {
        let silences = document.resolution.silences + configuredSilences(for: document.source.path)
        guard !silences.isEmpty else { return findings }
        var kept = findings
        var extra: [Finding] = []
        let known = Set(categories.keys)
        let reportsSuperfluous = categories[SuperfluousDisableRule.id] != nil
        for silence in silences {
            // Where it applies: a paragraph with its subparagraphs, or the file.
            var ranges: [SourceRange] = []
            var place = silence.range
            var missing: String?
            func take(_ first: Int) {
                var index = first
                repeat {
                    ranges += [document.units[index].paragraph.range, document.units[index].paragraph.numberRange]
                    index += 1
                } while index < document.units.count && document.units[index].isSubparagraph
            }
            switch silence.scope {
            case .file:
                break
            case .nextParagraph:
                if let first = document.units.firstIndex(where: {
                    !$0.isSubparagraph && $0.paragraph.range.start.line > silence.range.start.line
                }) {
                    take(first)
                }
            case .paragraphAtLine:
                let line = silence.range.start.line
                if let first = document.units.lastIndex(where: {
                    !$0.isSubparagraph && $0.paragraph.range.start.line <= line && line <= $0.paragraph.range.end.line
                }) {
                    take(first)
                }
            case .paragraph(let target):
                if let first = document.units.firstIndex(where: { Self.names($0, target) }) {
                    take(first)
                    place = document.units[first].paragraph.numberRange
                } else {
                    missing = "there is no \(target.phrase) in this text"
                }
            }
            func applies(_ finding: Finding) -> Bool {
                guard silence.rules.contains(finding.ruleID), missing == nil else { return false }
                if silence.scope == .file { return true }
                return ranges.contains { $0.start <= finding.range.start && finding.range.start < $0.end }
            }
            let before = kept.count
            kept.removeAll(where: applies)
            guard reportsSuperfluous, kept.count == before else { continue }
            let unknown = silence.rules.filter { !known.contains($0) && !RuleSet.builtInIDs.contains($0) }
            let what = silence.origin ?? "the comment"
            let prefix = silence.origin.map { "\($0): " } ?? ""
            let whereSilenced =
                switch silence.scope {
                case .file: "in this file"
                case .nextParagraph: "in the next paragraph"
                case .paragraphAtLine: "in this paragraph"
                case .paragraph(let target): "in \(target.phrase)"
                }
            let message =
                silence.rules.isEmpty
                ? "\(prefix)this resolint-disable names no rule"
                : missing.map { "\(prefix)\($0)" }
                    ?? unknown.first.map {
                        "\(prefix)no rule \"\($0)\" is run" + Suggestion.hint(for: $0, among: known.sorted())
                    }
                    ?? "\(silence.rules.joined(separator: ", ")) reports nothing \(whereSilenced): \(what) silences nothing"
            extra.append(
                Finding(
                    ruleID: SuperfluousDisableRule.id, category: .structure,
                    severity: severities[SuperfluousDisableRule.id] ?? .warning, message: message, range: place)
            )
        }
        return (kept + extra).sorted { ($0.range.start, $0.ruleID) < ($1.range.start, $1.ruleID) }
    }

    /// True when the unit is the top-level paragraph `target` names: an operative or annex
    /// paragraph by its printed number, a preambular one by its place.
    static func names(_ unit: TextUnit, _ target: ParagraphTarget) -> Bool {
        guard !unit.isSubparagraph else { return false }
        switch (unit.role, target.part) {
        case (.preamble, .preamble): return unit.index == target.index
        case (.operative, .operative): return unit.paragraph.number == (target.number ?? String(target.index))
        case (.annex(let a), .annex(let b)) where a == b:
            return unit.paragraph.number == (target.number ?? String(target.index))
        default: return false
        }
    }

    /// The configuration's silences for the file at `path`.
    func configuredSilences(for path: String) -> [Silence] {
        entries.filter { $0.matches(path) }.map(\.silence)
    }

    /// One slip, one finding: where the words of one finding lie inside another's of another
    /// rule ("UN" inside "UN Charter"), or two rules of one category overlap on the same words
    /// ("ECOSOC resolution 2003/24", an organ not named in full), the wider finding reports and
    /// the other is dropped. Two rules on exactly the same words both report.
    static func oneFindingPerSlip(_ findings: [Finding], categories: [String: RuleCategory]) -> [Finding] {
        // Widest first at each start, so that a finding meets the ones that may cover it first.
        let order = findings.indices.sorted {
            let (a, b) = (findings[$0].range, findings[$1].range)
            return (a.start, b.end, $0) < (b.start, a.end, $1)
        }
        var kept: [Int] = []
        var open: [Int] = []  // kept findings whose range may still reach what follows
        for index in order {
            let finding = findings[index]
            open.removeAll { findings[$0].range.end <= finding.range.start }
            let covering = open.first { other in
                let wider = findings[other]
                // The same words seen by two rules are two points about them (a marker with no
                // note is also out of order): both stay.
                guard wider.ruleID != finding.ruleID, wider.range != finding.range else { return false }
                let contains = wider.range.end >= finding.range.end
                let sameCategory =
                    categories[wider.ruleID] != nil && categories[wider.ruleID] == categories[finding.ruleID]
                return contains || sameCategory
            }
            if covering != nil { continue }
            kept.append(index)
            open.append(index)
        }
        return kept.sorted().map { findings[$0] }
    }
}
