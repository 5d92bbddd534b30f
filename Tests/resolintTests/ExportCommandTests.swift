import Foundation
import Testing

/// `resolint export` and `resolint validate` end to end, and the other commands on `.xml` files.
@Suite struct ExportCommandTests {
    let corpus = Command.fixtures.appendingPathComponent("corpus").path
    let folder: URL

    /// `../shared/akn` beside the checkout, or the copy `Scripts/fetch-schemas` makes.
    static let schema: String? = {
        let root = Command.fixtures.deletingLastPathComponent()
        for candidate in [
            root.deletingLastPathComponent().appendingPathComponent("shared/akn/akomantoso30.xsd"),
            root.appendingPathComponent(".cache/akn/akomantoso30.xsd"),
        ] where FileManager.default.fileExists(atPath: candidate.path) {
            return candidate.path
        }
        return nil
    }()

    init() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("resolint-export-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    }

    @Test(.enabled(if: schema != nil, "needs the schema: run Scripts/fetch-schemas"))
    func exportValidateAndReadBack() throws {
        let schema = try #require(Self.schema)
        let output = folder.appendingPathComponent("58-140.xml").path
        let export = try Command.run([
            "export", "--validate", "--schema", schema, "\(corpus)/A-RES-58-140.txt", "-o", output,
        ])
        #expect(export.status == 0, "\(export.stderr)")
        let xml = try String(contentsOfFile: output, encoding: .utf8)
        #expect(xml.hasPrefix("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<akomaNtoso"))
        let validate = try Command.run(["validate", "--schema", schema, output])
        #expect(validate.status == 0)
        #expect(validate.stdout == "\(output): valid\n")
        let inspect = try Command.run(["inspect", output])
        #expect(inspect.status == 0)
        #expect(inspect.stdout.contains("├─ Operative (24)"))
        let lint = try Command.run(["lint", output])
        #expect(lint.status == 0)
    }

    @Test(.enabled(if: schema != nil))
    func invalidXMLIsReportedWithItsLine() throws {
        let schema = try #require(Self.schema)
        let path = folder.appendingPathComponent("bad.xml").path
        try """
        <?xml version="1.0" encoding="UTF-8"?>
        <akomaNtoso xmlns="http://docs.oasis-open.org/legaldocml/ns/akn/3.0">
          <statement name="resolution">
            <mainBody/>
          </statement>
        </akomaNtoso>
        """.write(toFile: path, atomically: true, encoding: .utf8)
        let result = try Command.run(["validate", "--schema", schema, path])
        #expect(result.status == 1)
        #expect(
            result.stdout.hasPrefix("\(path):4: Element '{http://docs.oasis-open.org/legaldocml/ns/akn/3.0}mainBody'"))
    }

    /// A draft that prints no symbol and no date is exported, with a warning naming what is
    /// missing and the options that give it; given, they name the draft.
    @Test func draftIdentityWarningAndOptions() throws {
        let draft = folder.appendingPathComponent("bare.txt").path
        try "The General Assembly,\n\nRecalling its resolution 57/173,\n\n1. Decides to act.\n".write(
            toFile: draft, atomically: true, encoding: .utf8)
        let bare = try Command.run(["export", draft])
        #expect(bare.status == 0)
        #expect(
            bare.stderr.contains(
                "warning: the text prints neither a symbol nor a date; exported as /akn/un/statement/deliberation/un-ga/0001-01-01/draft-"
            ))
        #expect(bare.stderr.contains("(give --symbol and --date)"))
        let named = try Command.run(["export", draft, "--symbol", "A/C.1/80/L.36", "--date", "30 October 2025"])
        #expect(named.status == 0)
        #expect(!named.stderr.contains("warning"), "\(named.stderr)")
        #expect(
            named.stdout.contains(#"<FRBRuri value="/akn/un/statement/deliberation/un-ga/2025-10-30/A-C.1-80-L.36"/>"#))
        let wrong = try Command.run(["export", draft, "--date", "30 Octobr 2025"])
        #expect(wrong.status == 2)
        #expect(wrong.stderr.contains("is not a date"))
    }

    /// A citation whose date is nowhere in the text stays plain text, and export says which:
    /// 58/140 cites "Security Council resolution 1373 (2001)", with its year and no date.
    @Test func undatedCitationsAreNamed() throws {
        let result = try Command.run(["export", "\(corpus)/A-RES-58-140.txt"])
        #expect(result.status == 0)
        #expect(
            result.stderr.contains(
                "note: 1 cited number is not linked, its date is nowhere in the text: 1373 (2001)"))
        #expect(result.stdout.contains("resolution 1373 (2001) concerning"), "kept as plain text")
    }

    @Test func sameBytesEveryRun() throws {
        let first = try Command.run(["export", "\(corpus)/A-RES-80-3.md"])
        let second = try Command.run(["export", "\(corpus)/A-RES-80-3.md"])
        #expect(first.status == 0)
        #expect(first.stdout == second.stdout)
    }

    /// A failed write leaves nothing behind: the output path is a folder, or in a missing one.
    @Test func noPartialOutput() throws {
        let taken = folder.appendingPathComponent("taken")
        try FileManager.default.createDirectory(at: taken, withIntermediateDirectories: true)
        for target in [taken.path, folder.appendingPathComponent("missing/out.xml").path] {
            let result = try Command.run(["export", "\(corpus)/A-RES-58-140.txt", "-o", target])
            #expect(result.status == 2)
            #expect(result.stderr.contains("cannot be written"))
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["taken"])
        #expect(try FileManager.default.contentsOfDirectory(atPath: taken.path).isEmpty)
    }

    /// Several texts into a folder, in parallel: each file as its single export would be.
    @Test func severalFilesIntoAFolder() throws {
        let out = folder.appendingPathComponent("out")
        try FileManager.default.createDirectory(at: out, withIntermediateDirectories: true)
        let texts = ["A-RES-58-140.txt", "A-RES-80-1.md", "A-RES-80-5.md"].map { "\(corpus)/\($0)" }
        let result = try Command.run(["export", "--output-dir", out.path] + texts)
        #expect(result.status == 0)
        #expect(result.stdout.isEmpty)
        #expect(
            try FileManager.default.contentsOfDirectory(atPath: out.path).sorted()
                == ["A-RES-58-140.xml", "A-RES-80-1.xml", "A-RES-80-5.xml"])
        for text in texts {
            let single = try Command.run(["export", text]).stdout
            let name = URL(fileURLWithPath: text).deletingPathExtension().lastPathComponent + ".xml"
            #expect(try String(contentsOf: out.appendingPathComponent(name), encoding: .utf8) == single)
        }
    }

    /// One unreadable file among several: its message, status 2, the others still written.
    @Test func severalFilesOneMissing() throws {
        let out = folder.appendingPathComponent("some")
        try FileManager.default.createDirectory(at: out, withIntermediateDirectories: true)
        let result = try Command.run(
            [
                "export", "--output-dir", out.path, "\(corpus)/A-RES-80-1.md",
                folder.appendingPathComponent("none.txt").path,
            ])
        #expect(result.status == 2)
        #expect(result.stderr.contains("none.txt"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: out.path) == ["A-RES-80-1.xml"])
    }

    @Test(arguments: [
        (["export", "a.txt", "b.txt"], "several files need --output-dir"),
        (["export", "-o", "x.xml", "--output-dir", "out", "a.txt"], "give --output or --output-dir, not both"),
    ])
    func exportUsageErrors(_ arguments: [String], _ message: String) throws {
        let result = try Command.run(arguments)
        #expect(result.status == 2)
        #expect(result.stderr.contains(message))
    }

    @Test func sameNameTwiceIsRefusedBeforeWriting() throws {
        let out = folder.appendingPathComponent("clash")
        try FileManager.default.createDirectory(at: out, withIntermediateDirectories: true)
        let other = folder.appendingPathComponent("copy")
        try FileManager.default.createDirectory(at: other, withIntermediateDirectories: true)
        try FileManager.default.copyItem(
            atPath: "\(corpus)/A-RES-80-1.md", toPath: other.appendingPathComponent("A-RES-80-1.md").path)
        let result = try Command.run(
            [
                "export", "--output-dir", out.path, "\(corpus)/A-RES-80-1.md",
                other.appendingPathComponent("A-RES-80-1.md").path,
            ])
        #expect(result.status == 2)
        #expect(result.stderr.contains("would both be written to"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: out.path).isEmpty)
    }

    /// Hostile XML given to any command: one clear error, exit status 2.
    @Test func hostileXML() throws {
        let path = folder.appendingPathComponent("entity.xml").path
        try """
        <?xml version="1.0"?>
        <!DOCTYPE akomaNtoso [<!ENTITY x SYSTEM "file:///etc/passwd">]>
        <akomaNtoso xmlns="http://docs.oasis-open.org/legaldocml/ns/akn/3.0">&x;</akomaNtoso>
        """.write(toFile: path, atomically: true, encoding: .utf8)
        for command in [["inspect", path], ["lint", path], ["export", path]] {
            let result = try Command.run(command)
            #expect(result.status == 2, "\(command)")
            #expect((result.stdout + result.stderr).contains("\(path):2: XML with a document type declaration"))
        }
    }
}
