import Foundation
import ResolintKit
import ResolintWord
import Testing

/// The `.docx` redline of real pairs: LibreOffice (headless, through its Python UNO bridge)
/// opens it, and accepting every tracked change gives the words of the new text, rejecting every
/// change the words of the old; python-docx opens it too. The project's own Word reader, accepting
/// and rejecting, agrees.
@Suite struct WordRedlineTests {
    static let fixtures = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fixtures")
    static let script = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Support/tracked_changes.py").path

    /// The series pairs, and pairs made from corpus texts by a drafter's edits.
    static let pairs: [(String, String)] = [
        ("series/A-RES-57-173.txt", "series/A-RES-58-140.pdftotext.txt"),
        ("series/A-RES-58-140.pdftotext.txt", "series/A-RES-59-159.txt"),
        ("series/A-RES-75-196.txt", "series/A-RES-76-187.txt"),
        ("series/A-RES-76-50.txt", "series/A-RES-77-62.txt"),
        ("series/A-RES-76-30.txt", "series/A-RES-77-53.txt"),
        ("corpus/A-RES-80-14.md", "edited:corpus/A-RES-80-14.md"),
        ("corpus/A-RES-80-11.md", "headings:corpus/A-RES-80-11.md"),
        ("corpus/A-RES-80-12.md", "subparagraphs:corpus/A-RES-80-12.md"),
    ]

    static func read(_ name: String) throws -> Resolution {
        if name.hasPrefix("edited:") { return try edited(String(name.dropFirst(7))) }
        if name.hasPrefix("headings:") { return try reheaded(String(name.dropFirst(9))) }
        if name.hasPrefix("subparagraphs:") { return try resubdivided(String(name.dropFirst(14))) }
        return try DocumentReader().read(path: fixtures.appendingPathComponent(name).path)
    }

    /// A corpus text after a drafter's edits: the second preambular paragraph moved to the end
    /// of the preamble, operative paragraph 2 deleted, words replaced in operative paragraph 3,
    /// and a new operative paragraph after it; the operative paragraphs numbered afresh.
    static func edited(_ name: String) throws -> Resolution {
        var text = try String(contentsOf: fixtures.appendingPathComponent(name), encoding: .utf8)
        var blocks = text.components(separatedBy: "\n\n")
        let preamble = blocks.indices.filter { blocks[$0].hasPrefix("Recalling") || blocks[$0].hasPrefix("Noting") }
        let operative = blocks.indices.filter {
            blocks[$0].range(of: #"^[0-9]+\. "#, options: .regularExpression) != nil
        }
        guard preamble.count >= 2, operative.count >= 4 else { throw CocoaError(.fileReadCorruptFile) }
        blocks[operative[2]] = blocks[operative[2]].replacingOccurrences(
            of: "the ", with: "all the ", options: [], range: nil)
        blocks.insert("4. Calls upon all States to report on the measures taken;", at: operative[2] + 1)
        blocks.remove(at: operative[1])
        let moved = blocks.remove(at: preamble[1])
        blocks.insert(moved, at: preamble.last!)
        // Numbered afresh, as the drafter would: the paragraphs after the changes are renumbered.
        var number = 0
        for index in blocks.indices {
            guard let range = blocks[index].range(of: #"^[0-9]+\. "#, options: .regularExpression) else { continue }
            number += 1
            blocks[index].replaceSubrange(range, with: "\(number). ")
        }
        text = blocks.joined(separator: "\n\n")
        return ResolutionParser().parse(SourceText(path: name, text: text))
    }

    /// 80/11's headings as a drafter changes them: "Peacebuilding financing" deleted, the first
    /// reworded, a new one before the last operative paragraph.
    static func reheaded(_ name: String) throws -> Resolution {
        var text = try String(contentsOf: fixtures.appendingPathComponent(name), encoding: .utf8)
        for (old, new) in [
            ("\nPeacebuilding financing\n\n", "\n"),
            ("\nPeacebuilding Commission\n", "\nThe Peacebuilding Commission\n"),
        ] {
            guard text.contains(old) else { throw CocoaError(.fileReadCorruptFile) }
            text = text.replacingOccurrences(of: old, with: new)
        }
        let last = try #require(
            text.range(of: "\n30. ", options: .backwards) ?? text.range(of: "\n29. ", options: .backwards))
        text.insert(contentsOf: "\nFollow-up\n", at: last.lowerBound)
        return ResolutionParser().parse(SourceText(path: name, text: text))
    }

    /// 80/12's operative paragraph 7 as a drafter changes its subparagraphs: words replaced in
    /// (c), (d) deleted, a new one after (f), and the labels from (c) on lettered afresh.
    static func resubdivided(_ name: String) throws -> Resolution {
        let text = try String(contentsOf: fixtures.appendingPathComponent(name), encoding: .utf8)
        var blocks = text.components(separatedBy: "\n\n")
        func index(_ opening: String) throws -> Int { try #require(blocks.firstIndex { $0.hasPrefix(opening) }) }
        let reworded = try index("(c) To continue consultations with relevant international bodies")
        blocks[reworded] = blocks[reworded].replacingOccurrences(
            of: "with relevant international bodies", with: "with the relevant international and regional bodies")
        blocks.remove(at: try index("(d) To encourage relevant international bodies"))
        blocks.insert(
            "(f) To publish each year a summary of the reports received;",
            at: try index("(f) To encourage the United Nations regional centres") + 1)
        let labels = "cdefghijklmn".map { "(\($0))" }
        var next = 0
        for position in reworded..<blocks.count {
            guard let range = blocks[position].range(of: #"^\([a-z]\) "#, options: .regularExpression) else { break }
            blocks[position].replaceSubrange(range, with: labels[next] + " ")
            next += 1
        }
        return ResolutionParser().parse(SourceText(path: name, text: blocks.joined(separator: "\n\n")))
    }

    /// The words a reader sees in a resolution, in order: title, formula, paragraphs with their
    /// numbers and the headings between them, annexes, the meeting and date.
    static func words(of resolution: Resolution) -> [String] {
        var lines = [
            [resolution.number.map { "\($0)." }, resolution.title?.text].compactMap { $0 }.joined(separator: " "),
            resolution.formula?.text ?? "",
        ]
        func add(_ paragraphs: [Paragraph], _ section: Section, _ headings: [Heading]) {
            for (index, paragraph) in paragraphs.enumerated() {
                for heading in headings where heading.section == section && heading.paragraphIndex == index {
                    lines.append(heading.text)
                }
                lines.append((paragraph.number.map { "\($0). " } ?? "") + Differ.comparedText(paragraph))
            }
            for heading in headings where heading.section == section && heading.paragraphIndex >= paragraphs.count {
                lines.append(heading.text)
            }
        }
        add(resolution.preamble, .preamble, resolution.headings)
        add(resolution.operative, .operative, resolution.headings)
        for (index, annex) in resolution.annexes.enumerated() {
            lines.append([annex.label, annex.title].compactMap { $0 }.joined(separator: " "))
            add(annex.paragraphs, .annex(index), annex.headings)
        }
        lines += [resolution.adoption?.meeting ?? "", resolution.adoption?.date.map(UNDate.printed) ?? ""]
        return words(lines.joined(separator: " "))
    }

    /// Where two word lists first differ, with a few words around, for a failure message.
    static func firstDifference(_ found: [String], _ expected: [String]) -> String {
        let index =
            zip(found, expected).enumerated().first { $0.element.0 != $0.element.1 }?.offset
            ?? min(found.count, expected.count)
        let window = { (words: [String]) in
            words[max(0, index - 6)..<min(words.count, index + 6)].joined(separator: " ")
        }
        return "at word \(index): found \"\(window(found))\", expected \"\(window(expected))\""
    }

    /// The words of a text; a mark of punctuation standing alone ("prisoners , taking", as an
    /// extraction can leave it) belongs to the word before, as the redline writes it.
    static func words(_ text: String) -> [String] {
        var words: [String] = []
        for word in text.split(whereSeparator: { $0.isWhitespace }).map(String.init) {
            if word.allSatisfy({ ",;:.!?".contains($0) }), !words.isEmpty {
                words[words.count - 1] += word
            } else {
                words.append(word)
            }
        }
        return words
    }

    static func redline(_ pair: (String, String)) throws -> (old: Resolution, new: Resolution, path: String) {
        let old = try read(pair.0)
        let new = try read(pair.1)
        let bytes = try WordRedline().write(Differ().diff(old: old, new: new))
        let path = FileManager.default.temporaryDirectory
            .appendingPathComponent("redline-\(UUID().uuidString).docx").path
        try Data(bytes).write(to: URL(fileURLWithPath: path))
        return (old, new, path)
    }

    static var hasLibreOffice: Bool {
        FileManager.default.isExecutableFile(atPath: "/usr/bin/soffice")
            && FileManager.default.fileExists(atPath: "/usr/lib/python3/dist-packages/uno.py")
    }

    static func run(_ arguments: [String]) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: arguments[0])
        process.arguments = Array(arguments.dropFirst())
        let output = Pipe()
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return String(decoding: data, as: UTF8.self)
    }

    @Test(.enabled(if: hasLibreOffice, "needs LibreOffice and python3-uno"), arguments: pairs.indices)
    func libreOfficeAcceptsToNewAndRejectsToOld(pair: Int) throws {
        let (old, new, path) = try Self.redline(Self.pairs[pair])
        defer { try? FileManager.default.removeItem(atPath: path) }
        let accepted = try Self.run(["/usr/bin/python3", Self.script, "accept", path])
        let rejected = try Self.run(["/usr/bin/python3", Self.script, "reject", path])
        let (acceptedWords, rejectedWords) = (Self.words(accepted), Self.words(rejected))
        #expect(acceptedWords == Self.words(of: new), "\(Self.firstDifference(acceptedWords, Self.words(of: new)))")
        #expect(rejectedWords == Self.words(of: old), "\(Self.firstDifference(rejectedWords, Self.words(of: old)))")
    }

    @Test(arguments: pairs.indices)
    func ownReaderAcceptsToNewAndRejectsToOld(pair: Int) throws {
        let (old, new, path) = try Self.redline(Self.pairs[pair])
        defer { try? FileManager.default.removeItem(atPath: path) }
        for (revisions, expected) in [(WordRevisions.accept, new), (.reject, old)] {
            let source = try SourceLoader(binaryFormats: [WordReader(revisions: revisions)]).load(path: path)
            let text = source.lines.map { String(String.UnicodeScalarView($0)) }
                .filter { !$0.hasPrefix("[^") }.joined(separator: " ")
            let withoutMarkers = text.replacingOccurrences(of: #"\[\^[0-9]+\]"#, with: "", options: .regularExpression)
            let found = Self.words(withoutMarkers)
            #expect(
                found == Self.words(of: expected),
                "\(revisions) \(Self.firstDifference(found, Self.words(of: expected)))")
        }
    }

    /// A note whose text changed is tracked inside the Word footnote: in the redline of 57/173 →
    /// 58/140, read back with the changes accepted every note says what 58/140's note says, and
    /// with them rejected, what 57/173's note said (the notes the diff matched by their marker).
    @Test func changedNotesAreTrackedInTheirFootnotes() throws {
        let (old, new, path) = try Self.redline(Self.pairs[0])
        defer { try? FileManager.default.removeItem(atPath: path) }
        let changed = Differ().diff(old: old, new: new).footnotes.filter { $0.kind == .amended }
        #expect(!changed.isEmpty)
        func notes(_ revisions: WordRevisions) throws -> Set<String> {
            let source = try SourceLoader(binaryFormats: [WordReader(revisions: revisions)]).load(path: path)
            return Set(
                source.lines.map { String(String.UnicodeScalarView($0)) }.filter { $0.hasPrefix("[^") }.map {
                    Self.words(String($0.drop { $0 != " " })).joined(separator: " ")
                })
        }
        let (accepted, rejected) = (try notes(.accept), try notes(.reject))
        for change in changed {
            let before = Self.words(change.oldText ?? "").joined(separator: " ")
            let after = Self.words(change.newText ?? "").joined(separator: " ")
            #expect(accepted.contains(after) && !accepted.contains(before), "accepted: \(after)")
            #expect(rejected.contains(before) && !rejected.contains(after), "rejected: \(before)")
        }
    }

    /// Every note of each text is in the redline where that text cites it: with the changes
    /// accepted the notes read back are the new text's, with them rejected the old text's, a
    /// note cited only in a deleted paragraph included (57/173 has one, 75/196 three).
    @Test(arguments: [0, 2]) func everyNoteOfEitherTextIsWritten(pair: Int) throws {
        let (old, new, path) = try Self.redline(Self.pairs[pair])
        defer { try? FileManager.default.removeItem(atPath: path) }
        func notes(_ revisions: WordRevisions) throws -> Set<String> {
            let resolution = try DocumentReader(loader: SourceLoader(binaryFormats: [WordReader(revisions: revisions)]))
                .read(path: path)
            return Set(resolution.footnotes.map { Self.words($0.text).joined(separator: " ") })
        }
        func cited(_ resolution: Resolution) -> Set<String> {
            let markers = Set(resolution.footnoteReferences.map(\.marker))
            return Set(
                resolution.footnotes.filter { markers.contains($0.marker) }.map {
                    Self.words($0.text).joined(separator: " ")
                })
        }
        let deleted = Differ().diff(old: old, new: new).footnotes.filter { $0.kind == .deleted }
        #expect(!deleted.isEmpty)
        #expect(try notes(.accept) == cited(new))
        let rejected = try notes(.reject)
        #expect(
            rejected == cited(old),
            "missing \(cited(old).subtracting(rejected).sorted()), extra \(rejected.subtracting(cited(old)).sorted())")
    }

    /// The edited pair carries every kind of change the redline writes.
    @Test func editedPairHasEveryKindOfChange() throws {
        let pair = try #require(Self.pairs.first { $0.1.hasPrefix("edited:") })
        let summary = Differ().diff(old: try Self.read(pair.0), new: try Self.read(pair.1)).summary
        #expect(summary.moved >= 1 && summary.deleted >= 1 && summary.added >= 1)
        #expect(summary.amended >= 1 && summary.renumbered >= 1)
    }

    /// The headings pair: the reworded, deleted and added headings are all in the diff, so that
    /// accepting and rejecting (above, words with headings) test that the redline writes them.
    @Test func headingsPairChangesEveryHeading() throws {
        let pair = try #require(Self.pairs.first { $0.1.hasPrefix("headings:") })
        let diff = Differ().diff(old: try Self.read(pair.0), new: try Self.read(pair.1))
        #expect(Set(diff.headings.map(\.kind)) == [.amended, .deleted, .added], "\(diff.headings)")
    }

    /// Each subparagraph is a Word paragraph of its own: the redline with its changes accepted
    /// reads back with the new text's subparagraphs, labels and words, and with them rejected
    /// with the old text's; and the diff of the pair has a subparagraph reworded, one deleted,
    /// one added and others relabelled.
    @Test func subparagraphsAreParagraphsOfTheirOwn() throws {
        let pair = try #require(Self.pairs.first { $0.1.hasPrefix("subparagraphs:") })
        let (old, new, path) = try Self.redline(pair)
        defer { try? FileManager.default.removeItem(atPath: path) }
        func subparagraphs(_ resolution: Resolution) -> [[String]] {
            resolution.operative.map { paragraph in
                paragraph.subparagraphs.map { ($0.number ?? "") + " " + Self.words($0.text).joined(separator: " ") }
            }
        }
        for (revisions, expected) in [(WordRevisions.accept, new), (.reject, old)] {
            let reader = DocumentReader(loader: SourceLoader(binaryFormats: [WordReader(revisions: revisions)]))
            let found = try reader.read(path: path)
            #expect(subparagraphs(found) == subparagraphs(expected), "\(revisions)")
        }
        let xml = try Self.run(["/usr/bin/unzip", "-p", path, "word/document.xml"])
        #expect(xml.components(separatedBy: "<w:pStyle w:val=\"Subparagraph\"/>").count - 1 >= 10)
        let steps = try #require(
            zip(old.operative, new.operative).first { $0.0.subparagraphs.count >= 9 }.map {
                ParagraphPart.align(ParagraphPart.parts(of: $0.0), ParagraphPart.parts(of: $0.1))
            })
        // (d), the fifth part, deleted; the new (f), the seventh, added; the others kept.
        #expect(steps.contains(.deleted(old: 4)) && steps.contains(.added(new: 6)), "\(steps)")
        #expect(steps.count { if case .kept = $0 { true } else { false } } == 9, "\(steps)")
    }

    @Test func sameBytesEveryTime() throws {
        let diff = Differ().diff(old: try Self.read(Self.pairs[0].0), new: try Self.read(Self.pairs[0].1))
        #expect(try WordRedline().write(diff) == WordRedline().write(diff))
    }
}
