#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif

/// The rules and registers written as data: every `*.yml` of the bundled `Rules/` folder and of
/// the folders a configuration adds, read in name order.
///
/// A file may hold any of these keys:
/// - `openers`: `preambular:` and `operative:` lists of the words that open paragraphs;
/// - `instruments`: the register of legal instruments, `- name: …` with known wrong `variants:`;
/// - `substitutions`: rules of their own (see `SubstitutionRule`).
public struct RuleData: Sendable {
    /// A legal instrument's canonical name and the wrong forms seen in drafts.
    public struct Instrument: Sendable, Equatable {
        public var name: String
        public var variants: [String]
    }

    public var preambularOpeners: [String] = []
    public var operativeOpeners: [String] = []
    public var instruments: [Instrument] = []
    public var substitutions: [SubstitutionRule] = []

    public init() {}

    /// Reads every `*.yml` file of each folder, in order.
    public static func load(directories: [String]) throws(ConfigurationError) -> RuleData {
        var data = RuleData()
        for directory in directories {
            guard case .directory = try? FileSystem.kind(of: directory) else {
                throw ConfigurationError(path: directory, line: nil, message: "rule directory cannot be read")
            }
            let names = FileSystem.files(under: directory).filter { !$0.contains("/") }
            for name in names.sorted() where name.hasSuffix(".yml") || name.hasSuffix(".yaml") {
                let path = (directory.hasSuffix("/") ? directory : directory + "/") + name
                try data.add(try Configuration.readText(path), path: path)
            }
        }
        return data
    }

    /// Adds the rules and registers of one file's text.
    public mutating func add(_ text: String, path: String) throws(ConfigurationError) {
        let root: YAMLNode
        do {
            root = try YAMLReader.parse(text)
        } catch {
            throw ConfigurationError(path: path, line: error.line, message: error.message)
        }
        for entry in root.entries ?? [] {
            switch entry.key {
            case "openers":
                for list in entry.value.entries ?? [] {
                    let words = try Self.strings(list.value, path: path, what: "openers")
                    switch list.key {
                    case "preambular": preambularOpeners += words
                    case "operative": operativeOpeners += words
                    default:
                        throw ConfigurationError(
                            path: path, line: list.line, message: "unknown key \"\(list.key)\" (preambular, operative)")
                    }
                }
            case "instruments":
                for item in entry.value.items ?? [] {
                    guard let name = item["name"]?.string else {
                        throw ConfigurationError(path: path, line: item.line, message: "an instrument needs a name")
                    }
                    let variants = try item["variants"].map { node throws(ConfigurationError) in
                        try Self.strings(node, path: path, what: "variants")
                    }
                    instruments.append(Instrument(name: name, variants: variants ?? []))
                }
            case "substitutions":
                for item in entry.value.items ?? [] {
                    var rule = try Self.substitution(item, path: path)
                    let id = rule.description.id
                    if RuleSet.builtInIDs.contains(id) {
                        throw ConfigurationError(
                            path: path, line: item["id"]?.line ?? item.line,
                            message: "rule id \"\(id)\" is a built-in rule's; choose another id")
                    }
                    if let other = substitutions.first(where: { $0.description.id == id }) {
                        throw ConfigurationError(
                            path: path, line: item["id"]?.line ?? item.line,
                            message: "rule id \"\(id)\" is already defined in \(other.source ?? "another file")")
                    }
                    rule.source = path
                    substitutions.append(rule)
                }
            default:
                throw ConfigurationError(
                    path: path, line: entry.line,
                    message: "unknown key \"\(entry.key)\" (openers, instruments, substitutions)")
            }
        }
    }

    private static func strings(_ node: YAMLNode, path: String, what: String) throws(ConfigurationError) -> [String] {
        guard let items = node.items else {
            throw ConfigurationError(path: path, line: node.line, message: "\(what) must be a list")
        }
        var result: [String] = []
        for item in items {
            guard let text = item.string else {
                throw ConfigurationError(path: path, line: item.line, message: "\(what) must be a list of words")
            }
            result.append(text)
        }
        return result
    }

    private static func substitution(_ node: YAMLNode, path: String) throws(ConfigurationError) -> SubstitutionRule {
        let known: Set<String> = [
            "id", "category", "severity", "summary", "rationale", "find", "pattern", "contains", "replace", "message",
            "triggering", "non-triggering", "corrections",
        ]
        for entry in node.entries ?? [] where !known.contains(entry.key) {
            throw ConfigurationError(
                path: path, line: entry.line,
                message: "unknown key \"\(entry.key)\" in a substitution"
                    + Suggestion.hint(for: entry.key, among: known.sorted()))
        }
        // Every missing field at once, not one per run.
        var missing = ["id", "category", "severity", "summary", "rationale", "message"].filter {
            (node[$0]?.string ?? "").isEmpty
        }
        if node["find"] == nil && node["pattern"] == nil { missing.append("find or pattern") }
        if !missing.isEmpty {
            let name = node["id"]?.string.map { " \($0)" } ?? ""
            throw ConfigurationError(
                path: path, line: node.line,
                message: "the substitution\(name) needs " + missing.map { "\"\($0)\"" }.joined(separator: ", "))
        }
        func field(_ key: String) throws(ConfigurationError) -> String {
            guard let value = node[key]?.string, !value.isEmpty else {
                throw ConfigurationError(path: path, line: node.line, message: "a substitution needs \"\(key)\"")
            }
            return value
        }
        let id = try field("id")
        guard let category = RuleCategory(rawValue: try field("category")) else {
            throw ConfigurationError(path: path, line: node["category"]?.line, message: "unknown category for \(id)")
        }
        guard let severity = Severity(rawValue: try field("severity")) else {
            throw ConfigurationError(path: path, line: node["severity"]?.line, message: "unknown severity for \(id)")
        }
        let target: SubstitutionRule.Target
        if let words = node["find"]?.string, !words.isEmpty {
            target = .words(words)
        } else {
            do {
                let hints = try node["contains"].map { node throws(ConfigurationError) in
                    try Self.strings(node, path: path, what: "contains")
                }
                let pattern = try TextPattern(try field("pattern"))
                // A pattern that can match nothing at all reports at every character.
                if pattern.matchesEmpty(in: ["a", " ", "1", ".", "A/RES/1 of 1 May 2000, a."]) {
                    throw ConfigurationError(
                        path: path, line: node["pattern"]?.line,
                        message: "the pattern of \(id) can match the empty string; it must match some text")
                }
                if pattern.nestsRepeats {
                    throw ConfigurationError(
                        path: path, line: node["pattern"]?.line,
                        message: "the pattern of \(id) repeats a group that itself repeats, as in (a+)+, which can "
                            + "take time exponential in the text; write it without the nesting")
                }
                target = .pattern(pattern, contains: hints ?? [])
            } catch let error as ConfigurationError {
                throw error
            } catch {
                throw ConfigurationError(
                    path: path, line: node["pattern"]?.line, message: "bad pattern for \(id): \(error)")
            }
        }
        let examples = { (key: String) throws(ConfigurationError) -> [RuleExample] in
            guard let list = node[key] else { return [] }
            return try strings(list, path: path, what: key).map { RuleExample($0) }
        }
        var corrections: [RuleCorrection] = []
        for item in node["corrections"]?.items ?? [] {
            guard let before = item["before"]?.string, let after = item["after"]?.string else {
                throw ConfigurationError(path: path, line: item.line, message: "a correction needs before and after")
            }
            corrections.append(RuleCorrection(before, after))
        }
        let description = RuleDescription(
            id: id, category: category, severity: severity, summary: try field("summary"),
            rationale: try field("rationale"), triggering: try examples("triggering"),
            nonTriggering: try examples("non-triggering"), corrections: corrections)
        return SubstitutionRule(
            description: description, target: target, replacement: node["replace"]?.string,
            message: try field("message"))
    }
}
