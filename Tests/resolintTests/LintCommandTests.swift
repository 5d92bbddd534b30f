import Foundation
import Testing

/// `resolint lint` and `resolint rules` end to end, as a user runs them.
@Suite struct LintCommandTests {
    let corpus = Command.fixtures.appendingPathComponent("corpus").path
    let defects = Command.fixtures.appendingPathComponent("drafts/A-RES-58-140-defects.txt").path
    let folder: URL

    init() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("resolint-lint-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    }

    private func copy(_ path: String, as name: String) throws -> String {
        let target = folder.appendingPathComponent(name)
        try FileManager.default.copyItem(atPath: path, toPath: target.path)
        return target.path
    }

    @Test func cleanTextExitsZero() throws {
        let result = try Command.run(["lint", "\(corpus)/A-RES-58-140.txt"])
        #expect(result.status == 0)
        #expect(result.stdout == "0 errors, 0 warnings, 0 infos in 1 file\n")
    }

    @Test func errorsExitOne() throws {
        let result = try Command.run(["lint", defects])
        #expect(result.status == 1)
        #expect(
            result.stdout.hasPrefix(
                "\(defects):7:31: error: write \"57/173\", not \"57 / 173\" [resolution-symbol-form]\n"))
        #expect(result.stdout.hasSuffix("6 errors, 0 warnings, 0 infos in 1 file\n"))
        #expect(!result.stdout.contains("\u{1B}["), "no colour when not on a terminal")
    }

    /// On a terminal (a pseudo-terminal made by util-linux `script`) the text is coloured, unless
    /// NO_COLOR is set.
    @Test(.enabled(if: FileManager.default.fileExists(atPath: "/usr/bin/script")))
    func colourOnTerminalOnly() throws {
        let command = "'\(Command.binary.path)' lint '\(defects)'"
        let terminal = try Command.run(
            ["-u", "NO_COLOR", "/usr/bin/script", "-qec", command, "/dev/null"], executable: "/usr/bin/env")
        #expect(terminal.stdout.contains("\u{1B}[1;31merror\u{1B}[0m"))
        let plain = try Command.run(
            ["NO_COLOR=1", "/usr/bin/script", "-qec", command, "/dev/null"], executable: "/usr/bin/env")
        #expect(!plain.stdout.contains("\u{1B}["))
        #expect(plain.stdout.contains(": error: write \"57/173\""))
    }

    @Test func strictCountsWarnings() throws {
        let path = try copy("\(corpus)/A-RES-80-23.md", as: "80-23.md")
        #expect(try Command.run(["lint", path]).status == 0)
        #expect(try Command.run(["lint", "--strict", path]).status == 1)
    }

    @Test func unreadableInputAndUsageExitTwo() throws {
        let missing = try Command.run(["lint", folder.appendingPathComponent("none.txt").path])
        #expect(missing.status == 2)
        #expect(missing.stdout.contains("none.txt: no such file"))
        #expect(try Command.run(["lint"]).status == 2)
        #expect(try Command.run(["lint", "--format", "xml", defects]).status == 2)
    }

    @Test func readsStandardInput() throws {
        let text = try Data(contentsOf: URL(fileURLWithPath: defects))
        let result = try Command.run(["lint", "--format", "github", "-"], stdin: text)
        #expect(result.status == 1)
        #expect(result.stdout.hasPrefix("::error file=<stdin>,line=7,col=31,"))
    }

    /// A folder is searched for texts; the reports come in path order however the paths are
    /// given, the same bytes every run.
    @Test func foldersInStableOrder() throws {
        let first = try Command.run(["lint", "--format", "json", corpus])
        let second = try Command.run([
            "lint", "--format", "json", "\(corpus)/A-RES-80-9.md", corpus, "\(corpus)/A-RES-58-140.txt",
        ])
        #expect(first.stdout == second.stdout)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(first.stdout.utf8)) as? [String: Any])
        let paths = (object["files"] as? [[String: Any]])?.compactMap { $0["path"] as? String } ?? []
        #expect(paths.count == 31)
        #expect(paths == paths.sorted())
    }

    /// `--fix` applies the certain fixes in place, the renumbering after the gap among them,
    /// and says what it changed; a second run changes nothing; the lines without a finding are
    /// untouched.
    @Test func fixInPlaceTwiceIsStable() throws {
        let path = try copy(defects, as: "draft.txt")
        let original = try String(contentsOfFile: path, encoding: .utf8)
        let fixed = try Command.run(["lint", "--fix", path])
        #expect(fixed.status == 0, "\(fixed.stdout)")
        #expect(fixed.stderr.contains("fixed \(path):96:1: \"25\" → \"24\" [operative-numbering]"))
        #expect(!fixed.stdout.contains("operative paragraph 24 is missing"))
        let once = try String(contentsOfFile: path, encoding: .utf8)
        #expect(once.contains("its resolution 57/173 of 18 December 2002"))
        #expect(once.contains("resolution 2003/24 of 22 July 2003"))
        #expect(once.contains("Puebla Processes,1"))
        #expect(once.contains("national criminal justice systems;"))
        #expect(once.contains("Requests the Secretary-General to take all"))
        #expect(once.contains("\n24. Requests the Secretary-General to submit a report"))
        let changedLines = zip(original.split(separator: "\n"), once.split(separator: "\n")).filter { $0 != $1 }.count
        #expect(changedLines == 6)
        _ = try Command.run(["lint", "--fix", path])
        #expect(try String(contentsOfFile: path, encoding: .utf8) == once)
    }

    /// A fixed file keeps its permissions, and no temporary file is left beside it.
    @Test func fixKeepsPermissions() throws {
        let path = try copy(defects, as: "private.txt")
        try FileManager.default.setAttributes([.posixPermissions: 0o640], ofItemAtPath: path)
        _ = try Command.run(["lint", "--fix", path])
        let attributes = try FileManager.default.attributesOfItem(atPath: path)
        #expect((attributes[.posixPermissions] as? NSNumber)?.intValue == 0o640)
        #expect(try String(contentsOfFile: path, encoding: .utf8).contains("of 18 December 2002"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasPrefix(".") }.isEmpty)
    }

    @Test func configurationFromTheFilesFolder() throws {
        let path = try copy(defects, as: "draft.txt")
        try "version: 1\nrules:\n  date-format: off\n  resolution-symbol-form: warning\n".write(
            to: folder.appendingPathComponent(".resolint.yml"), atomically: true, encoding: .utf8)
        let result = try Command.run(["lint", "--format", "json", path])
        #expect(!result.stdout.contains("\"date-format\""))
        #expect(result.stdout.contains("\"severity\": \"warning\""))
        try "version: 1\nrule: {}\n".write(
            to: folder.appendingPathComponent(".resolint.yml"), atomically: true, encoding: .utf8)
        let bad = try Command.run(["lint", path])
        #expect(bad.status == 2)
        #expect(bad.stderr.contains(".resolint.yml:2:"))
    }

    @Test func rulesListAndExplain() throws {
        let list = try Command.run(["rules"])
        #expect(list.status == 0)
        #expect(list.stdout.split(separator: "\n").count >= 30)
        #expect(list.stdout.contains("operative-numbering"))
        let explain = try Command.run(["rules", "resolution-symbol-form"])
        #expect(explain.status == 0)
        #expect(explain.stdout.hasPrefix("resolution-symbol-form (citation, error)\n"))
        #expect(explain.stdout.contains("Triggering examples"))
        #expect(explain.stdout.contains("↓57-173"))
        #expect(try Command.run(["rules", "no-such-rule"]).status == 2)
    }
}

/// SARIF as GitHub code scanning ingests it: file locations and stable fingerprints.
@Suite struct SARIFCommandTests {
    let defects = Command.fixtures.appendingPathComponent("drafts/A-RES-58-140-defects.txt").path

    private func results(_ arguments: [String], in folder: URL? = nil) throws -> [[String: Any]] {
        let process = Process()
        process.executableURL = Command.binary
        process.arguments = ["lint", "--format", "sarif"] + arguments
        if let folder { process.currentDirectoryURL = folder }
        let out = Pipe()
        process.standardOutput = out
        try process.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        let object = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        let run = try #require((object["runs"] as? [[String: Any]])?.first)
        return try #require(run["results"] as? [[String: Any]])
    }

    private func location(_ result: [String: Any]) -> [String: Any]? {
        ((result["locations"] as? [[String: Any]])?.first?["physicalLocation"] as? [String: Any])?["artifactLocation"]
            as? [String: Any]
    }

    private func fingerprints(_ results: [[String: Any]]) -> [String] {
        results.compactMap { ($0["partialFingerprints"] as? [String: String])?["resolintFinding/v1"] }
    }

    private func ruleDescriptors(_ arguments: [String]) throws -> [[String: Any]] {
        let result = try Command.run(["lint", "--format", "sarif"] + arguments + [defects])
        let object = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let run = try #require((object["runs"] as? [[String: Any]])?.first)
        let driver = try #require((run["tool"] as? [String: Any])?["driver"] as? [String: Any])
        return try #require(driver["rules"] as? [[String: Any]])
    }

    /// Each rule's `helpUri` is an absolute address of its page in docs/rules: the page that
    /// ships with the command (a `file:` URI), or where the project publishes it.
    @Test func helpUriPointsAtTheRulePage() throws {
        let rules = try ruleDescriptors([])
        #expect(rules.count > 30)
        for rule in rules {
            let id = try #require(rule["id"] as? String)
            let uri = try #require(rule["helpUri"] as? String, "\(id) has a helpUri")
            let url = try #require(URL(string: uri))
            #expect(url.isFileURL && url.lastPathComponent == "\(id).md")
            let page = try String(contentsOf: url, encoding: .utf8)
            #expect(page == (try Command.run(["rules", id, "--markdown"]).stdout))
            #expect((rule["help"] as? [String: Any])?["markdown"] as? String == page)
        }
        let published = try ruleDescriptors(["--rules-help-url", "https://example.org/resolint/rules"])
        #expect(
            published.first { $0["id"] as? String == "citation-date-of" }?["helpUri"] as? String
                == "https://example.org/resolint/rules/citation-date-of.md")
    }

    @Test func absoluteAndRelativePaths() throws {
        let absolute = try results([defects])
        #expect(location(absolute[0])?["uri"] as? String == "file://" + defects)
        #expect(location(absolute[0])?["uriBaseId"] == nil)
        let relative = try results(["drafts/A-RES-58-140-defects.txt"], in: Command.fixtures)
        #expect(location(relative[0])?["uri"] as? String == "drafts/A-RES-58-140-defects.txt")
        #expect(location(relative[0])?["uriBaseId"] as? String == "%SRCROOT%")
    }

    /// The same findings keep their fingerprints when the text around them moves: a paragraph
    /// added at the top shifts every line, and the fingerprints of the old findings stay.
    @Test func fingerprintsSurviveEditsElsewhere() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("resolint-fp-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let draft = folder.appendingPathComponent("draft.txt")
        let text = try String(contentsOfFile: defects, encoding: .utf8)
        try Data(text.utf8).write(to: draft)
        let before = fingerprints(try results([draft.path]))
        #expect(before.count == 6)
        #expect(Set(before).count == before.count, "distinct findings, distinct fingerprints")
        #expect(fingerprints(try results([draft.path])) == before, "the same every run")
        let edited = text.replacingOccurrences(
            of: "The General Assembly,\n", with: "The General Assembly,\n\nNoting with appreciation the new report,\n")
        #expect(edited != text)
        try Data(edited.utf8).write(to: draft)
        #expect(fingerprints(try results([draft.path])) == before)
    }
}

/// Rules of one's own: listed with their file, tested by their examples, and refused when they
/// take an id that is taken.
@Suite struct UserRuleTests {
    let folder: URL

    init() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("resolint-own-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    }

    private func rule(id: String, find: String, triggering: String, nonTriggering: String) -> String {
        """
        substitutions:
          - id: \(id)
            category: wording
            severity: warning
            summary: say "\(find)" otherwise
            rationale: house style
            find: \(find)
            message: avoid "\(find)"
            triggering: ["\(triggering)"]
            non-triggering: ["\(nonTriggering)"]

        """
    }

    private func write(_ text: String, _ name: String) throws {
        try Data(text.utf8).write(to: folder.appendingPathComponent(name))
    }

    @Test func listedWithTheirFileAndTested() throws {
        try write(
            rule(
                id: "house-utilize", find: "utilize", triggering: "1. Decides to ↓utilize it.",
                nonTriggering: "1. Decides to use it."), "house.yml")
        let config = folder.appendingPathComponent(".resolint.yml")
        try Data("rule-directories: [\(folder.path)]\n".utf8).write(to: config)
        let list = try Command.run(["rules", "--config", config.path])
        let line = try #require(list.stdout.split(separator: "\n").first { $0.hasPrefix("house-utilize") })
        #expect(line.hasSuffix("(\(folder.appendingPathComponent("house.yml").path))"))
        let tested = try Command.run(["rules", "--test", folder.path])
        #expect(tested.status == 0, "\(tested.stdout)\(tested.stderr)")
        #expect(tested.stdout.contains("ok    house-utilize"))
        #expect(tested.stdout.hasSuffix("1 rule tested, all examples hold\n"))
    }

    @Test func aFailingExampleFails() throws {
        try write(
            rule(
                id: "house-wrong", find: "utilize", triggering: "1. Decides to ↓use it.",
                nonTriggering: "1. Decides to utilize it."), "wrong.yml")
        let tested = try Command.run(["rules", "--test", folder.path])
        #expect(tested.status == 1)
        #expect(tested.stdout.contains("FAIL  house-wrong: triggering example 1"))
        #expect(tested.stdout.contains("FAIL  house-wrong: non-triggering example 1"))
    }

    @Test func takenIdsAreRefused() throws {
        try write(rule(id: "house-a", find: "utilize", triggering: "↓utilize", nonTriggering: "use"), "a.yml")
        try write(rule(id: "house-a", find: "leverage", triggering: "↓leverage", nonTriggering: "use"), "b.yml")
        let twice = try Command.run(["rules", "--test", folder.path])
        #expect(twice.status == 2)
        #expect(
            twice.stderr.contains(
                "b.yml:2: rule id \"house-a\" is already defined in \(folder.appendingPathComponent("a.yml").path)"))
        try FileManager.default.removeItem(at: folder.appendingPathComponent("b.yml"))
        try write(
            rule(id: "paragraph-opener", find: "leverage", triggering: "↓leverage", nonTriggering: "use"), "b.yml")
        let builtIn = try Command.run(["rules", "--test", folder.path])
        #expect(builtIn.stderr.contains("rule id \"paragraph-opener\" is a built-in rule's"))
    }

    @Test func everyMissingFieldAtOnce() throws {
        try write("substitutions:\n  - id: house-x\n    find: utilize\n", "short.yml")
        let result = try Command.run(["rules", "--test", folder.path])
        #expect(result.status == 2)
        #expect(
            result.stderr.contains(
                "short.yml:2: the substitution house-x needs \"category\", \"severity\", \"summary\", \"rationale\", \"message\""
            ))
    }
}

/// `--fix` says what it changed, and what it left.
@Suite struct FixReportTests {
    @Test func fixNamesEachChange() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
            "resolint-fixed-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let path = folder.appendingPathComponent("draft.txt").path
        // The draft's gap (23, then 25) with a reference to the paragraph that is not there: the
        // renumbering cannot say what "paragraph 24" becomes, so it is left, and said to be.
        let defects = try String(
            contentsOfFile: Command.fixtures.appendingPathComponent("drafts/A-RES-58-140-defects.txt").path,
            encoding: .utf8)
        let draft = defects.replacingOccurrences(
            of: "25. Requests the Secretary-General to submit a report",
            with: "25. Requests the Secretary-General to submit, as set out in paragraph 24 above, a report")
        #expect(draft != defects)
        try Data(draft.utf8).write(to: URL(fileURLWithPath: path))
        let result = try Command.run(["lint", "--fix", "--format", "json", path])
        #expect(result.status == 1)
        let lines = result.stderr.split(separator: "\n").map(String.init)
        #expect(lines.contains("fixed \(path):7:31: \"57 / 173\" → \"57/173\" [resolution-symbol-form]"))
        #expect(
            lines.contains(
                "fixed \(path):80:18: \"Secretary General\" → \"Secretary-General\" [secretary-general-hyphen]"))
        #expect(lines.filter { $0.hasPrefix("fixed ") }.count == 5)
        #expect(lines.last == "2 findings left without a certain fix")
        #expect(result.stdout.contains("paragraph 24"))
        #expect(result.stdout.hasPrefix("{"), "the JSON report stays whole on standard output")
        let again = try Command.run(["lint", "--fix", path])
        #expect(!again.stderr.contains("fixed "), "nothing more to fix")
    }

    /// `--against BASE`: a draft made from 80/11 (whose extraction lost the labels of two lists
    /// and a list's nesting: three errors of the base text) with a slip in an amended paragraph,
    /// and a new operative paragraph with a slip of its own, inserted without renumbering the one
    /// after it. Only those three slips are the drafter's; SARIF lists the base text's own as
    /// `baselineState: unchanged`.
    @Test func againstBase() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
            "resolint-against-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let base = Command.fixtures.appendingPathComponent("corpus/A-RES-80-11.md").path
        var text = try String(contentsOfFile: base, encoding: .utf8)
        text = text.replacingOccurrences(
            of: "6. Requests the Secretary-General to further encourage",
            with: "6. Requests the Secretary General to further encourage")
        text = text.replacingOccurrences(
            of: "13. Calls for the full implementation of relevant resolutions on financing for peacebuilding;",
            with: """
                13. Calls for the full implementation of relevant resolutions on financing for peacebuilding;

                14. Recalls its resolution 75/312 29 July 2021 on the sustainable financing of peacebuilding;
                """)
        let draft = folder.appendingPathComponent("draft.md").path
        try text.write(toFile: draft, atomically: true, encoding: .utf8)
        let all = try Command.run(["lint", "--format", "json", draft])
        let against = try Command.run(["lint", "--format", "json", "--against", base, draft])
        #expect(against.status == 1)
        func rules(_ output: String) throws -> [String] {
            let object = try #require(try JSONSerialization.jsonObject(with: Data(output.utf8)) as? [String: Any])
            let files = try #require(object["files"] as? [[String: Any]])
            return files.flatMap { ($0["diagnostics"] as? [[String: Any]] ?? []).compactMap { $0["rule"] as? String } }
        }
        #expect(try rules(all.stdout).count == 6, "the base text's three and the three slips")
        #expect(
            try rules(against.stdout).sorted() == [
                "citation-date-of", "operative-numbering", "secretary-general-hyphen",
            ])
        let sarif = try Command.run(["lint", "--format", "sarif", "--against", base, draft])
        let object = try #require(try JSONSerialization.jsonObject(with: Data(sarif.stdout.utf8)) as? [String: Any])
        let results = try #require(((object["runs"] as? [[String: Any]])?.first?["results"]) as? [[String: Any]])
        #expect(results.filter { $0["baselineState"] as? String == "new" }.count == 3)
        #expect(results.filter { $0["baselineState"] as? String == "unchanged" }.count == 3)
        #expect(
            try Command.run(["lint", "--against", base, base]).status == 0, "the base against itself has nothing new")
        // A real year's text against the year before: the adopted text has nothing of a drafter's.
        let series = Command.fixtures.appendingPathComponent("series").path
        let year = try Command.run(["lint", "--against", "\(series)/A-RES-75-196.txt", "\(series)/A-RES-76-187.txt"])
        #expect(year.status == 0)
        #expect(year.stdout.hasSuffix("0 errors, 0 warnings, 0 infos in 1 file\n"))
    }

    /// Silencing comments, in Markdown and in a plain-text draft: the next paragraph's finding of
    /// the rule named goes, the comment is no text (the paragraph after keeps its number), and a
    /// comment that silences nothing is reported, with "did you mean" for a mistyped rule.
    @Test func silencingComments() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
            "resolint-silence-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let base = try String(
            contentsOf: Command.fixtures.appendingPathComponent("corpus/A-RES-80-23.md"), encoding: .utf8)
        // 80/23 operative 2 opens "Pending …, urges": one paragraph-opener warning.
        let marked = base.replacingOccurrences(
            of: "2. Pending", with: "<!-- resolint-disable-next-line paragraph-opener -->\n2. Pending")
        #expect(marked != base)
        let markdown = folder.appendingPathComponent("draft.md").path
        try marked.write(toFile: markdown, atomically: true, encoding: .utf8)
        #expect(
            try Command.run(["lint", Command.fixtures.appendingPathComponent("corpus/A-RES-80-23.md").path]).stdout
                .contains("[paragraph-opener]"))
        let quiet = try Command.run(["lint", markdown])
        #expect(quiet.status == 0)
        #expect(quiet.stdout.hasSuffix("0 errors, 0 warnings, 0 infos in 1 file\n"))
        let inspected = try Command.run(["inspect", markdown]).stdout
        #expect(inspected.contains("Paragraph 2 @") && !inspected.contains("resolint-disable"))
        let text = folder.appendingPathComponent("draft.txt").path
        try """
        The General Assembly,

        // resolint-disable-next paragraph-openr

        Recalling its resolution 57/173,

        <!-- resolint-disable secretary-general-hyphen -->

        1. Requests the Secretary General to report.
        """.write(toFile: text, atomically: true, encoding: .utf8)
        let plain = try Command.run(["lint", text])
        #expect(
            plain.stdout.contains(
                "3:1: warning: no rule \"paragraph-openr\" is run; did you mean \"paragraph-opener\"? [superfluous-disable]"
            ))
        #expect(!plain.stdout.contains("[secretary-general-hyphen]"), "silenced for the whole file")
        #expect(plain.stdout.hasSuffix("0 errors, 1 warning, 0 infos in 1 file\n"))
    }

    /// The next year's draft made from 59/159 as a delegation makes it: a preambular paragraph
    /// moved, operative 18 deleted without renumbering, a slip in amended operative 21, a new
    /// paragraph with a slip of its own inserted before the last without renumbering it, the
    /// session updated. `--against 59/159` reports exactly those four; `--fix` renumbers and
    /// corrects the slips, and nothing is left.
    @Test func againstSeriesDraft() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
            "resolint-against-series-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let base = Command.fixtures.appendingPathComponent("series/A-RES-59-159.txt").path
        var lines = try String(contentsOfFile: base, encoding: .utf8).components(separatedBy: "\n")
        let looking = try #require(lines.firstIndex { $0.hasPrefix("Looking forward to the Eleventh") })
        let moved = Array(lines[looking..<(looking + 4)])
        lines.removeSubrange(looking..<(looking + 4))
        let welcoming = try #require(lines.firstIndex { $0.hasPrefix("Welcoming also the opening for signature") })
        lines.insert(contentsOf: moved, at: welcoming + 3)
        var text = lines.joined(separator: "\n")
        let deleted = try #require(text.range(of: "18. Emphasizes the importance of the expeditious entry"))
        let next = try #require(text.range(of: "19. Welcomes the voluntary contributions"))
        text.removeSubrange(deleted.lowerBound..<next.lowerBound)
        for (old, new) in [
            ("21. Requests the Secretary-General to take", "21. Requests the Secretary General to take"),
            (
                "initiatives;\n23. Requests the Secretary-General",
                "initiatives;\n23. Recalls its resolution 58/4 31 October 2003 on the United Nations Convention\nagainst Corruption;\n23. Requests the Secretary-General"
            ),
            ("at its sixtieth session.", "at its sixty-first session."),
        ] {
            #expect(text.contains(old))
            text = text.replacingOccurrences(of: old, with: new)
        }
        let draft = folder.appendingPathComponent("draft.txt").path
        try text.write(toFile: draft, atomically: true, encoding: .utf8)
        let against = try Command.run(["lint", "--against", base, draft])
        let found = against.stdout.split(separator: "\n").filter {
            $0.contains(": error: ") || $0.contains(": warning: ")
        }
        .compactMap { $0.split(separator: "[").last.map { String($0.dropLast()) } }
        #expect(
            found == ["operative-numbering", "secretary-general-hyphen", "citation-date-of", "operative-numbering"],
            "\(against.stdout)")
        _ = try Command.run(["lint", "--fix", draft])
        let fixed = try Command.run(["lint", "--against", base, draft])
        #expect(fixed.stdout.hasSuffix("0 errors, 0 warnings, 0 infos in 1 file\n"), "\(fixed.stdout)")
        let renumbered = try String(contentsOfFile: draft, encoding: .utf8)
        #expect(renumbered.contains("resolution 58/4 of 31 October 2003"))
        #expect(renumbered.contains("\n18. Welcomes the voluntary contributions"))
        #expect(renumbered.contains("\n23. Requests the Secretary-General to submit a report"))
    }

    /// A Word comment "resolint-disable paragraph-opener" silences the paragraph it is anchored
    /// in (made by python-docx, `Scripts/make-word-fixtures`): operative 5's wrong opener is
    /// silenced, operative 7's (no comment) is reported, and the comment on operative 9, where
    /// nothing is reported, is itself reported.
    @Test func silencingWordComment() throws {
        let word = Command.fixtures.appendingPathComponent("word/A-RES-58-140.commented.docx").path
        let result = try Command.run(["lint", word])
        #expect(result.stdout.contains(":p31:4: warning: operative paragraph opens with \"Supporting\""))
        #expect(!result.stdout.contains("\"Reaffirming\""), "silenced by the comment")
        #expect(
            result.stdout.contains(
                ":p33:1: warning: paragraph-opener reports nothing in this paragraph: the Word comment silences nothing [superfluous-disable]"
            ))
        #expect(result.stdout.hasSuffix("0 errors, 2 warnings, 0 infos in 1 file\n"))
    }

    /// `.resolint.yml` silences a rule for a file (by name or pattern) or for one paragraph of
    /// it; an entry that silences nothing is reported in each file it applies to, naming its
    /// line; a paragraph name that names none is an error naming its line.
    @Test func silencingInTheConfiguration() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
            "resolint-silence-config-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let draft = """
            The General Assembly,

            Recalling its resolution 57/173,

            1. Decides to act;

            2. Requesting the Secretary-General to report;

            3. Invites the Secretary General to act.

            """
        for name in ["draft.txt", "other.txt"] {
            try draft.write(to: folder.appendingPathComponent(name), atomically: true, encoding: .utf8)
        }
        try """
        version: 1
        silence:
          - rule: paragraph-opener
            file: draft.txt
            paragraph: operative paragraph 2
          - rule: paragraph-opener
            file: draft.txt
            paragraph: operative 3
          - rules: [secretary-general-hyphen]
            file: "*.txt"
        """.write(to: folder.appendingPathComponent(".resolint.yml"), atomically: true, encoding: .utf8)
        let result = try Command.run([
            "lint", folder.appendingPathComponent("draft.txt").path, folder.appendingPathComponent("other.txt").path,
        ])
        let lines = result.stdout.split(separator: "\n").filter {
            $0.contains(": warning: ") || $0.contains(": error: ")
        }
        #expect(
            lines.map { String($0.split(separator: "/").last ?? "") } == [
                "draft.txt:9:1: warning: paragraph-opener reports nothing in operative paragraph 3: the entry on line 6 of .resolint.yml silences nothing [superfluous-disable]",
                "other.txt:7:4: warning: operative paragraph opens with \"Requesting\", not an operative verb [paragraph-opener]",
            ], "\(result.stdout)")
        try """
        version: 1
        silence:
          - rule: paragraph-opener
            paragraph: operative paragraph five
        """.write(to: folder.appendingPathComponent(".resolint.yml"), atomically: true, encoding: .utf8)
        let bad = try Command.run(["lint", folder.appendingPathComponent("draft.txt").path])
        #expect(bad.status == 2)
        #expect(bad.stderr.contains(".resolint.yml:4: \"paragraph\" names one paragraph"), "\(bad.stderr)")
    }

    /// Baseline round trip: record today's findings, edit elsewhere in the text (a paragraph
    /// inserted above them, so every line moves), add one slip: only the new slip is reported.
    @Test func baselineRoundTrip() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
            "resolint-baseline-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let draft = folder.appendingPathComponent("draft.md").path
        let baseline = folder.appendingPathComponent("baseline.json").path
        let text = try String(
            contentsOf: Command.fixtures.appendingPathComponent("corpus/A-RES-80-11.md"), encoding: .utf8)
        try text.write(toFile: draft, atomically: true, encoding: .utf8)
        let first = try Command.run(["lint", "--write-baseline", baseline, draft])
        #expect(first.status == 1, "the three errors of the extraction")
        #expect(try String(contentsOfFile: baseline, encoding: .utf8).contains("\"fingerprint\""))
        let edited = text.replacingOccurrences(
            of: "Recalling the relevant provisions adopted at the Summit of the Future",
            with:
                "Recalling its resolution 79/1 of 22 September 2024,\n\nRecalling the relevant provisions adopted at the Summit of the Future"
        ).replacingOccurrences(
            of: "6. Requests the Secretary-General to further encourage",
            with: "6. Requests the Secretary General to further encourage")
        try edited.write(toFile: draft, atomically: true, encoding: .utf8)
        let second = try Command.run(["lint", "--baseline", baseline, draft])
        #expect(second.status == 1)
        #expect(second.stdout.contains("[secretary-general-hyphen]"))
        #expect(second.stdout.hasSuffix("1 error, 0 warnings, 0 infos in 1 file\n"), "only the new slip")
        let sarif = try Command.run(["lint", "--format", "sarif", "--baseline", baseline, draft]).stdout
        let object = try #require(try JSONSerialization.jsonObject(with: Data(sarif.utf8)) as? [String: Any])
        let results = try #require(((object["runs"] as? [[String: Any]])?.first?["results"]) as? [[String: Any]])
        #expect(results.map { $0["baselineState"] as? String } == ["unchanged", "unchanged", "unchanged", "new"])
        #expect(
            try Command.run(["lint", "--baseline", folder.appendingPathComponent("none.json").path, draft]).status == 2)
    }
}
