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
