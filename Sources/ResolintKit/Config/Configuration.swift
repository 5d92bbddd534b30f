#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif
#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The settings of `.resolint.yml`: which rules run and how strictly, and where more rules live.
///
/// ```yaml
/// version: 1
/// rules:
///   also-further-order: off          # shorthand: off, on, error, warning, info
///   paragraph-ending:
///     severity: warning
///   paragraph-opener:
///     options:
///       preambular: [Pending]
/// rule-directories: [house-rules]
/// silence:
///   - rule: paragraph-opener          # or rules: [a, b]
///     file: drafts/third-committee.md # a file or a pattern, from this file's folder
///     paragraph: operative paragraph 5
/// ```
/// Unknown keys are an error naming their line.
public struct Configuration: Sendable {
    /// One entry of `silence:`: the rules it silences, in the files it names (all, when it
    /// names none), in one paragraph or the whole file.
    public struct SilenceEntry: Sendable {
        public var rules: [String]
        /// An absolute path or pattern (`*`, `?`, `[…]`), or nil for every file.
        public var file: String?
        public var paragraph: ParagraphTarget?
        public var line: Int
        /// The configuration file, to name the entry in a message.
        public var path: String

        /// True when the entry applies to the file at `path`.
        public func matches(_ path: String) -> Bool {
            guard let file else { return true }
            let absolute = URL(fileURLWithPath: path).standardizedFileURL.path
            return fnmatch(file, absolute, 0) == 0
        }

        /// The silence it makes in a file it applies to.
        public var silence: Silence {
            Silence(
                rules: rules, scope: paragraph.map { .paragraph($0) } ?? .file,
                range: SourceRange(start: SourcePosition(line: 1, column: 1), end: SourcePosition(line: 1, column: 1)),
                origin: "the entry on line \(line) of \(URL(fileURLWithPath: path).lastPathComponent)")
        }
    }

    /// The settings of one rule.
    public struct RuleSettings: Sendable, Equatable {
        public var enabled: Bool?
        public var severity: Severity?
        public var options: YAMLNode?
        /// The line of the rule's key, for errors found later (an unknown rule id).
        public var line: Int?

        public init(enabled: Bool? = nil, severity: Severity? = nil, options: YAMLNode? = nil, line: Int? = nil) {
            self.enabled = enabled
            self.severity = severity
            self.options = options
            self.line = line
        }
    }

    public static let fileName = ".resolint.yml"

    public var version = 1
    public var rules: [String: RuleSettings] = [:]
    /// Extra folders of `*.yml` rule files, as absolute paths.
    public var ruleDirectories: [String] = []
    /// The file this configuration came from, if any.
    public var path: String?
    /// The `silence:` entries.
    public var silences: [SilenceEntry] = []

    public init() {}

    /// The `.resolint.yml` in `folder` or the nearest parent folder, if there is one.
    public static func find(from folder: String) -> String? {
        var url = URL(fileURLWithPath: folder).standardizedFileURL
        while true {
            let candidate = url.appendingPathComponent(fileName).path
            if FileManager.default.fileExists(atPath: candidate) { return candidate }
            let parent = url.deletingLastPathComponent()
            if parent.path == url.path { return nil }
            url = parent
        }
    }

    public static func load(path: String) throws(ConfigurationError) -> Configuration {
        let text = try readText(path)
        let folder = URL(fileURLWithPath: path).deletingLastPathComponent().path
        return try parse(text, path: path, folder: folder)
    }

    /// The most bytes a configuration or rule file may have.
    public static let maxBytes = 4 * 1024 * 1024

    /// A configuration or rule file's text, read through `FileSystem` as every input is: only a
    /// regular file, at most `maxBytes`, UTF-8.
    static func readText(_ path: String) throws(ConfigurationError) -> String {
        let bytes: [UInt8]
        do {
            bytes = try FileSystem.contents(of: path, limit: maxBytes)
        } catch {
            throw ConfigurationError(path: path, line: nil, message: "cannot be read: \(error.reason)")
        }
        guard bytes.count <= maxBytes else {
            throw ConfigurationError(path: path, line: nil, message: "is over \(maxBytes) bytes")
        }
        guard let text = String(validating: bytes, as: UTF8.self) else {
            throw ConfigurationError(path: path, line: nil, message: "is not UTF-8 text")
        }
        return text
    }

    public static func parse(_ text: String, path: String, folder: String) throws(ConfigurationError) -> Configuration {
        let root: YAMLNode
        do {
            root = try YAMLReader.parse(text)
        } catch {
            throw ConfigurationError(path: path, line: error.line, message: error.message)
        }
        guard let entries = root.entries else {
            throw ConfigurationError(path: path, line: root.line, message: "expected a mapping of settings")
        }
        var configuration = Configuration()
        configuration.path = path
        for entry in entries {
            switch entry.key {
            case "version":
                guard entry.value.string == "1" else {
                    throw ConfigurationError(path: path, line: entry.line, message: "only version 1 is known")
                }
            case "rules":
                guard let rules = entry.value.entries else {
                    throw ConfigurationError(path: path, line: entry.line, message: "\"rules\" must be a mapping")
                }
                for rule in rules {
                    configuration.rules[rule.key] = try settings(rule, path: path)
                }
            case "rule-directories":
                guard let items = entry.value.items else {
                    throw ConfigurationError(
                        path: path, line: entry.line, message: "\"rule-directories\" must be a list")
                }
                for item in items {
                    guard let directory = item.string, !directory.isEmpty else {
                        throw ConfigurationError(
                            path: path, line: item.line, message: "a rule directory must be a path")
                    }
                    let absolute =
                        directory.hasPrefix("/")
                        ? directory : URL(fileURLWithPath: folder).appendingPathComponent(directory).path
                    configuration.ruleDirectories.append(absolute)
                }
            case "silence":
                guard let items = entry.value.items else {
                    throw ConfigurationError(path: path, line: entry.line, message: "\"silence\" must be a list")
                }
                for item in items {
                    configuration.silences.append(try silenceEntry(item, path: path, folder: folder))
                }
            default:
                throw unknownKey(
                    entry.key, path: path, line: entry.line, known: ["version", "rules", "rule-directories", "silence"])
            }
        }
        return configuration
    }

    /// The error for a key the configuration does not know, with the nearest known one.
    private static func unknownKey(
        _ key: String, path: String, line: Int?, known: [String], place: String = ""
    ) -> ConfigurationError {
        ConfigurationError(
            path: path, line: line,
            message: "unknown key \"\(key)\"\(place)" + Suggestion.hint(for: key, among: known)
                + " (known: \(known.joined(separator: ", ")))")
    }

    private static func silenceEntry(_ node: YAMLNode, path: String, folder: String) throws(ConfigurationError)
        -> SilenceEntry
    {
        guard let fields = node.entries else {
            throw ConfigurationError(
                path: path, line: node.line, message: "a silence entry is a mapping: rule, and file or paragraph")
        }
        var entry = SilenceEntry(rules: [], file: nil, paragraph: nil, line: node.line, path: path)
        for field in fields {
            switch field.key {
            case "rule":
                guard let rule = field.value.string, !rule.isEmpty else {
                    throw ConfigurationError(path: path, line: field.line, message: "\"rule\" must be a rule id")
                }
                entry.rules.append(rule)
            case "rules":
                guard let items = field.value.items?.compactMap(\.string), !items.isEmpty else {
                    throw ConfigurationError(
                        path: path, line: field.line, message: "\"rules\" must be a list of rule ids")
                }
                entry.rules += items
            case "file":
                guard let file = field.value.string, !file.isEmpty else {
                    throw ConfigurationError(
                        path: path, line: field.line, message: "\"file\" must be a path or a pattern")
                }
                entry.file =
                    file.hasPrefix("/")
                    ? file : URL(fileURLWithPath: folder).appendingPathComponent(file).standardizedFileURL.path
            case "paragraph":
                guard let name = field.value.string, let target = ParagraphTarget.named(name) else {
                    throw ConfigurationError(
                        path: path, line: field.line,
                        message:
                            "\"paragraph\" names one paragraph: \"operative paragraph 5\", \"preambular paragraph 3\", \"paragraph 2 of the annex\""
                    )
                }
                entry.paragraph = target
            default:
                throw unknownKey(
                    field.key, path: path, line: field.line, known: ["rule", "rules", "file", "paragraph"],
                    place: " in a silence entry")
            }
        }
        guard !entry.rules.isEmpty else {
            throw ConfigurationError(path: path, line: entry.line, message: "a silence entry names no rule")
        }
        return entry
    }

    private static func settings(_ entry: YAMLEntry, path: String) throws(ConfigurationError) -> RuleSettings {
        var settings = RuleSettings(line: entry.line)
        if let word = entry.value.string {
            // Shorthand: `rule-id: off`, `rule-id: warning`.
            switch word {
            case "off", "false": settings.enabled = false
            case "on", "true": settings.enabled = true
            default:
                guard let severity = Severity(rawValue: word) else {
                    throw ConfigurationError(
                        path: path, line: entry.line,
                        message: "\"\(word)\" is not a setting for \(entry.key) (off, on, error, warning or info)")
                }
                settings.severity = severity
            }
            return settings
        }
        guard let fields = entry.value.entries else {
            throw ConfigurationError(
                path: path, line: entry.line, message: "settings of \(entry.key) must be a mapping")
        }
        for field in fields {
            switch field.key {
            case "enabled":
                guard let value = field.value.string, ["true", "false"].contains(value) else {
                    throw ConfigurationError(path: path, line: field.line, message: "\"enabled\" must be true or false")
                }
                settings.enabled = value == "true"
            case "severity":
                guard let value = field.value.string, let severity = Severity(rawValue: value) else {
                    throw ConfigurationError(
                        path: path, line: field.line, message: "\"severity\" must be error, warning or info")
                }
                settings.severity = severity
            case "options":
                settings.options = field.value
            default:
                throw ConfigurationError(
                    path: path, line: field.line,
                    message: "unknown key \"\(field.key)\" for rule \(entry.key)"
                        + Suggestion.hint(for: field.key, among: ["enabled", "severity", "options"])
                        + " (known: enabled, severity, options)")
            }
        }
        return settings
    }
}
