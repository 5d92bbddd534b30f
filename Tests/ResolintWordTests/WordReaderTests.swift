import Foundation
import ResolintKit
import ResolintWord
import Testing
import ZIPFoundation

/// `.docx` input, on Word files made from the corpus text of 58/140 by `Scripts/make-word-fixtures`
/// (each file's making is described there): by pandoc (real Word footnotes, italic openers), by
/// LibreOffice from the PDF text (every wrapped line a Word paragraph), by python-docx with
/// Word's automatic numbering, and with tracked changes (checked by hand in LibreOffice: its
/// "accept all" and "reject all" give the same words as reading with `.accept` and `.reject`).
@Suite struct WordReaderTests {
    static let fixtures = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fixtures")

    private func reader(_ revisions: WordRevisions = .accept) -> DocumentReader {
        DocumentReader(loader: SourceLoader(binaryFormats: [WordReader(revisions: revisions)]))
    }

    private func read(_ name: String, _ revisions: WordRevisions = .accept) throws -> Resolution {
        try reader(revisions).read(path: Self.fixtures.appendingPathComponent(name).path)
    }

    private var printed: Resolution {
        get throws {
            try DocumentReader().read(path: Self.fixtures.appendingPathComponent("corpus/A-RES-58-140.txt").path)
        }
    }

    @Test func wordFootnotesAndItalicsReadAsThePrintedText() throws {
        let word = try read("word/A-RES-58-140.docx")
        let printed = try printed
        #expect(word.symbol == "A/RES/58/140")
        #expect(word.preamble.map(\.text) == printed.preamble.map(\.text))
        #expect(word.operative.map(\.text) == printed.operative.map(\.text))
        #expect(word.operative.map(\.number) == printed.operative.map(\.number))
        // Word gives the note cited twice a second note: 5 notes, each cited once.
        #expect(word.footnotes.map(\.marker) == ["1", "2", "3", "4", "5"])
        #expect(word.footnoteReferences.map(\.marker) == ["1", "2", "3", "4", "5"])
        #expect(word.footnotes[3].text == "A/58/222.")
        #expect(word.adoption?.date == "2003-12-22")
        #expect(Differ().diff(old: printed, new: word).changes.allSatisfy { $0.kind == .unchanged })
    }

    @Test func documentOfWrappedLinesReadsAsTheText() throws {
        let word = try read("word/A-RES-58-140.libreoffice.docx")
        let diff = Differ().diff(old: try printed, new: word)
        #expect(diff.isEmpty, "\(diff.summary)")
        #expect(word.footnoteReferences.count == 5)
    }

    /// A pdftotext extraction opened in LibreOffice and saved as `.docx`: its form feeds are Word
    /// page breaks now, at the end of a paragraph or the start of one; the pages, their
    /// furniture and their notes read as from the text.
    @Test func pageBreaksAreThePagesOfTheText() throws {
        let word = try read("word/A-RES-59-159.libreoffice.docx")
        let text = try DocumentReader().read(path: Self.fixtures.appendingPathComponent("series/A-RES-59-159.txt").path)
        let diff = Differ().diff(old: text, new: word)
        #expect(diff.isEmpty, "\(diff.summary)")
        #expect(word.footnotes.map(\.text) == text.footnotes.map(\.text))
        #expect(word.footnoteReferences.count == 13)
    }

    @Test func automaticNumberingGivesThePrintedNumbers() throws {
        let word = try read("word/A-RES-58-140.numbered.docx")
        #expect(word.operative.map(\.number) == (1...24).map { String($0) })
        #expect(word.operative.allSatisfy { !$0.numberAssumed })
        #expect(word.preamble.count == 22)
        #expect(word.operative.map(\.text) == (try printed).operative.map(\.text))
    }

    @Test func trackedChangesReadAcceptedByDefault() throws {
        let accepted = try read("word/A-RES-58-140.tracked.docx")
        #expect(accepted.preamble.count == 23)
        #expect(
            accepted.preamble[3].text
                == "Noting with concern the growth of transnational organized crime in all regions,")
        #expect(accepted.preamble[1].text.hasSuffix("Criminal Justice Programme,"))
        #expect(accepted.operative.count == 23)
        #expect(accepted.operative[0].text.hasPrefix("Takes note with interest of the report"))
        #expect(!accepted.operative.contains { $0.text.hasPrefix("Affirms") })
    }

    @Test func trackedChangesRejectedGiveTheTextBefore() throws {
        let rejected = try read("word/A-RES-58-140.tracked.docx", .reject)
        let original = try read("word/A-RES-58-140.docx")
        let diff = Differ().diff(old: original, new: rejected)
        #expect(diff.isEmpty, "\(diff.summary)")
        #expect(rejected.footnotes.map(\.text) == original.footnotes.map(\.text))
    }

    /// A place in a Word document is a paragraph and a character in it; a footnote reference
    /// is one character, as in Word.
    @Test func positionsAreParagraphAndCharacter() throws {
        let path = Self.fixtures.appendingPathComponent("word/A-RES-58-140.docx").path
        let (resolution, source) = try reader().document(path: path)
        let reference = try #require(resolution.footnoteReferences.first)
        let paragraph = try #require(resolution.preamble.first { $0.footnoteRefs.contains(reference) })
        #expect(source.label(reference.range.start) == "p13:\(paragraph.text.unicodeScalars.count + 1)")
        #expect(source.label(paragraph.range.start) == "p13:1")
        let note = try #require(resolution.footnotes.last)
        #expect(source.label(note.range.start) == "n5:1")
    }

    // MARK: - What is not a Word document

    private func zip(_ parts: [String: String]) throws -> [UInt8] {
        let archive = try Archive(accessMode: .create)
        for (name, text) in parts.sorted(by: { $0.key < $1.key }) {
            let data = Data(text.utf8)
            try archive.addEntry(
                with: name, type: .file, uncompressedSize: Int64(data.count), compressionMethod: .deflate
            ) { position, size in data.subdata(in: Int(position)..<Int(position) + size) }
        }
        return [UInt8](try #require(archive.data))
    }

    private func expectError(_ bytes: [UInt8], containing words: String, limit: Int = 1 << 20) {
        do {
            _ = try DocumentReader(loader: SourceLoader(binaryFormats: [WordReader(partLimit: limit)]))
                .read(data: Data(bytes), path: "bad.docx")
            Issue.record("read without an error")
        } catch {
            #expect(error.description.contains(words), "\(error)")
            #expect(error.description.contains("bad.docx"))
        }
    }

    @Test func aZIPWithoutADocumentIsRefused() throws {
        expectError(try zip(["hello.txt": "hello"]), containing: "not a Word document")
    }

    @Test func aPartOverTheLimitIsRefused() throws {
        let body = String(repeating: "<w:p><w:r><w:t>Recalling</w:t></w:r></w:p>", count: 50_000)
        let document =
            #"<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>"#
            + body + "</w:body></w:document>"
        expectError(try zip(["word/document.xml": document]), containing: "over the limit", limit: 100_000)
    }

    @Test func aDocumentTypeDeclarationIsRefused() throws {
        let document = #"<?xml version="1.0"?><!DOCTYPE d [<!ENTITY e SYSTEM "file:///etc/passwd">]><w:document/>"#
        expectError(try zip(["word/document.xml": document]), containing: "document type declaration")
    }

    @Test func aBrokenZIPIsRefused() {
        expectError([0x50, 0x4B, 0x03, 0x04] + [UInt8](repeating: 7, count: 100), containing: "ZIP")
    }
}

/// Damaged Word files — bytes of the package changed or cut, or the XML of a part changed and
/// packed again — give a clear error or a reading, never a crash (seeded, so a failure replays).
@Suite struct DamagedWordTests {
    struct Generator {
        var state: UInt64
        mutating func next(_ bound: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((state >> 33) % UInt64(bound))
        }
    }

    let original = try? Data(
        contentsOf: WordReaderTests.fixtures.appendingPathComponent("word/A-RES-58-140.tracked.docx"))

    private func read(_ bytes: [UInt8]) -> Bool {
        for revisions in WordRevisions.allCases {
            let reader = DocumentReader(loader: SourceLoader(binaryFormats: [WordReader(revisions: revisions)]))
            do {
                _ = try reader.read(data: Data(bytes), path: "damaged.docx")
            } catch {
                guard !error.description.isEmpty else { return false }
            }
        }
        return true
    }

    @Test func damagedPackages() throws {
        let bytes = [UInt8](try #require(original))
        var random = Generator(state: 7)
        for _ in 0..<60 {
            var damaged = bytes
            for _ in 0..<(1 + random.next(20)) { damaged[random.next(damaged.count)] = UInt8(random.next(256)) }
            if random.next(5) == 0 { damaged = Array(damaged.prefix(random.next(damaged.count))) }
            #expect(read(damaged))
        }
    }

    /// The central directory's records damaged, each field that says where something is: the
    /// local header's offset, the sizes, the name's length, the directory's own offset and
    /// count. Each is a clear error or a reading, never the end of the process (a record
    /// pointing past the end of the file stopped it, in the ZIP package's reading from memory).
    @Test func damagedDirectoryRecords() throws {
        let bytes = [UInt8](try #require(original))
        func put(_ value: UInt32, at offset: Int, _ size: Int, in bytes: inout [UInt8]) {
            for index in 0..<size { bytes[offset + index] = UInt8(truncatingIfNeeded: value >> (8 * UInt32(index))) }
        }
        let end = try #require(
            (0...(bytes.count - 22)).reversed().first { bytes[$0..<($0 + 4)] == [0x50, 0x4B, 0x05, 0x06] })
        let start =
            Int(bytes[end + 16]) | Int(bytes[end + 17]) << 8 | Int(bytes[end + 18]) << 16 | Int(bytes[end + 19]) << 24
        let beyond = UInt32(bytes.count + 1000)
        var cases: [(String, [UInt8])] = []
        for (field, offset, size) in [
            ("local header offset", 42, 4), ("compressed size", 20, 4), ("uncompressed size", 24, 4),
            ("name length", 28, 2),
        ] {
            for value in [beyond, 0xFFFF_FFFF, 0xFFFF] {
                var damaged = bytes
                put(value, at: start + offset, size, in: &damaged)
                cases.append(("\(field) \(value)", damaged))
            }
        }
        for (field, offset, size) in [("directory offset", 16, 4), ("directory size", 12, 4), ("entry count", 10, 2)] {
            var damaged = bytes
            put(beyond, at: end + offset, size, in: &damaged)
            cases.append((field, damaged))
        }
        for (name, damaged) in cases {
            #expect(read(damaged), "\(name)")
        }
        var pointing = bytes
        put(beyond, at: start + 42, 4, in: &pointing)
        #expect(throws: ReadError.self) {
            try DocumentReader(loader: SourceLoader(binaryFormats: [WordReader()])).read(
                data: Data(pointing), path: "damaged.docx")
        }
    }

    @Test func damagedParts() throws {
        let archive = try Archive(data: try #require(original), accessMode: .read)
        var random = Generator(state: 9)
        let marks = Array("<>/=\"' abcw:0123&;".utf8)
        for round in 0..<40 {
            let target = ["word/document.xml", "word/footnotes.xml", "word/numbering.xml", "word/styles.xml"][round % 4]
            let rebuilt = try Archive(accessMode: .create)
            for entry in archive {
                var data = Data()
                _ = try archive.extract(entry) { data.append($0) }
                if entry.path == target {
                    var bytes = [UInt8](data)
                    for _ in 0..<(1 + random.next(40)) {
                        bytes[random.next(bytes.count)] = marks[random.next(marks.count)]
                    }
                    data = Data(bytes)
                }
                let part = data
                try rebuilt.addEntry(
                    with: entry.path, type: .file, uncompressedSize: Int64(part.count), compressionMethod: .deflate
                ) { position, size in part.subdata(in: Int(position)..<Int(position) + size) }
            }
            #expect(read([UInt8](try #require(rebuilt.data))))
        }
    }
}
