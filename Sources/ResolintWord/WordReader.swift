import Foundation
import ResolintAKN
import ResolintKit

/// Reads a Word document (`.docx`, Office Open XML) as a first-class input: its body
/// paragraphs, Word's automatic numbering as the printed labels, its real footnotes at their
/// references, and tracked changes accepted (by default) or rejected.
///
/// The document becomes a `SourceText` whose lines are its paragraphs, then its footnotes as
/// `[^k]: …` lines; the text reader does the rest (a paragraph per line is a shape it reads, and
/// so is a document whose paragraphs are the wrapped lines of a text), so a `.docx` reads into
/// the same model as any text. Positions are Word's: `p12:34` is character 34 of the body's
/// paragraph 12 (see `SourceText.Origin`).
public struct WordReader: BinaryFormat {
    public var revisions: WordRevisions
    /// The most bytes one part of the package may unpack to.
    public var partLimit: Int

    public init(revisions: WordRevisions = .accept, partLimit: Int = 64 * 1024 * 1024) {
        self.revisions = revisions
        self.partLimit = partLimit
    }

    public func recognizes(_ bytes: [UInt8]) -> Bool { WordPackage.isZIP(bytes) }

    public func source(_ bytes: [UInt8], path: String) throws(ReadError) -> SourceText {
        let package = try WordPackage(bytes, path: path, limit: partLimit)
        /// The part parsed, when the package has it and (if `needed` is given) its bytes need it.
        func xml(_ name: String, needed: (([UInt8]) -> Bool)? = nil) throws(ReadError) -> SafeXML? {
            guard let data = try package.part(name), needed?(data) ?? true else { return nil }
            return try SafeXML.parse(bytes: data, path: "\(path) (\(name))")
        }
        guard let document = try xml("word/document.xml"), let body = document.root?.child("body") else {
            throw .malformed(
                path: path, line: nil, message: "a ZIP package with no word/document.xml: not a Word document")
        }
        // A style numbers its paragraphs only through a `w:numPr`; styles without one are not parsed.
        let numberingPart = try xml("word/numbering.xml")
        let stylesPart = numberingPart == nil ? nil : try xml("word/styles.xml", needed: { $0.containsBytes("numPr") })
        var numbering = WordNumbering(numbering: numberingPart, styles: stylesPart)
        var text = WordText(revisions: revisions)
        var lines: [String] = []
        var pending = ""
        var pageBreak = false
        // Comment id → the line of the paragraph it is anchored in.
        var anchors: [String: Int] = [:]
        for paragraph in text.paragraphs(in: body) {
            for id in paragraph.comments where anchors[id] == nil { anchors[id] = lines.count }
            let label = numbering.label(for: paragraph.properties)
            var words = (pageBreak ? "\u{0C}" : "") + (label.map { "\($0) " } ?? "") + paragraph.text
            // A page break at the end of a paragraph starts the next page: the reader looks for a
            // page's start at the start of a line.
            pageBreak = words.unicodeScalars.count > 1 && words.unicodeScalars.last == "\u{0C}"
            if pageBreak { words.unicodeScalars.removeLast() }
            if paragraph.joinsNext {
                pending += words
                continue
            }
            lines.append(Self.oneLine(pending + words))
            pending = ""
        }
        if !pending.isEmpty { lines.append(Self.oneLine(pending)) }
        let bodyLines = lines.count
        // The parsed part is kept alive while its nodes are read.
        let footnotes = try xml("word/footnotes.xml")
        if let notes = footnotes?.root {
            var texts: [Int: String] = [:]
            for note in notes.elements where note.name == "footnote" {
                guard let id = note.attribute("id"), note.attribute("type") == nil,
                    let number = text.footnoteNumbers[id]
                else { continue }
                texts[number] = text.paragraphs(in: note).map(\.text).joined(separator: " ")
            }
            for (number, note) in texts.sorted(by: { $0.key < $1.key }) {
                lines.append("[^\(number)]: " + Self.trimmingSpaces(Self.oneLine(note)))
            }
        }
        var source = SourceText(path: path, text: lines.joined(separator: "\n") + "\n")
        source.origin = .wordDocument(bodyLines: bodyLines)
        source.silences = try Self.silences(in: xml("word/comments.xml"), anchors: anchors, lines: source.lines)
        return source
    }

    /// The comments that say `resolint-disable rule-id`, each for the paragraph it is anchored in.
    private static func silences(in comments: SafeXML?, anchors: [String: Int], lines: [[Unicode.Scalar]]) -> [Silence]
    {
        guard let root = comments?.root else { return [] }
        var text = WordText(revisions: .accept)
        var result: [Silence] = []
        for comment in root.elements where comment.name == "comment" {
            guard let id = comment.attribute("id"), let line = anchors[id] else { continue }
            let words = text.paragraphs(in: comment).map(\.text).joined(separator: " ")
            let range = SourceRange(
                start: SourcePosition(line: line + 1, column: 1),
                end: SourcePosition(line: line + 1, column: (line < lines.count ? lines[line].count : 0) + 1))
            if let silence = Silence.comment(words, range: range, origin: "the Word comment") { result.append(silence) }
        }
        return result
    }

    /// The text without the spaces and tabs at its ends (Unicode's space separators).
    private static func trimmingSpaces(_ text: String) -> String {
        func isSpace(_ scalar: Unicode.Scalar) -> Bool {
            scalar.value < 0x80
                ? scalar == " " || scalar == "\t" : scalar.properties.generalCategory == .spaceSeparator
        }
        let scalars = text.unicodeScalars
        guard let first = scalars.first, let last = scalars.last, isSpace(first) || isSpace(last) else { return text }
        var start = scalars.startIndex
        var end = scalars.endIndex
        while start < end, isSpace(scalars[start]) { start = scalars.index(after: start) }
        while end > start, isSpace(scalars[scalars.index(before: end)]) { end = scalars.index(before: end) }
        return String(scalars[start..<end])
    }

    /// A paragraph's text on one line: line and paragraph separators inside it become spaces; a
    /// page break stays the form feed it stands for.
    private static func oneLine(_ text: String) -> String {
        // Most paragraphs have none: a line end is a byte below 0x0E, U+2028 and U+2029 start E2 80.
        guard text.utf8.contains(where: { $0 < 0x0E || $0 == 0xE2 }) else { return text }
        return String(
            String.UnicodeScalarView(
                text.unicodeScalars.map { "\n\r\u{0B}\u{2028}\u{2029}".unicodeScalars.contains($0) ? " " : $0 }))
    }
}
