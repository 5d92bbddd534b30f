import Foundation
import ResolintKit
import ZIPFoundation

/// The parts of a `.docx` that hold the text: the ZIP package opened in memory, and each part
/// read with a bound on its unpacked size, so that a small file cannot unpack into gigabytes.
struct WordPackage {
    private let archive: Archive
    /// The entries by path, read once from the central directory (the first of a path, as the
    /// ZIP package's own lookup, which reads the directory again on each call).
    private let entries: [String: Entry]
    private let path: String
    /// The most bytes one part may unpack to.
    let limit: Int

    /// `PK\u{3}\u{4}`: the local file header that starts a ZIP archive.
    static func isZIP(_ bytes: [UInt8]) -> Bool { bytes.starts(with: [0x50, 0x4B, 0x03, 0x04]) }

    init(_ bytes: [UInt8], path: String, limit: Int) throws(ReadError) {
        self.path = path
        self.limit = limit
        if let problem = Self.directoryProblem(bytes) {
            throw .malformed(path: path, line: nil, message: "not a readable ZIP package (\(problem))")
        }
        do {
            archive = try Archive(data: Data(bytes), accessMode: .read)
        } catch {
            throw .malformed(path: path, line: nil, message: "not a readable ZIP package (\(error))")
        }
        var entries: [String: Entry] = [:]
        for entry in archive where entries[entry.path] == nil { entries[entry.path] = entry }
        self.entries = entries
    }

    /// What is wrong with the package's directory, if anything: a record that points outside the
    /// file. The ZIP package stops the process on such a record in memory (it reads before
    /// its start), so each record the package will read is checked first: the end record, every
    /// entry of the central directory, and each entry's local header and data. ZIP64, for parts
    /// of over 4 GB, is not read.
    static func directoryProblem(_ bytes: [UInt8]) -> String? {
        func number(_ offset: Int, _ size: Int) -> Int? {
            guard offset >= 0, offset + size <= bytes.count else { return nil }
            return (0..<size).reduce(0) { $0 | Int(bytes[offset + $1]) << (8 * $1) }
        }
        // The end record: the last signature, scanned from the end as the ZIP package does.
        var end = bytes.count - 22
        while end >= 0, number(end, 4) != 0x0605_4B50 { end -= 1 }
        guard end >= 0, let count = number(end + 10, 2), let size = number(end + 12, 4),
            let start = number(end + 16, 4)
        else { return "no end of central directory" }
        if count == 0xFFFF || size == 0xFFFF_FFFF || start == 0xFFFF_FFFF || number(end - 20, 4) == 0x0706_4B50 {
            return "a ZIP64 package"
        }
        guard start + size <= end else { return "its central directory lies outside the file" }
        var record = start
        for _ in 0..<count {
            guard number(record, 4) == 0x0201_4B50, let flags = number(record + 8, 2),
                let method = number(record + 10, 2), let compressed = number(record + 20, 4),
                let uncompressed = number(record + 24, 4), let nameLength = number(record + 28, 2),
                let extraLength = number(record + 30, 2), let commentLength = number(record + 32, 2),
                let local = number(record + 42, 4), record + 46 + nameLength + extraLength + commentLength <= end
            else { return "an entry of its central directory lies outside it" }
            if compressed == 0xFFFF_FFFF || uncompressed == 0xFFFF_FFFF || local == 0xFFFF_FFFF {
                return "a ZIP64 entry"
            }
            guard let localName = number(local + 26, 2), let localExtra = number(local + 28, 2) else {
                return "an entry's local header lies outside the file"
            }
            var dataEnd = local + 30 + localName + localExtra + (method == 0 ? uncompressed : compressed)
            // A data descriptor after the data, when the entry has one.
            if flags & 0x08 != 0 { dataEnd += 16 }
            guard dataEnd <= bytes.count else { return "an entry's data lies outside the file" }
            record += 46 + nameLength + extraLength + commentLength
        }
        return nil
    }

    /// The unpacked bytes of the part at `name` (`word/document.xml`), or nil if there is none.
    func part(_ name: String) throws(ReadError) -> [UInt8]? {
        guard let entry = entries[name] else { return nil }
        guard entry.uncompressedSize <= UInt64(limit) else {
            throw .malformed(
                path: path, line: nil,
                message: "\(name) unpacks to \(entry.uncompressedSize) bytes, over the limit of \(limit)")
        }
        var bytes: [UInt8] = []
        let limit = self.limit
        do {
            _ = try archive.extract(entry, skipCRC32: false) { chunk in
                // The size in the header is the packer's word: the bound holds on what unpacks.
                guard bytes.count + chunk.count <= limit else { throw WordPackageError.tooLarge }
                bytes += chunk
            }
        } catch WordPackageError.tooLarge {
            throw .malformed(path: path, line: nil, message: "\(name) unpacks to more than \(limit) bytes")
        } catch {
            throw .malformed(path: path, line: nil, message: "\(name) cannot be unpacked (\(error))")
        }
        return bytes
    }
}

private enum WordPackageError: Error { case tooLarge }
