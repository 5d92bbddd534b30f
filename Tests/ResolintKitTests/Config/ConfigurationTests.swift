import Foundation
import ResolintKit
import Testing

/// `.resolint.yml`: settings that change what the linter reports, and clear errors for the rest.
@Suite struct ConfigurationTests {
    let folder: URL

    init() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("resolint-config-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    }

    private func configuration(_ text: String) throws(ConfigurationError) -> Configuration {
        try Configuration.parse(text, path: ".resolint.yml", folder: folder.path)
    }

    private func findings(_ text: String, configuration: Configuration, data extra: String? = nil) throws -> [Finding] {
        var data = try RuleData.load(directories: [Fixtures.rulesDirectory])
        if let extra { try data.add(extra, path: "house.yml") }
        let linter = try Linter(ruleSet: .standard(data: data), configuration: configuration)
        let source = try SourceLoader().decode(Data(text.utf8), path: "draft.txt")
        return linter.lint(LintDocument(resolution: ResolutionParser().parse(source), source: source))
    }

    static let draft =
        "The General Assembly,\n\nRecalling its resolution 57 / 173,\n\n1. Requests the Secretary General to report.\n"

    @Test func defaultsReportEverything() throws {
        let ids = try findings(Self.draft, configuration: Configuration()).map(\.ruleID)
        #expect(ids == ["resolution-symbol-form", "secretary-general-hyphen"])
    }

    @Test func disableAndChangeSeverity() throws {
        let config = try configuration(
            """
            version: 1
            rules:
              resolution-symbol-form:
                enabled: false
              secretary-general-hyphen: warning
            """)
        let found = try findings(Self.draft, configuration: config)
        #expect(found.map(\.ruleID) == ["secretary-general-hyphen"])
        #expect(found.first?.severity == .warning)
        let off = try configuration("rules:\n  secretary-general-hyphen: off\n  resolution-symbol-form: off\n")
        #expect(try findings(Self.draft, configuration: off).isEmpty)
    }

    struct BadConfiguration: Sendable, CustomTestStringConvertible {
        let text: String
        let line: Int?
        let message: String
        var testDescription: String { message }
    }

    @Test(arguments: [
        BadConfiguration(text: "version: 1\nrulez:\n  a: off\n", line: 2, message: "unknown key \"rulez\""),
        BadConfiguration(text: "version: 2\n", line: 1, message: "only version 1"),
        BadConfiguration(
            text: "rules:\n  paragraph-ending:\n    severity: fatal\n", line: 3, message: "\"severity\" must be"),
        BadConfiguration(
            text: "rules:\n  paragraph-ending:\n    enable: false\n", line: 3, message: "unknown key \"enable\""),
        BadConfiguration(text: "rules:\n  paragraph-ending: sometimes\n", line: 2, message: "is not a setting"),
        BadConfiguration(text: "rules:\n  x: [\n", line: 3, message: "did not find expected node content"),
        BadConfiguration(text: "just words\n", line: 1, message: "expected a mapping of settings"),
    ])
    func badConfigurationNamesItsLine(_ bad: BadConfiguration) {
        do {
            _ = try configuration(bad.text)
            Issue.record("accepted: \(bad.text)")
        } catch {
            #expect(error.line == bad.line)
            #expect(error.message.contains(bad.message), "\(error)")
            #expect(error.description.hasPrefix(".resolint.yml:\(bad.line ?? 0): "))
        }
    }

    /// paragraph-opener takes more openers as options; a rule without options refuses them.
    @Test func ruleOptions() throws {
        let draft = "The General Assembly,\n\nFurthermore the situation,\n\n1. Hereunder decides to act.\n"
        let base = try findings(draft, configuration: Configuration()).map(\.message)
        #expect(
            base == [
                "preambular paragraph opens with \"Furthermore\", not a participle or adjective",
                "operative paragraph opens with \"Hereunder\", not an operative verb",
            ])
        let config = try configuration(
            "rules:\n  paragraph-opener:\n    options:\n      preambular: [Furthermore]\n      operative: [Hereunder decides]\n"
        )
        #expect(try findings(draft, configuration: config).isEmpty)
        let wrong = try configuration("rules:\n  invalid-date:\n    options:\n      strict: true\n")
        #expect(
            throws: ConfigurationError(
                path: ".resolint.yml", line: 4, message: "rule \"invalid-date\" takes no options")
        ) {
            try Linter(ruleSet: Fixtures.ruleSet(), configuration: wrong)
        }
        let unknown = try configuration("rules:\n  paragraph-opener:\n    options:\n      openers: [Pending]\n")
        #expect(throws: ConfigurationError.self) { try Linter(ruleSet: Fixtures.ruleSet(), configuration: unknown) }
    }

    @Test func unknownRuleIsAnErrorWithItsLine() throws {
        let config = try configuration("version: 1\nrules:\n  no-such-rule: off\n")
        #expect(
            throws: ConfigurationError(
                path: ".resolint.yml", line: 3, message: "unknown rule \"no-such-rule\" (resolint rules lists them)")
        ) {
            try Linter(ruleSet: Fixtures.ruleSet(), configuration: config)
        }
    }

    /// A user's own rule directory adds rules without recompiling.
    @Test func ruleDirectoryAddsRules() throws {
        let house = folder.appendingPathComponent("house")
        try FileManager.default.createDirectory(at: house, withIntermediateDirectories: true)
        try """
        substitutions:
          - id: house-member-states
            category: wording
            severity: warning
            summary: "\\"Member States\\" takes capitals"
            rationale: House style of our delegation.
            find: member states
            replace: Member States
            message: write "Member States"
            triggering: ["1. Invites ↓member states to act."]
            non-triggering: ["1. Invites Member States to act."]
        """.write(to: house.appendingPathComponent("wording.yml"), atomically: true, encoding: .utf8)
        let config = try configuration("rule-directories: [house]\n")
        #expect(config.ruleDirectories == [house.path])
        let data = try RuleData.load(directories: [Fixtures.rulesDirectory] + config.ruleDirectories)
        let rule = try #require(RuleSet.standard(data: data).rule("house-member-states"))
        #expect(rule.description.severity == .warning)
        let found = try findings(
            "The General Assembly,\n\n1. Invites member states to act.\n", configuration: config,
            data: try String(contentsOf: house.appendingPathComponent("wording.yml"), encoding: .utf8))
        #expect(found.map(\.ruleID) == ["house-member-states"])
        #expect(found.first?.fix?.replacement == "Member States")
    }

    @Test func badRuleFileNamesItsLine() {
        var data = RuleData()
        #expect(
            throws: ConfigurationError(path: "bad.yml", line: 2, message: "unknown key \"colour\" in a substitution")
        ) {
            try data.add("substitutions:\n  - colour: red\n", path: "bad.yml")
        }
        #expect(throws: ConfigurationError.self) {
            try data.add("openers:\n  preamble: [Recalling]\n", path: "bad.yml")
        }
        let badPattern = """
            substitutions:
              - id: unclosed
                category: wording
                severity: error
                summary: s
                rationale: r
                pattern: "resolution (57"
                message: m
            """
        do {
            try data.add(badPattern, path: "bad.yml")
            Issue.record("a pattern that does not compile is refused")
        } catch {
            #expect(error.line == 7)
            #expect(error.message == "bad pattern for unclosed: expected ')'")
        }
        // Nested repeats can take exponential time on a line: refused when loaded.
        let nested = badPattern.replacingOccurrences(of: #""resolution (57""#, with: #""(the +)+x""#)
        do {
            try data.add(nested, path: "bad.yml")
            Issue.record("a nested repeat is refused")
        } catch {
            #expect(error.line == 7)
            #expect(error.message.contains("repeats a group that itself repeats"))
        }
        // A pattern that matches the empty string would report at every character of a text.
        let empty = badPattern.replacingOccurrences(of: #""resolution (57""#, with: #""x*""#)
        #expect(
            throws: ConfigurationError(
                path: "bad.yml", line: 7,
                message: "the pattern of unclosed can match the empty string; it must match some text")
        ) {
            try data.add(empty, path: "bad.yml")
        }
    }

    @Test func foundInTheFolderOrAParent() throws {
        let nested = folder.appendingPathComponent("a/b")
        try FileManager.default.createDirectory(at: nested, withIntermediateDirectories: true)
        #expect(
            Configuration.find(from: nested.path) == nil
                || Configuration.find(from: nested.path)?.hasPrefix(folder.path) == false)
        try "version: 1\n".write(to: folder.appendingPathComponent(".resolint.yml"), atomically: true, encoding: .utf8)
        #expect(
            Configuration.find(from: nested.path)
                == folder.appendingPathComponent(".resolint.yml").standardizedFileURL.path)
    }
}
