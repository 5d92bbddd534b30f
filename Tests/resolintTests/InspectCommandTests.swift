import Foundation
import Testing

/// `resolint inspect` end to end: the built command, its output and its exit status.
@Suite struct InspectCommandTests {
    let corpus = Command.fixtures.appendingPathComponent("corpus").path

    @Test func treeOfARealText() throws {
        let result = try Command.run(["inspect", "\(corpus)/A-RES-58-140.txt"])
        #expect(result.status == 0)
        #expect(result.stderr.isEmpty)
        let golden = try String(
            contentsOf: Command.fixtures.appendingPathComponent("golden/A-RES-58-140.txt.tree"), encoding: .utf8)
        #expect(result.stdout == golden)
    }

    @Test func jsonOfARealText() throws {
        let result = try Command.run(["inspect", "--format", "json", "\(corpus)/A-RES-80-14.md"])
        #expect(result.status == 0)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        #expect(object["symbol"] as? String == "A/RES/80/14")
        #expect((object["operative"] as? [Any])?.count == 8)
        #expect((object["adoption"] as? [String: Any])?["date"] as? String == "2025-12-01")
    }

    @Test func sameBytesEveryRun() throws {
        let first = try Command.run(["inspect", "--format", "json", "\(corpus)/A-RES-80-5.md"])
        let second = try Command.run(["inspect", "--format", "json", "\(corpus)/A-RES-80-5.md"])
        #expect(first.stdout == second.stdout)
    }

    @Test func readsStandardInput() throws {
        let text = try Data(contentsOf: URL(fileURLWithPath: "\(corpus)/A-RES-58-140.txt"))
        let result = try Command.run(["inspect", "-"], stdin: text)
        #expect(result.status == 0)
        #expect(result.stdout.hasPrefix("Resolution A/RES/58/140\n"))
    }

    struct BadInput: CustomTestStringConvertible, Sendable {
        let name: String
        let bytes: [UInt8]?
        let message: String
        var testDescription: String { name }
    }

    static let badInputs = [
        BadInput(name: "missing", bytes: nil, message: "no such file"),
        BadInput(name: "empty", bytes: [], message: "the file is empty"),
        BadInput(
            name: "latin1", bytes: Array("Recalling r".utf8) + [0xE9], message: "1: invalid UTF-8 at byte offset 11"),
        BadInput(name: "binary", bytes: [0x7F, 0x45, 0x4C, 0x46, 0x02, 0x01, 0x01, 0x00], message: "binary file"),
    ]

    /// Each bad input: one line on standard error naming the file, nothing on standard output,
    /// exit status 2.
    @Test(arguments: badInputs)
    func badInput(_ input: BadInput) throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("resolint-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let path = folder.appendingPathComponent("\(input.name).txt").path
        if let bytes = input.bytes { try Data(bytes).write(to: URL(fileURLWithPath: path)) }
        let result = try Command.run(["inspect", path])
        #expect(result.status == 2)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr.hasPrefix("resolint: \(path)"))
        #expect(result.stderr.contains(input.message))
        #expect(result.stderr.split(separator: "\n").count == 1)
    }

    @Test func directoryAndHugeFile() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("resolint-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let directory = try Command.run(["inspect", folder.path])
        #expect(directory.status == 2)
        #expect(directory.stderr.contains("is a directory"))

        let huge = folder.appendingPathComponent("huge.txt")
        #expect(FileManager.default.createFile(atPath: huge.path, contents: nil))
        let handle = try FileHandle(forWritingTo: huge)
        try handle.truncate(atOffset: 100 * 1024 * 1024)
        try handle.close()
        let result = try Command.run(["inspect", huge.path])
        #expect(result.status == 2)
        #expect(result.stderr.contains("the file is 104857600 bytes, over the limit"))
    }

    @Test func usageErrorsExitWithTwo() throws {
        let result = try Command.run(["inspect", "--format", "yaml", "\(corpus)/A-RES-58-140.txt"])
        #expect(result.status == 2)
        #expect(result.stderr.contains("yaml"))
    }
}

/// A Word document's places are named as Word's: paragraph and character.
@Suite struct WordInspectTests {
    @Test func treeAndReportNameParagraphs() throws {
        let docx = Command.fixtures.appendingPathComponent("word/A-RES-58-140.docx").path
        let tree = try Command.run(["inspect", docx])
        #expect(tree.status == 0)
        #expect(tree.stdout.contains("├─ Formula General Assembly @p3:1-p3:22 \"The General Assembly,\""))
        let tracked = Command.fixtures.appendingPathComponent("word/A-RES-58-140.tracked.docx").path
        let rejected = try Command.run(["inspect", "--revisions", "reject", "--format", "json", tracked])
        #expect(rejected.stdout.contains("Takes note with appreciation of the report"))
        let accepted = try Command.run(["inspect", "--format", "json", tracked])
        #expect(accepted.stdout.contains("Takes note with interest of the report"))
    }
}
