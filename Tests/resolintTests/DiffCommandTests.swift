import Foundation
import Testing

/// `resolint diff` end to end: exit status like diff(1), the outputs, and the HTML page as
/// headless Chromium renders it.
@Suite struct DiffCommandTests {
    let folder: URL
    let old: String
    let new: String

    /// 58/140 typed, and a copy with operative 3 moved before operative 24, two paragraphs
    /// inserted before operative 5 and "also" added to operative 24. In the copy old 4 is 3, the
    /// new ones 4 and 5, old 5–23 are 6–24, old 3 is 25 and old 24 is 26: 22 paragraphs
    /// renumbered, one of them moved, one amended.
    init() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("resolint-diff-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let typed = try String(
            contentsOf: Command.fixtures.appendingPathComponent("drafts/A-RES-58-140-typed.txt"), encoding: .utf8)
        var blocks = typed.components(separatedBy: "\n\n")
        blocks[47] = blocks[47].replacingOccurrences(
            of: "Secretary-General to submit", with: "Secretary-General also to submit")
        let moved = blocks.remove(at: 26)
        blocks.insert(moved, at: 46)
        blocks.insert(
            contentsOf: ["0. Notes the new work programme of the Office;", "0. Invites Member States to report;"],
            at: 27)
        var number = 0
        let edited = blocks.map { block -> String in
            guard let dot = block.firstIndex(of: "."), Int(block[..<dot]) != nil else { return block }
            number += 1
            return "\(number)" + block[dot...]
        }.joined(separator: "\n\n")
        old = folder.appendingPathComponent("old.txt").path
        new = folder.appendingPathComponent("new.txt").path
        try typed.write(toFile: old, atomically: true, encoding: .utf8)
        try edited.write(toFile: new, atomically: true, encoding: .utf8)
    }

    @Test func exitStatusLikeDiff() throws {
        #expect(try Command.run(["diff", old, old]).status == 0)
        let pdf = Command.fixtures.appendingPathComponent("corpus/A-RES-58-140.txt").path
        #expect(try Command.run(["diff", pdf, old]).status == 0, "the same text, extracted differently")
        #expect(try Command.run(["diff", old, new]).status == 1)
        #expect(try Command.run(["diff", old, folder.appendingPathComponent("none.txt").path]).status == 2)
    }

    @Test func textRedline() throws {
        let result = try Command.run(["diff", old, new])
        #expect(
            result.stdout.hasSuffix(
                "\n2 added, 0 deleted, 1 amended (0 technical), 1 moved, 22 renumbered; 45 unchanged\n"))
        #expect(result.stdout.contains("Requests the Secretary-General {+also+} to submit"))
        #expect(result.stdout.contains("operative 3 → operative 25: unchanged, moved, renumbered"))
    }

    @Test func jsonKeys() throws {
        let result = try Command.run(["diff", "--format", "json", old, new])
        let object = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        #expect((object["old"] as? [String: Any])?["path"] as? String == old)
        #expect((object["new"] as? [String: Any])?["symbol"] as? String == "A/RES/58/140")
        let summary = try #require(object["summary"] as? [String: Int])
        #expect(
            summary == [
                "unchanged": 45, "amended": 1, "added": 2, "deleted": 0, "moved": 1, "renumbered": 22, "technical": 0,
            ])
        let changes = try #require(object["changes"] as? [[String: Any]])
        let amended = try #require(changes.first { $0["kind"] as? String == "amended" })
        for key in ["kind", "old", "new", "moved", "renumbered", "technical", "similarity", "words"] {
            #expect(amended[key] != nil, "missing \(key)")
        }
        let place = try #require(amended["new"] as? [String: Any])
        #expect(place["section"] as? String == "operative")
        #expect(place["number"] as? String == "26")
        #expect(place["index"] as? Int == 26)
        #expect((place["range"] as? [String: Any])?["start"] != nil)
        let words = try #require(amended["words"] as? [[String: String]])
        #expect(words.contains(["op": "insert", "text": "also"]))
        let added = try #require(changes.first { $0["kind"] as? String == "added" })
        #expect(added["old"] is NSNull)
    }

    /// `--format docx` writes a Word redline to the file named with `--output`, and only there.
    @Test func wordRedline() throws {
        let target = folder.appendingPathComponent("redline.docx").path
        let missing = try Command.run(["diff", "--format", "docx", old, new])
        #expect(missing.status == 2)
        #expect(missing.stderr.contains("--format docx needs --output"))
        let result = try Command.run([
            "diff", "--format", "docx", "--author", "Delegation of X", old, new, "-o", target,
        ])
        #expect(result.status == 1, "the texts differ")
        #expect(result.stdout.isEmpty)
        let bytes = try Data(contentsOf: URL(fileURLWithPath: target))
        #expect(bytes.starts(with: [0x50, 0x4B, 0x03, 0x04]), "a ZIP package")
        let before = try Data(contentsOf: URL(fileURLWithPath: old))
        let refused = try Command.run(["diff", "--format", "docx", old, new, "-o", old])
        #expect(refused.status == 2, "an input is never overwritten")
        #expect(try Data(contentsOf: URL(fileURLWithPath: old)) == before)
        let badDate = try Command.run(["diff", "--format", "docx", "--date", "1 May", old, new, "-o", target])
        #expect(badDate.status == 2)
    }

    /// The amendments `diff` writes, applied by `amend`, give the new text's paragraphs; a list
    /// that does not apply writes nothing.
    @Test func amendmentsRoundTrip() throws {
        let list = folder.appendingPathComponent("amendments.txt").path
        let out = folder.appendingPathComponent("amended.txt").path
        #expect(try Command.run(["diff", "--format", "amendments", old, new, "-o", list]).status == 1)
        let amendments = try String(contentsOfFile: list, encoding: .utf8)
        #expect(amendments.contains("Renumber the subsequent paragraphs accordingly."))
        #expect(amendments.contains("Move operative paragraph 3 to follow operative paragraph 23."))
        #expect(try Command.run(["amend", old, list, "-o", out]).status == 0)
        #expect(try Command.run(["diff", out, new]).status == 0, "the amended text says what the new one says")
        let bad = folder.appendingPathComponent("bad.txt").path
        let nowhere = folder.appendingPathComponent("nowhere.txt").path
        try "In operative paragraph 1, delete the words “no such words”.\n".write(
            toFile: bad, atomically: true, encoding: .utf8)
        let failed = try Command.run(["amend", old, bad, "-o", nowhere])
        #expect(failed.status == 1)
        #expect(failed.stderr.contains("instruction 1: “no such words” is not in operative paragraph 1"))
        #expect(!FileManager.default.fileExists(atPath: nowhere))
    }

    /// `amend` writes the base's format: amendments to a Word base give a Word document whose
    /// tracked changes, accepted, are the amended paragraphs and, rejected, the base; `--format akn`
    /// gives Akoma Ntoso of the amended text, and `--format text` the typed draft.
    @Test func amendWritesTheBasesFormat() throws {
        let base = Command.fixtures.appendingPathComponent("word/A-RES-58-140.docx").path
        let next = Command.fixtures.appendingPathComponent("series/A-RES-59-159.txt").path
        let list = folder.appendingPathComponent("to-59-159.txt").path
        #expect(try Command.run(["diff", "--format", "amendments", base, next, "-o", list]).status == 1)
        let word = folder.appendingPathComponent("amended.docx").path
        let applied = try Command.run(["amend", base, list, "-o", word])
        #expect(applied.status == 0, "\(applied.stderr)")
        // The amendments carry the paragraphs' words; the notes are the base's still cited.
        let paragraphsOnly = "0 added, 0 deleted, 0 amended (0 technical), 0 moved; 39 unchanged"
        #expect(try Command.run(["diff", word, next]).stdout.contains(paragraphsOnly), "accepted: 59/159")
        #expect(try Command.run(["diff", "--revisions", "reject", word, base]).status == 0, "rejected: the base")
        let akn = folder.appendingPathComponent("amended.xml").path
        #expect(try Command.run(["amend", base, list, "--format", "akn", "-o", akn]).status == 0)
        #expect(try String(contentsOfFile: akn, encoding: .utf8).contains("<akomaNtoso"))
        #expect(try Command.run(["diff", akn, next]).stdout.contains(paragraphsOnly))
        let typed = try Command.run(["amend", base, list, "--format", "text"])
        #expect(typed.status == 0 && typed.stdout.contains("Recalling also its resolution 58/140 of 22 December 2003"))
        #expect(try Command.run(["amend", base, list]).status == 2, "a docx needs a file to go to")
        // The note whose only reference an amendment deleted is dropped; the others read back
        // as the notes they are, though their numbers no longer follow each other.
        let draft = folder.appendingPathComponent("amended.txt").path
        #expect(try Command.run(["amend", base, list, "--format", "text", "-o", draft]).status == 0)
        let model = try #require(
            try JSONSerialization.jsonObject(
                with: Data(Command.run(["inspect", "--format", "json", draft]).stdout.utf8))
                as? [String: Any])
        let notes = try #require(model["footnotes"] as? [[String: Any]])
        #expect(notes.compactMap { $0["marker"] as? String } == ["1", "3", "4", "5"])
    }

    /// `resolint history`: the texts in order of adoption whatever order they are given in; the
    /// JSON keys the documentation names; CSV; one paragraph's story; the HTML page.
    @Test func history() throws {
        let series = Command.fixtures.appendingPathComponent("series").path
        let files = ["A-RES-59-159.txt", "A-RES-57-173.txt", "A-RES-58-140.pdftotext.txt"].map { "\(series)/\($0)" }
        let json = try Command.run(["history", "--format", "json"] + files)
        #expect(json.status == 0)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        let texts = try #require(object["texts"] as? [[String: Any]]).compactMap { $0["symbol"] as? String }
        #expect(texts == ["A/RES/57/173", "A/RES/58/140", "A/RES/59/159"], "ordered by adoption date")
        let paragraphs = try #require(object["paragraphs"] as? [[String: Any]])
        #expect(paragraphs.count == 39)
        #expect(
            Set(paragraphs.flatMap { $0.keys }).isSuperset(of: [
                "section", "index", "number", "since", "changedIn", "movedIn",
            ]))
        #expect((object["dropped"] as? [[String: Any]])?.allSatisfy { $0["lastIn"] is String } == true)
        let csv = try Command.run(["history", "--format", "csv"] + files).stdout
        #expect(csv.hasPrefix("paragraph,text,date,section,index,number,kind,technical,moved,words\n"))
        let one = try Command.run(["history", "--paragraph", "preamble #2"] + files).stdout
        #expect(one.contains("preamble #2: since A/RES/57/173"))
        #expect(
            one.contains(
                "A/RES/58/140: amended (technical) [-56/123 of 19 December 2001-] {+57/173 of 18 December 2002+}"))
        let html = try Command.run(["history", "--format", "html"] + files).stdout
        #expect(html.contains("data-since=\"A/RES/57/173\""))
        #expect(try Command.run(["history", files[0]]).status == 2, "one text is no history")
    }

    /// The history page in headless Chromium: every paragraph of 59/159 is there with its age
    /// and its history beside it; printed, each history opens (the page's own script, on
    /// "beforeprint") so that the changes are on paper, and no browser header or footer is.
    @Test(
        .enabled(
            if: FileManager.default.fileExists(atPath: "/usr/bin/chromium")
                && FileManager.default.fileExists(atPath: "/usr/bin/pdftotext"), "needs chromium and poppler-utils"))
    func historyPageInChromium() throws {
        let series = Command.fixtures.appendingPathComponent("series").path
        let files = ["A-RES-57-173.txt", "A-RES-58-140.pdftotext.txt", "A-RES-59-159.txt"].map { "\(series)/\($0)" }
        let page = folder.appendingPathComponent("history.html")
        #expect(try Command.run(["history", "--format", "html", "-o", page.path] + files).status == 0)
        let html = try String(contentsOf: page, encoding: .utf8)
        #expect(!html.contains("http://") && !html.contains("https://"), "self-contained")
        let dom = try Command.run(
            ["--headless", "--no-sandbox", "--disable-gpu", "--dump-dom", page.absoluteString],
            executable: "/usr/bin/chromium")
        #expect(dom.status == 0)
        #expect(dom.stdout.components(separatedBy: "<div class=\"paragraph\"").count - 1 == 39)
        #expect(dom.stdout.components(separatedBy: "<details>").count - 1 == 39)
        #expect(dom.stdout.contains("<summary>since A/RES/57/173, never changed</summary>"))
        let pdf = folder.appendingPathComponent("history.pdf").path
        let printed = try Command.run(
            ["--headless", "--no-sandbox", "--disable-gpu", "--print-to-pdf=\(pdf)", page.absoluteString],
            executable: "/usr/bin/chromium")
        #expect(printed.status == 0)
        let text = try Command.run([pdf, "-"], executable: "/usr/bin/pdftotext").stdout
        #expect(text.contains("since A/RES/57/173, never changed"))
        #expect(text.contains("A/RES/58/140: amended (technical)"), "the histories are open on paper")
        #expect(text.contains("Looking forward to the Eleventh United Nations Congress"))
        #expect(!text.contains("resolint history:") && !text.contains("file://"), "no browser header or footer")
    }

    /// `diff --format amendments-akn` writes the amendment document; `amend` applies it and
    /// `inspect` lists it.
    @Test func amendmentsAsAkomaNtoso() throws {
        let series = Command.fixtures.appendingPathComponent("series").path
        let (before, after) = ("\(series)/A-RES-57-173.txt", "\(series)/A-RES-58-140.pdftotext.txt")
        let list = folder.appendingPathComponent("amendments.xml").path
        #expect(try Command.run(["diff", before, after, "--format", "amendments-akn", "-o", list]).status == 1)
        let amended = folder.appendingPathComponent("amended.txt").path
        let applied = try Command.run(["amend", before, list, "-o", amended])
        #expect(applied.status == 0, "\(applied.stderr)")
        #expect(
            try Command.run(["diff", amended, after]).stdout.contains("0 added, 0 deleted, 0 amended"),
            "the amended text has 58/140's paragraphs")
        let listed = try Command.run(["inspect", list]).stdout
        #expect(listed.hasPrefix("Amendments to A/RES/57/173 ("))
        #expect(
            listed.contains(
                "1. In the second preambular paragraph, replace the words “56/123” with the words “57/173”."))
    }

    @Test func markdown() throws {
        let result = try Command.run(["diff", "--format", "markdown", old, new])
        #expect(result.stdout.hasPrefix("## A/RES/58/140 → A/RES/58/140\n\n**2 added, 0 deleted"))
        #expect(result.stdout.contains("Requests the Secretary-General **also** to submit"))
    }

    /// The page opened in headless Chromium: its script ran (it counts the changes into an
    /// attribute), the summary, the marks, and the moved paragraph's link to its old place.
    /// Printed by Chromium (`--print-to-pdf`, read back with poppler's `pdftotext`): the header
    /// names both texts and their dates, the legend is there, no navigation or link text and
    /// no browser header or footer is printed. Black and white keeps the changes because the
    /// print style underlines insertions and strikes deletions, which the page's style says.
    @Test(
        .enabled(
            if: FileManager.default.fileExists(atPath: "/usr/bin/chromium")
                && FileManager.default.fileExists(atPath: "/usr/bin/pdftotext"), "needs chromium and poppler-utils"))
    func htmlPrints() throws {
        let page = folder.appendingPathComponent("print.html")
        let pdf = folder.appendingPathComponent("print.pdf").path
        for columns in [[], ["--one-column"]] {
            #expect(try Command.run(["diff", "--format", "html", old, new, "-o", page.path] + columns).status == 1)
            let html = try String(contentsOf: page, encoding: .utf8)
            #expect(html.contains("@media print"))
            #expect(html.contains("ins { background: none; color: #000; text-decoration: underline;"))
            #expect(html.contains("del { background: none; color: #000; text-decoration: line-through; }"))
            let printed = try Command.run(
                ["--headless", "--no-sandbox", "--disable-gpu", "--print-to-pdf=\(pdf)", page.absoluteString],
                executable: "/usr/bin/chromium")
            #expect(printed.status == 0)
            let text = try Command.run(["-layout", pdf, "-"], executable: "/usr/bin/pdftotext").stdout
            #expect(text.contains("Old: A/RES/58/140"))
            #expect(text.contains("Inserted words are underlined, deleted words struck through"))
            #expect(text.contains("Secretary-General also to submit"))
            for furniture in ["previous", "next", "top", "file://", "moved from", "resolint diff:"] {
                #expect(!text.contains(furniture), "\(furniture) is not printed")
            }
        }
    }

    /// The changes stay visible in black and white: the first printed page rendered in grey
    /// (poppler's `pdftoppm -gray`) has more dark pixels than the same page printed with the
    /// print style's underline and strike-through taken away, while printing the same page twice
    /// gives the same pixels.
    @Test(
        .enabled(
            if: FileManager.default.fileExists(atPath: "/usr/bin/chromium")
                && FileManager.default.fileExists(atPath: "/usr/bin/pdftoppm"), "needs chromium and poppler-utils"))
    func htmlChangesSurviveGreyscale() throws {
        let page = folder.appendingPathComponent("grey.html")
        #expect(try Command.run(["diff", "--format", "html", "--one-column", old, new, "-o", page.path]).status == 1)
        let html = try String(contentsOf: page, encoding: .utf8)
        let plain = folder.appendingPathComponent("grey-plain.html")
        try html.replacingOccurrences(
            of: "</head>",
            with: "<style>@media print { ins, del { text-decoration: none !important; } }</style></head>"
        ).write(to: plain, atomically: true, encoding: .utf8)
        func darkPixels(_ file: URL, _ name: String) throws -> (count: Int, pixels: [UInt8]) {
            let pdf = folder.appendingPathComponent("\(name).pdf").path
            let printed = try Command.run(
                ["--headless", "--no-sandbox", "--disable-gpu", "--print-to-pdf=\(pdf)", file.absoluteString],
                executable: "/usr/bin/chromium")
            #expect(printed.status == 0)
            let prefix = folder.appendingPathComponent(name).path
            let rendered = try Command.run(
                ["-gray", "-r", "60", "-f", "1", "-l", "1", "-singlefile", pdf, prefix], executable: "/usr/bin/pdftoppm"
            )
            #expect(rendered.status == 0)
            let bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: prefix + ".pgm")))
            // P5 header: magic, width, height, maximum, each followed by one white space.
            var fields = 0
            var index = 0
            while fields < 4, index < bytes.count {
                if bytes[index] == 0x0A || bytes[index] == 0x20 { fields += 1 }
                index += 1
            }
            let pixels = Array(bytes[index...])
            return (pixels.filter { $0 < 128 }.count, pixels)
        }
        let marked = try darkPixels(page, "marked")
        let again = try darkPixels(page, "again")
        let unmarked = try darkPixels(plain, "unmarked")
        #expect(marked.pixels == again.pixels, "the same page prints the same")
        #expect(marked.count > unmarked.count, "underline and strike-through are dark on the grey page")
    }

    @Test(.enabled(if: FileManager.default.fileExists(atPath: "/usr/bin/chromium"), "needs Debian's chromium"))
    func htmlInChromium() throws {
        let page = folder.appendingPathComponent("diff.html")
        let html = try Command.run(["diff", "--format", "html", old, new])
        #expect(html.status == 1)
        #expect(!html.stdout.contains("http://") && !html.stdout.contains("https://"), "self-contained")
        try html.stdout.write(to: page, atomically: true, encoding: .utf8)
        let dom = try Command.run(
            ["--headless", "--no-sandbox", "--disable-gpu", "--dump-dom", page.absoluteString],
            executable: "/usr/bin/chromium")
        #expect(dom.status == 0)
        let text = dom.stdout
        #expect(
            text.contains("data-changes=\"24\""), "2 added and 22 renumbered, among them the amended and the moved one")
        #expect(
            text.contains("<p class=\"summary\" id=\"summary\">2 added, 0 deleted, 1 amended (0 technical), 1 moved"))
        #expect(text.contains("<ins>also</ins>"))
        #expect(text.contains("<a class=\"moved-from-link\" href=\"#old-operative-3\">moved from operative 3</a>"))
        #expect(text.contains("<tr class=\"moved-from\" id=\"old-operative-3\">"))
        #expect(text.contains("<a href=\"#change-2\">next</a>"))
    }
}
