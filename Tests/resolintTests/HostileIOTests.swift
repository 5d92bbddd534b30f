import Foundation
import Testing

/// Careless and hostile paths and texts, as a tester tried them on the installed command: no
/// write over the wrong file, no hang on a FIFO, no silent failure to write, no escape sequence
/// reaching the terminal.
@Suite struct HostileIOTests {
    let folder: URL
    let text = Command.fixtures.appendingPathComponent("corpus/A-RES-58-140.txt").path

    init() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("resolint-hostile-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    }

    private func path(_ name: String) -> String { folder.appendingPathComponent(name).path }

    private func copy(as name: String) throws -> String {
        try FileManager.default.copyItem(atPath: text, toPath: path(name))
        return path(name)
    }

    @Test func exportRefusesToWriteOverItsInput() throws {
        let input = try copy(as: "58-140.txt")
        let before = try Data(contentsOf: URL(fileURLWithPath: input))
        let result = try Command.run(["export", input, "-o", input])
        #expect(result.status == 2)
        #expect(result.stderr.contains("is the input of this run"))
        #expect(try Data(contentsOf: URL(fileURLWithPath: input)) == before, "the resolution is still there")
    }

    @Test func exportRefusesWhatIsNotARegularFile() throws {
        #expect(mkfifo(path("pipe.xml"), 0o644) == 0)
        let fifo = try Command.run(["export", text, "-o", path("pipe.xml")])
        #expect(fifo.status == 2)
        #expect(fifo.stderr.contains("is not a regular file (a FIFO)"))
        let device = try Command.run(["export", text, "-o", "/dev/null"])
        #expect(device.status == 2)
        #expect(device.stderr.contains("is not a regular file (a device)"))
        try FileManager.default.createDirectory(atPath: path("folder.xml"), withIntermediateDirectories: false)
        #expect(try Command.run(["export", text, "-o", path("folder.xml")]).status == 2)
    }

    @Test func exportRefusesAReadOnlyFile() throws {
        FileManager.default.createFile(atPath: path("locked.xml"), contents: Data("keep".utf8))
        #expect(chmod(path("locked.xml"), 0o444) == 0)
        let result = try Command.run(["export", text, "-o", path("locked.xml")])
        #expect(result.status == 2)
        #expect(result.stderr.contains("is read-only"))
        #expect(try String(contentsOfFile: path("locked.xml"), encoding: .utf8) == "keep")
    }

    @Test func aLinkIsFollowedAndKept() throws {
        try FileManager.default.createSymbolicLink(atPath: path("link.xml"), withDestinationPath: "target.xml")
        #expect(try Command.run(["export", text, "-o", path("link.xml")]).status == 0)
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: path("link.xml")) == "target.xml")
        #expect(try String(contentsOfFile: path("target.xml"), encoding: .utf8).contains("<akomaNtoso"))
    }

    @Test func aHardLinkStaysOneFileAndModeStays() throws {
        FileManager.default.createFile(atPath: path("one.xml"), contents: Data("old".utf8))
        #expect(link(path("one.xml"), path("two.xml")) == 0)
        #expect(chmod(path("one.xml"), 0o640) == 0)
        #expect(try Command.run(["export", text, "-o", path("one.xml")]).status == 0)
        let one = try FileManager.default.attributesOfItem(atPath: path("one.xml"))
        let two = try FileManager.default.attributesOfItem(atPath: path("two.xml"))
        #expect(one[.systemFileNumber] as? Int == two[.systemFileNumber] as? Int)
        #expect(try String(contentsOfFile: path("two.xml"), encoding: .utf8).contains("<akomaNtoso"))
        #expect((one[.posixPermissions] as? Int) == 0o640)
    }

    @Test func fixWritesThroughALink() throws {
        let draft = Command.fixtures.appendingPathComponent("drafts/A-RES-58-140-defects.txt").path
        try FileManager.default.copyItem(atPath: draft, toPath: path("draft.txt"))
        try FileManager.default.createSymbolicLink(atPath: path("draft-link.txt"), withDestinationPath: "draft.txt")
        _ = try Command.run(["lint", "--fix", path("draft-link.txt")])
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: path("draft-link.txt")) == "draft.txt")
        #expect(try String(contentsOfFile: path("draft.txt"), encoding: .utf8).contains("Secretary-General to take"))
    }

    @Test func aStaleTemporaryIsRemoved() throws {
        let stale = path(".out.xml.resolint-AbC123")
        FileManager.default.createFile(atPath: stale, contents: Data("half".utf8))
        try FileManager.default.setAttributes(
            [.modificationDate: Date(timeIntervalSinceNow: -3600)], ofItemAtPath: stale)
        #expect(try Command.run(["export", text, "-o", path("out.xml")]).status == 0)
        #expect(!FileManager.default.fileExists(atPath: stale))
    }

    @Test func aFIFOIsNeverWaitedOn() throws {
        #expect(mkfifo(path("input.txt"), 0o644) == 0)
        let inspect = try Command.run(["inspect", path("input.txt")])
        #expect(inspect.status == 2)
        #expect(inspect.stderr.contains("is not a regular file (a FIFO)"))
        let lint = try Command.run(["lint", folder.path])
        #expect(lint.status == 2)
    }

    @Test(arguments: [["export"], ["lint"], ["inspect"]])
    func aFailedWriteIsAnError(command: [String]) throws {
        let process = Process()
        process.executableURL = Command.binary
        process.arguments = command + [text]
        process.standardOutput = try FileHandle(forWritingTo: URL(fileURLWithPath: "/dev/full"))
        let errors = Pipe()
        process.standardError = errors
        try process.run()
        let message = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 2)
        #expect(message.contains("standard output cannot be written"))
    }

    @Test func escapeSequencesAreShownNotRun() throws {
        let hostile = path("x\n\u{1B}]0;title\u{7}.txt")
        let body =
            "The General Assembly,\n\nRecalling \u{1B}]0;pwned\u{7} its resolution 57 / 173,\n\n1. Decides to act.\n"
        FileManager.default.createFile(atPath: hostile, contents: Data(body.utf8))
        for arguments in [["inspect", hostile], ["lint", hostile], ["lint", "--format", "github", hostile]] {
            let result = try Command.run(arguments)
            #expect(!result.stdout.contains("\u{1B}") && !result.stderr.contains("\u{1B}"), "\(arguments[0])")
            #expect(!result.stdout.contains("\u{7}"))
        }
        let report = try Command.run(["lint", hostile])
        let first = try #require(report.stdout.split(separator: "\n").first)
        #expect(first.contains("x\\u{A}\\u{1B}]0;title\\u{7}.txt:"), "the name stays on its line")
        let missing = try Command.run(["inspect", path("no\nsuch.txt")])
        #expect(missing.stderr.split(separator: "\n").count == 1)
    }

    @Test func sarifURIsAreEncodedByte() throws {
        let odd = path("x\n1 é.txt")
        FileManager.default.createFile(
            atPath: odd, contents: Data("The General Assembly,\n\nRecalling its resolution 57 / 173,\n".utf8))
        let result = try Command.run(["lint", "--format", "sarif", odd])
        #expect(result.stdout.contains("x%0A1%20%C3%A9.txt"))
    }
}
