import Foundation
import Testing

/// The command line itself: help, version, and every kind of usage error (status 2, a message
/// naming the fault and the synopsis, nothing on standard output).
struct CommandLineTests {
    let text = Command.fixtures.appendingPathComponent("corpus/A-RES-58-140.txt").path

    @Test func helpListsEverySubcommandAndExitsZero() throws {
        for arguments in [["--help"], ["-h"], ["help"]] {
            let result = try Command.run(arguments)
            #expect(result.status == 0)
            for name in ["inspect", "lint", "diff", "rules", "export", "validate"] {
                #expect(result.stdout.contains("\n  \(name) "), "\(arguments) lists \(name)")
            }
        }
        let bare = try Command.run([])
        #expect(bare.status == 2)
        #expect(bare.stderr.contains("SUBCOMMANDS:"))
    }

    @Test func subcommandHelpShowsItsOptionsAndChoices() throws {
        for arguments in [["lint", "--help"], ["help", "lint"], ["lint", "-h"]] {
            let result = try Command.run(arguments)
            #expect(result.status == 0, "\(arguments)")
            #expect(result.stdout.contains("USAGE: resolint lint <paths> ... [--format <format>]"))
            #expect(result.stdout.contains("--format <format>"))
            #expect(result.stdout.contains("(values: text, json, sarif, github;"))
            #expect(result.stdout.contains("--strict"))
            #expect(result.stdout.contains("Exit status: 0 no errors"))
        }
        #expect(try Command.run(["export", "--help"]).stdout.contains("-o, --output <output>"))
    }

    @Test func versionIsPrinted() throws {
        let result = try Command.run(["--version"])
        #expect(result.status == 0)
        #expect(result.stdout == "0.1.0\n")
    }

    @Test(arguments: [
        (["lint"], "Missing expected argument '<paths> ...'"),
        (["lint", "--format"], "Missing value for '--format <format>'"),
        (
            ["lint", "--format", "xml", "x.txt"],
            "'xml' is invalid for '--format <format>'. Please provide one of 'text', 'json', 'sarif' or 'github'"
        ),
        (["lint", "--strict=yes", "x.txt"], "The option '--strict' does not take any value"),
        (["lint", "--colour", "never", "x.txt"], "Unknown option '--colour'"),
        (["inspect", "a.txt", "b.txt"], "Unexpected argument 'b.txt'"),
        (["inspect", "--max-bytes", "many", "a.txt"], "The value 'many' is invalid for '--max-bytes <max-bytes>'"),
        (["diff", "a.txt"], "Missing expected argument '<new>'"),
        (["lnt", "a.txt"], "unknown command \"lnt\""),
        (["export", "a.txt", "b.txt"], "several files need --output-dir"),
    ])
    func usageErrorExitsTwoAndSaysWhy(_ arguments: [String], _ message: String) throws {
        let result = try Command.run(arguments)
        #expect(result.status == 2)
        #expect(result.stderr.contains(message), "\(result.stderr)")
        #expect(result.stdout.isEmpty)
    }

    @Test func optionsTakeEqualsShortNamesAndComeAnywhere() throws {
        let spaced = try Command.run(["inspect", "--format", "json", text])
        let joined = try Command.run(["inspect", "--format=json", text])
        let after = try Command.run(["inspect", text, "--format", "json"])
        #expect(spaced.status == 0)
        #expect(spaced.stdout.hasPrefix("{"))
        #expect(joined.stdout == spaced.stdout)
        #expect(after.stdout == spaced.stdout)

        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("resolint-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let output = folder.appendingPathComponent("out.xml").path
        #expect(try Command.run(["export", "-o", output, text]).status == 0)
        #expect(try String(contentsOfFile: output, encoding: .utf8).contains("<akomaNtoso"))
    }

    @Test func doubleDashEndsTheOptions() throws {
        // After "--" a name that looks like an option is a file: here one that does not exist.
        let result = try Command.run(["inspect", "--", "--format"])
        #expect(result.status == 2)
        #expect(result.stderr.contains("--format"))
        #expect(!result.stderr.contains("needs a value"))
    }
}

/// "Did you mean": every name a user types — subcommand, option, format value, rule id, key of
/// `.resolint.yml` — is answered with the nearest known one when it is a slip.
@Suite struct SuggestionTests {
    @Test(arguments: [
        (["lnt", "x.txt"], "unknown command \"lnt\"; did you mean \"lint\"?"),
        (["help", "expot"], "no command \"expot\"; did you mean \"export\"?"),
        (["lint", "--fromat", "json", "x.txt"], "Unknown option '--fromat'. Did you mean '--format'?"),
        (["lint", "--format", "jsn", "x.txt"], "'sarif' or 'github'; did you mean \"json\"?"),
        (["rules", "paragraph-openr"], "no rule \"paragraph-openr\"; did you mean \"paragraph-opener\"?"),
    ])
    func suggests(arguments: [String], message: String) throws {
        let result = try Command.run(arguments)
        #expect(result.status == 2)
        #expect(result.stderr.contains(message), "\(result.stderr)")
    }

    @Test func suggestsConfigurationKeysAndRules() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
            "resolint-suggest-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let config = folder.appendingPathComponent("config.yml")
        let text = Command.fixtures.appendingPathComponent("corpus/A-RES-58-140.txt").path
        try Data("rules:\n  paragraph-opner: off\n".utf8).write(to: config)
        let rule = try Command.run(["lint", "--config", config.path, text])
        #expect(rule.status == 2)
        #expect(rule.stderr.contains(":2: unknown rule \"paragraph-opner\"; did you mean \"paragraph-opener\"?"))
        try Data("rulez:\n  paragraph-opener: off\n".utf8).write(to: config)
        let key = try Command.run(["lint", "--config", config.path, text])
        #expect(key.stderr.contains(":1: unknown key \"rulez\"; did you mean \"rules\"?"))
    }

    @Test func noGuessWhenNothingIsNear() throws {
        let result = try Command.run(["frobnicate"])
        #expect(result.status == 2)
        #expect(!result.stderr.contains("did you mean"))
    }
}

/// Conventions a CI user relies on.
@Suite struct OutputConventionTests {
    let defects = Command.fixtures.appendingPathComponent("drafts/A-RES-58-140-defects.txt").path

    @Test func colourAlwaysWinsOverNoColor() throws {
        let process = Process()
        process.executableURL = Command.binary
        process.arguments = ["lint", "--color", "always", defects]
        process.environment = ["NO_COLOR": "1"]
        let out = Pipe()
        process.standardOutput = out
        try process.run()
        let text = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(text.contains("\u{1B}[1;31merror\u{1B}[0m"))
    }

    @Test func githubEndsWithTheCounts() throws {
        let result = try Command.run(["lint", "--format", "github", defects])
        #expect(result.stdout.hasSuffix("::notice title=resolint::6 errors, 0 warnings, 0 infos in 1 file\n"))
    }

    @Test func outputFolderIsMadeWhenMissing() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
            "resolint-out-\(UUID().uuidString)/a/b")
        let corpus = Command.fixtures.appendingPathComponent("corpus")
        let result = try Command.run([
            "export", corpus.appendingPathComponent("A-RES-80-1.md").path,
            corpus.appendingPathComponent("A-RES-80-2.md").path, "--output-dir", folder.path,
        ])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(FileManager.default.fileExists(atPath: folder.appendingPathComponent("A-RES-80-1.xml").path))
    }
}

/// Shell completions and the man page come from the same definitions as the parser: the
/// committed files (`Scripts/make-manual`) are what the command generates now, and the man page
/// names every subcommand and option the command has.
@Suite struct CompletionAndManualTests {
    static let docs = Command.fixtures.deletingLastPathComponent().appendingPathComponent("docs")

    @Test(arguments: ["bash", "zsh", "fish"])
    func completionScriptIsCurrent(shell: String) throws {
        let result = try Command.run(["--generate-completion-script", shell])
        #expect(result.status == 0)
        let committed = try String(
            contentsOf: Self.docs.appendingPathComponent("completions/resolint.\(shell)"), encoding: .utf8)
        #expect(result.stdout == committed, "rerun Scripts/make-manual")
        for name in ["inspect", "lint", "diff", "rules", "export", "validate", "revisions", "format"] {
            #expect(committed.contains(name), "\(shell) completes \(name)")
        }
    }

    /// Every rule `resolint rules` lists has its page in docs/rules, the page is what `rules ID
    /// --markdown` prints now, and the index names it.
    @Test func rulePagesAreCurrent() throws {
        let listing = try Command.run(["rules"]).stdout
        let ids = listing.split(separator: "\n").compactMap { $0.split(separator: " ").first.map(String.init) }
        #expect(ids.count > 30)
        let index = try String(contentsOf: Self.docs.appendingPathComponent("rules/README.md"), encoding: .utf8)
        for id in ids {
            let page = try String(contentsOf: Self.docs.appendingPathComponent("rules/\(id).md"), encoding: .utf8)
            #expect(page == (try Command.run(["rules", id, "--markdown"]).stdout), "rerun Scripts/make-manual")
            #expect(page.hasPrefix("# \(id)\n"))
            #expect(index.contains("[\(id)](\(id).md)"))
        }
        let pages = try FileManager.default.contentsOfDirectory(atPath: Self.docs.appendingPathComponent("rules").path)
        #expect(pages.count == ids.count + 1, "no page of a rule that is gone")
    }

    @Test func manualNamesEverySubcommandAndOption() throws {
        let manual = try String(contentsOf: Self.docs.appendingPathComponent("resolint.1"), encoding: .utf8)
        let dump = try Command.run(["--experimental-dump-help"])
        let object = try #require(try JSONSerialization.jsonObject(with: Data(dump.stdout.utf8)) as? [String: Any])
        let command = try #require(object["command"] as? [String: Any])
        let subcommands = try #require(command["subcommands"] as? [[String: Any]]).filter {
            $0["commandName"] as? String != "help"
        }
        #expect(subcommands.count == 8)
        for subcommand in subcommands {
            let name = try #require(subcommand["commandName"] as? String)
            #expect(manual.contains(".It Em \(name)"), "the man page has \(name)")
            for argument in subcommand["arguments"] as? [[String: Any]] ?? [] {
                guard let names = argument["names"] as? [[String: Any]],
                    let long = names.first(where: { $0["kind"] as? String == "long" })?["name"] as? String
                else { continue }
                #expect(manual.contains("Fl -\(long)"), "the man page has \(name) --\(long)")
            }
        }
    }
}
