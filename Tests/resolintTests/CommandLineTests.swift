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
        for arguments in [["lint", "--help"], ["help", "lint"], ["lint", "-h", "--format", "nonsense"]] {
            let result = try Command.run(arguments)
            #expect(result.status == 0, "\(arguments)")
            #expect(result.stdout.contains("USAGE: resolint lint <paths> ... [<options>]"))
            #expect(result.stdout.contains("--format <format>"))
            #expect(result.stdout.contains("text|json|sarif|github; default: text"))
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
        (["lint"], "give at least one <paths>"),
        (["lint", "--format"], "--format needs a value <format>"),
        (["lint", "--format", "xml", "x.txt"], "--format: \"xml\" is not one of text, json, sarif, github"),
        (["lint", "--strict=yes", "x.txt"], "--strict takes no value"),
        (["lint", "--colour", "never", "x.txt"], "unknown option --colour"),
        (["inspect", "a.txt", "b.txt"], "unexpected argument \"b.txt\""),
        (["inspect", "--max-bytes", "many", "a.txt"], "--max-bytes: \"many\" is not a number"),
        (["diff", "a.txt"], "missing <new>"),
        (["lnt", "a.txt"], "unknown command \"lnt\""),
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
