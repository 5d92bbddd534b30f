import Foundation
import ResolintKit
import Testing

/// The four lint outputs of one real draft with six injected defects
/// (`Fixtures/drafts/A-RES-58-140-defects.txt`), compared byte for byte with `Fixtures/golden`.
/// Rewrite them after a deliberate change with `RESOLINT_UPDATE_GOLDEN=1 swift test`.
@Suite struct LintReporterTests {
    static let path = "Fixtures/drafts/A-RES-58-140-defects.txt"

    let reports: [FileReport]
    let rules: [any Rule]

    init() throws {
        var run = LintRun(rulesDirectory: Fixtures.rulesDirectory)
        run.configurationPath = nil
        var report = try #require(try run.run(paths: [Fixtures.path("drafts/A-RES-58-140-defects.txt")]).first)
        report.path = Self.path
        reports = [report]
        rules = try Fixtures.ruleSet().rules
    }

    static let formats: [(String, any LintReporter)] = [
        ("text", TextReporter()), ("json", JSONReporter()), ("sarif", SARIFReporter(toolVersion: "0.1.0")),
        ("github", GitHubReporter()),
    ]

    @Test(arguments: ["text", "json", "sarif", "github"])
    func matchesGolden(format: String) throws {
        let reporter = try #require(Self.formats.first { $0.0 == format }?.1)
        let output = reporter.render(reports, rules: rules)
        let golden = Fixtures.path("golden/lint.\(format)")
        if ProcessInfo.processInfo.environment["RESOLINT_UPDATE_GOLDEN"] == "1" {
            try output.write(toFile: golden, atomically: true, encoding: .utf8)
        }
        #expect(output == (try String(contentsOfFile: golden, encoding: .utf8)))
    }

    @Test func findsTheSixDefects() {
        #expect(
            reports[0].findings.map(\.ruleID) == [
                "resolution-symbol-form", "date-format", "footnote-after-punctuation", "paragraph-ending",
                "secretary-general-hyphen", "operative-numbering",
            ])
    }

    @Test func jsonHasTheKeysTheIssueFixes() throws {
        let output = JSONReporter().render(reports, rules: rules)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(output.utf8)) as? [String: Any])
        #expect(object["version"] as? Int == 1)
        let summary = try #require(object["summary"] as? [String: Int])
        #expect(summary == ["errors": 6, "warnings": 0, "infos": 0])
        let file = try #require((object["files"] as? [[String: Any]])?.first)
        #expect(file["path"] as? String == Self.path)
        let first = try #require((file["diagnostics"] as? [[String: Any]])?.first)
        for key in ["rule", "category", "severity", "message", "line", "column", "endLine", "endColumn", "fix"] {
            #expect(first[key] != nil, "missing \(key)")
        }
        let fix = try #require(first["fix"] as? [String: Any])
        #expect(fix["replacement"] as? String == "57/173")
        #expect(Set(fix.keys) == ["replacement", "line", "column", "endLine", "endColumn"])
    }

    @Test func colourOnlyWhenAsked() {
        #expect(!TextReporter(color: false).render(reports, rules: rules).contains("\u{1B}["))
        #expect(TextReporter(color: true).render(reports, rules: rules).contains("\u{1B}[1;31merror\u{1B}[0m"))
    }

    /// The SARIF output validates against the OASIS SARIF 2.1.0 schema with Python's
    /// `jsonschema`. Without them (outside the project's machines) it is skipped, and says so.
    @Test(
        .enabled(
            if: SARIFSchema.available, "needs the SARIF schema (Scripts/fetch-schemas) and python3 with jsonschema"))
    func sarifValidatesAgainstTheSchema() throws {
        let output = SARIFReporter(toolVersion: "0.1.0").render(reports, rules: rules)
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("resolint-\(UUID().uuidString).sarif")
        try output.write(to: file, atomically: true, encoding: .utf8)
        let result = try SARIFSchema.validate(file.path)
        #expect(result.status == 0, "\(result.output)")
    }
}

/// Finds the SARIF schema — `../shared/sarif` beside the checkout, or the copy that
/// `Scripts/fetch-schemas` puts in `.cache/sarif` — and a Python that can validate against it.
enum SARIFSchema {
    static let schema: String = {
        let shared = Fixtures.root.deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("shared/sarif/sarif-schema-2.1.0.json").path
        if FileManager.default.fileExists(atPath: shared) { return shared }
        return Fixtures.root.deletingLastPathComponent().appendingPathComponent(".cache/sarif/sarif-schema-2.1.0.json")
            .path
    }()

    static let available: Bool = {
        guard FileManager.default.fileExists(atPath: schema) else { return false }
        return (try? run(["python3", "-c", "import jsonschema"]).status) == 0
    }()

    static func validate(_ path: String) throws -> (status: Int32, output: String) {
        let script = """
            import json, sys, jsonschema
            schema = json.load(open(sys.argv[1]))
            document = json.load(open(sys.argv[2]))
            jsonschema.validators.validator_for(schema)(schema).validate(document)
            print("valid")
            """
        return try run(["python3", "-c", script, schema, path])
    }

    static func run(_ arguments: [String]) throws -> (status: Int32, output: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = arguments
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: data, as: UTF8.self))
    }
}

extension LintReporterTests {
    /// The text and GitHub reports are written a finding at a time, never held whole.
    @Test func textReportsStream() {
        for reporter in [TextReporter(color: false), GitHubReporter()] as [any LintReporter] {
            var chunks = 0
            reporter.render(reports, rules: rules) { _ in chunks += 1 }
            let findings = reports.map(\.findings.count).reduce(0, +)
            #expect(chunks >= findings, "\(type(of: reporter)): \(chunks) writes for \(findings) findings")
        }
    }

    /// A data rule's pattern is not run on a paragraph over its bound: the run says so, at the
    /// paragraph, instead of matching for minutes or saying nothing.
    @Test func patternBoundIsReported() throws {
        let text =
            "The General Assembly,\n\n1. Decides " + String(repeating: "the U.N. and the States ", count: 6_000)
            + "to act.\n"
        let (_, found) = try Fixtures.lint(text, rules: try Fixtures.ruleSet().rules)
        let notRun = found.filter { $0.message.contains("was not run on it") }
        #expect(!notRun.isEmpty)
        #expect(notRun.allSatisfy { $0.severity == .info && $0.range.start.line == 3 })
        #expect(notRun.contains { $0.ruleID == "united-nations-in-full" })
    }
}
