import Foundation
import ResolintKit
import Testing

/// Bad input gets one clear error naming the file, never a crash.
@Suite struct SourceLoaderTests {
    let folder: URL

    init() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("resolint-loader-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    }

    private func file(_ name: String, _ bytes: [UInt8]) throws -> String {
        let url = folder.appendingPathComponent(name)
        try Data(bytes).write(to: url)
        return url.path
    }

    private func error(loading path: String, maxBytes: Int = SourceLoader.defaultMaxBytes) -> ReadError? {
        do {
            _ = try SourceLoader(maxBytes: maxBytes).load(path: path)
            return nil
        } catch {
            return error
        }
    }

    @Test func missingFile() {
        let path = folder.appendingPathComponent("nowhere.txt").path
        #expect(error(loading: path) == .notFound(path: path))
        #expect(error(loading: path)?.description == "\(path): no such file")
    }

    @Test func directory() {
        #expect(error(loading: folder.path) == .isDirectory(path: folder.path))
    }

    @Test func emptyAndBlankFiles() throws {
        let empty = try file("empty.txt", [])
        #expect(error(loading: empty) == .empty(path: empty))
        let blank = try file("blank.txt", Array("  \n\r\n\t\n".utf8))
        #expect(error(loading: blank) == .empty(path: blank))
        let bomOnly = try file("bom.txt", [0xEF, 0xBB, 0xBF])
        #expect(error(loading: bomOnly) == .empty(path: bomOnly))
    }

    @Test func invalidUTF8NamesLineAndOffset() throws {
        // Latin-1 "é" (0xE9) on line 3, as a file saved in the wrong encoding has it.
        let path = try file(
            "latin1.txt", Array("The General Assembly,\n\nRecalling r".utf8) + [0xE9] + Array("solution\n".utf8))
        #expect(error(loading: path) == .invalidUTF8(path: path, line: 3, byteOffset: 34))
        #expect(error(loading: path)?.description.hasPrefix("\(path):3: invalid UTF-8 at byte offset 34") == true)
    }

    @Test func truncatedAndOverlongSequencesAreInvalid() throws {
        for bytes: [UInt8] in [[0x41, 0xE2, 0x80], [0xC0, 0xAF], [0xED, 0xA0, 0x80], [0xF4, 0x90, 0x80, 0x80]] {
            let path = try file("bad.txt", bytes)
            #expect(error(loading: path) != nil)
        }
    }

    @Test func binaryFile() throws {
        let path = try file("image.png", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D])
        #expect(error(loading: path) == .binary(path: path, byteOffset: 8))
    }

    /// A 100 MB file is refused from its size alone, before a byte of it is read.
    @Test func hugeFileIsRefusedWithoutReadingIt() throws {
        let url = folder.appendingPathComponent("huge.txt")
        #expect(FileManager.default.createFile(atPath: url.path, contents: nil))
        let handle = try FileHandle(forWritingTo: url)
        try handle.truncate(atOffset: 100 * 1024 * 1024)
        try handle.close()
        let hundredMegabytes = 104_857_600
        let expected = ReadError.tooLarge(path: url.path, size: hundredMegabytes, limit: SourceLoader.defaultMaxBytes)
        #expect(error(loading: url.path) == expected)
    }

    @Test func limitIsConfigurable() throws {
        let path = try file("small.txt", Array("The General Assembly,\n".utf8))
        #expect(error(loading: path, maxBytes: 10) == .tooLarge(path: path, size: 22, limit: 10))
        #expect(error(loading: path, maxBytes: 22) == nil)
    }

    @Test func validMultibyteTextLoads() throws {
        let path = try file("ok.txt", Array("Cancún, Mérida – “Focus 2003” pre\u{2011}recorded 中文 😀\n".utf8))
        let source = try SourceLoader().load(path: path)
        #expect(source.lines.count == 1)
        #expect(source.lines[0].count == 47, "one column per Unicode scalar")
    }
}
