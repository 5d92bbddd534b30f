import Foundation
import ResolintKit
import ZIPFoundation

/// The parts of a `.docx` that hold the text: the ZIP package opened in memory, and each part
/// read with a bound on its unpacked size, so that a small file cannot unpack into gigabytes.
struct WordPackage {
    private let archive: Archive
    private let path: String
    /// The most bytes one part may unpack to.
    let limit: Int

    /// `PK\u{3}\u{4}`: the local file header that starts a ZIP archive.
    static func isZIP(_ bytes: [UInt8]) -> Bool { bytes.starts(with: [0x50, 0x4B, 0x03, 0x04]) }

    init(_ bytes: [UInt8], path: String, limit: Int) throws(ReadError) {
        self.path = path
        self.limit = limit
        do {
            archive = try Archive(data: Data(bytes), accessMode: .read)
        } catch {
            throw .malformed(path: path, line: nil, message: "not a readable ZIP package (\(error))")
        }
    }

    /// The unpacked bytes of the part at `name` (`word/document.xml`), or nil if there is none.
    func part(_ name: String) throws(ReadError) -> [UInt8]? {
        guard let entry = archive[name] else { return nil }
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
