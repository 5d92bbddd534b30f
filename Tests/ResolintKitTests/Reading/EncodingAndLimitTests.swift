import Foundation
import ResolintKit
import Testing

/// Encodings users' files come in, and the limits that keep hostile input bounded.
@Suite struct EncodingAndLimitTests {
    let text: String

    init() throws {
        text = try String(contentsOfFile: Fixtures.path("corpus/A-RES-58-140.txt"), encoding: .utf8)
    }

    private func utf16(_ text: String, bigEndian: Bool) -> Data {
        var bytes: [UInt8] = bigEndian ? [0xFE, 0xFF] : [0xFF, 0xFE]
        for unit in text.utf16 {
            bytes += bigEndian ? [UInt8(unit >> 8), UInt8(unit & 0xFF)] : [UInt8(unit & 0xFF), UInt8(unit >> 8)]
        }
        return Data(bytes)
    }

    private func model(_ data: Data) throws -> Resolution {
        try DocumentReader().read(data: data, path: "file.txt")
    }

    /// Word's "Unicode text" is UTF-16 with a byte-order mark and CRLF: the same model, ranges included.
    @Test(arguments: [false, true])
    func utf16WithByteOrderMark(bigEndian: Bool) throws {
        let expected = try model(Data(text.utf8))
        let read = try model(utf16(text.replacingOccurrences(of: "\n", with: "\r\n"), bigEndian: bigEndian))
        #expect(read.allParagraphs.map(\.text) == expected.allParagraphs.map(\.text))
        #expect(read.allParagraphs.map(\.range) == expected.allParagraphs.map(\.range))
        #expect(read.footnoteReferences == expected.footnoteReferences)
    }

    @Test func otherEncodingsAreRefusedAtTheirOffset() {
        let utf32 = Data([0xFF, 0xFE, 0x00, 0x00, 0x54, 0x00, 0x00, 0x00])
        #expect(throws: ReadError.unsupportedEncoding(path: "file.txt", encoding: "UTF-32", byteOffset: 0)) {
            try model(utf32)
        }
        // "Ab" then a lone high surrogate in UTF-16LE: bytes 2–5 are "Ab", the surrogate at 6.
        let lone = Data([0xFF, 0xFE, 0x41, 0x00, 0x62, 0x00, 0x00, 0xD8, 0x41, 0x00])
        #expect(
            throws: ReadError.unsupportedEncoding(
                path: "file.txt", encoding: "UTF-16 with a lone surrogate", byteOffset: 6)
        ) { try model(lone) }
        let odd = Data([0xFF, 0xFE, 0x41, 0x00, 0x62])
        #expect(throws: ReadError.self) { try model(odd) }
    }

    @Test func limitsGiveClearErrors() throws {
        var reader = DocumentReader()
        reader.limits.paragraphs = 40
        #expect(throws: ReadError.overLimit(path: "file.txt", what: "paragraphs", count: 46, limit: 40)) {
            try reader.read(data: Data(text.utf8), path: "file.txt")
        }
        reader = DocumentReader()
        reader.limits.footnoteReferences = 4
        #expect(throws: ReadError.overLimit(path: "file.txt", what: "footnote references", count: 5, limit: 4)) {
            try reader.read(data: Data(text.utf8), path: "file.txt")
        }
    }

    /// Pathological inputs finish and are read for what they are (their time is measured in
    /// docs/RELIABILITY.md, not here): one line of 1 MB
    /// holding 20,000 paragraphs, 20,000 footnote markers in a paragraph.
    @Test func pathologicalInputs() throws {
        let line = String(repeating: "Recalling its resolution 57/173 of 18 December 2002, ", count: 20_000)
        let long = try model(Data(("The General Assembly,\n\n" + line + "\n").utf8))
        // A text published on one line: each "Recalling …," is a paragraph of its own.
        #expect(long.preamble.count == 20_000)
        #expect(long.preamble.allSatisfy { $0.text == "Recalling its resolution 57/173 of 18 December 2002," })

        let markers = (0..<20_000).map { "word,\($0 % 9 + 1)" }.joined(separator: " ")
        let notes = (1...9).map { "\($0) Note \($0)." }.joined(separator: "\n")
        let many = try model(Data("The General Assembly,\n\n1. Decides \(markers);\n\n_____\n\(notes)\n".utf8))
        #expect(many.footnotes.count == 9)
        #expect(many.operative[0].footnoteRefs.count == 20_000)
    }
}
