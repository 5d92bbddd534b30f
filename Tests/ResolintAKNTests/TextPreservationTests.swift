import Foundation
import FoundationXML
import ResolintAKN
import ResolintKit
import Testing

/// No text is lost: the words of the model and the words of the exported XML's text are the
/// same, in order, for every text of the corpus.
@Suite struct TextPreservationTests {
    static func words(_ text: String) -> [String] {
        text.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\t" }).map(String.init)
    }

    /// Elements whose children run on in one line of text; between other elements' children
    /// the text breaks.
    static let inline: Set<String> = ["p", "ref", "docNumber", "docTitle", "event", "docDate", "heading", "num"]

    /// The text of an element in document order, the elements named in `skipped` left out.
    static func text(of node: XMLNode, skipping skipped: Set<String>) -> String {
        if node.kind == .text { return node.stringValue ?? "" }
        if let name = node.localName, skipped.contains(name) { return "" }
        let joiner = inline.contains(node.localName ?? "") ? "" : " "
        return (node.children ?? []).map { text(of: $0, skipping: skipped) }.joined(separator: joiner)
    }

    @Test(arguments: AKNFixtures.corpusFiles)
    func wordsInOrder(file: String) throws {
        let resolution = try AKNFixtures.resolution(file)
        let document = try XMLDocument(xmlString: AKNWriter().write(resolution), options: .nodePreserveWhitespace)
        let statement = try #require(document.rootElement()?.children?.first { $0.kind == .element })

        // The resolution's words, in the reading order of the model.
        var expected: [String] = resolution.masthead.lines.flatMap { Self.words($0.text) }
        if let number = resolution.number { expected.append(number + ".") }
        expected += Self.words(resolution.title?.text ?? "") + Self.words(resolution.formula?.text ?? "")
        func add(_ paragraph: Paragraph, numbered: Bool) {
            if let number = paragraph.number { expected.append(numbered ? number + "." : number) }
            expected += Self.words(paragraph.text)
            for sub in paragraph.subparagraphs { add(sub, numbered: false) }
        }
        func addSection(_ paragraphs: [Paragraph], headings: [Heading], section: Section) {
            for (index, paragraph) in paragraphs.enumerated() {
                for heading in headings where heading.section == section && heading.paragraphIndex == index {
                    expected += Self.words(heading.text)
                }
                add(paragraph, numbered: section != .preamble)
            }
            for heading in headings where heading.section == section && heading.paragraphIndex >= paragraphs.count {
                expected += Self.words(heading.text)
            }
        }
        addSection(resolution.preamble, headings: resolution.headings, section: .preamble)
        addSection(resolution.operative, headings: resolution.headings, section: .operative)
        if let adoption = resolution.adoption {
            expected += Self.words(adoption.meeting ?? "")
            if let date = adoption.date { expected += Self.words(printed(date)) }
        }
        for (index, annex) in resolution.annexes.enumerated() {
            expected += Self.words(annex.label) + Self.words(annex.title ?? "")
            addSection(annex.paragraphs, headings: annex.headings, section: .annex(index))
        }
        let actual = Self.words(Self.text(of: statement, skipping: ["meta", "authorialNote"]))
        let first =
            (0..<min(actual.count, expected.count)).first { actual[$0] != expected[$0] }
            ?? min(actual.count, expected.count)
        #expect(
            actual == expected,
            "first difference at word \(first): XML \(actual[first...].prefix(6)) model \(expected[first...].prefix(6))"
        )

        // Every note, with all its words, at its first reference, and a reference to it at every
        // later one.
        let notes = try document.nodes(forXPath: "//*[local-name()='authorialNote']").compactMap { $0 as? XMLElement }
        let noteRefs = try document.nodes(forXPath: "//*[local-name()='noteRef']").compactMap { $0 as? XMLElement }
        #expect(notes.count + noteRefs.count == resolution.footnoteReferences.count)
        for reference in noteRefs {
            let href = reference.attributes?.first { $0.name == "href" }?.stringValue ?? ""
            let target = notes.first { "#" + ($0.attributes?.first { $0.name == "eId" }?.stringValue ?? "") == href }
            #expect(
                target?.attributes?.first { $0.name == "marker" }?.stringValue
                    == reference.attributes?.first { $0.name == "marker" }?.stringValue, "\(href) is the note cited")
        }
        for note in notes {
            let marker = note.attributes?.first { $0.name == "marker" }?.stringValue
            let model = try #require(resolution.footnotes.first { $0.marker == marker })
            #expect(Self.words(Self.text(of: note, skipping: [])) == Self.words(model.text))
        }
    }

    private func printed(_ iso: String) -> String {
        let months = [
            "January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
            "November", "December",
        ]
        let parts = iso.split(separator: "-").compactMap { Int($0) }
        return "\(parts[2]) \(months[parts[1] - 1]) \(parts[0])"
    }
}
