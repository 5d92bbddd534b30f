import Foundation
import Testing

/// Every command gives the same bytes for the same input: run twice, on one core and on all,
/// whatever the order the files are given in.
@Suite struct DeterminismTests {
    let corpus = Command.fixtures.appendingPathComponent("corpus").path

    var commands: [[String]] {
        [
            ["inspect", "--format", "json", "\(corpus)/A-RES-80-5.md"],
            ["lint", "--format", "json", corpus],
            ["lint", "--format", "sarif", corpus],
            ["diff", "--format", "json", "\(corpus)/A-RES-80-19.md", "\(corpus)/A-RES-80-21.md"],
            ["diff", "--format", "html", "\(corpus)/A-RES-80-20.md", "\(corpus)/A-RES-80-21.md"],
            ["export", "\(corpus)/A-RES-80-3.md"],
            ["rules"],
        ]
    }

    @Test func sameBytesTwice() throws {
        for command in commands {
            let first = try Command.run(command)
            let second = try Command.run(command)
            #expect(first.stdout == second.stdout, "\(command)")
            #expect(!first.stdout.isEmpty)
        }
    }

    /// `taskset -c 0` pins the run to one core; the output does not change.
    @Test(.enabled(if: FileManager.default.fileExists(atPath: "/usr/bin/taskset"), "needs util-linux taskset"))
    func sameBytesOnOneCore() throws {
        for command in commands.prefix(3) {
            let all = try Command.run(command)
            let one = try Command.run(["-c", "0", Command.binary.path] + command, executable: "/usr/bin/taskset")
            #expect(one.status == all.status)
            #expect(one.stdout == all.stdout, "\(command)")
        }
    }

    @Test func fileOrderDoesNotMatter() throws {
        let files = (try FileManager.default.contentsOfDirectory(atPath: corpus)).filter { $0.hasPrefix("A-RES-") }
            .map { "\(corpus)/\($0)" }
        let forward = try Command.run(["lint", "--format", "json"] + files.sorted())
        let backward = try Command.run(["lint", "--format", "json"] + files.sorted().reversed())
        #expect(forward.stdout == backward.stdout)
    }

    /// `--fix` on a UTF-16 file writes it back in UTF-16, with its byte-order mark.
    @Test func fixKeepsTheEncoding() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("resolint-fix-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let path = folder.appendingPathComponent("draft.txt")
        let text = "The General Assembly,\r\n\r\nRecalling its resolution 57 / 173,\r\n\r\n1. Decides to act.\r\n"
        var bytes: [UInt8] = [0xFF, 0xFE]
        for unit in text.utf16 { bytes += [UInt8(unit & 0xFF), UInt8(unit >> 8)] }
        try Data(bytes).write(to: path)
        _ = try Command.run(["lint", "--fix", path.path])
        let fixed = try Data(contentsOf: path)
        #expect(Array(fixed.prefix(2)) == [0xFF, 0xFE])
        let decoded = String(
            decoding: stride(from: 2, to: fixed.count - 1, by: 2).map {
                UInt16(fixed[$0]) | UInt16(fixed[$0 + 1]) << 8
            }, as: UTF16.self)
        #expect(decoded == text.replacingOccurrences(of: "57 / 173", with: "57/173"))
    }
}
