import CLibXML2
import ResolintKit

/// Reads Akoma Ntoso 3.0 XML — what `AKNWriter` writes, and AKN4UN resolutions from elsewhere —
/// back into a `Resolution`. Untrusted input is parsed safely (`SafeXML`). Nodes get the line
/// of their element as range; columns are not known from the XML tree and are 1.
public struct AKNReader: InputFormat {
    public init() {}

    /// A file named `.xml` or `.akn`, or a text that opens as XML does.
    public func recognizes(_ source: SourceText) -> Bool {
        let name = source.path.lowercased()
        if name.hasSuffix(".xml") || name.hasSuffix(".akn") { return true }
        for line in source.lines.prefix(5) {
            let text = String(scalars: line).drop { $0 == " " || $0 == "\t" }
            if text.isEmpty { continue }
            return text.hasPrefix("<?xml") || text.hasPrefix("<akomaNtoso") || text.hasPrefix("<!DOCTYPE")
        }
        return false
    }

    public func read(_ source: SourceText) throws(ReadError) -> Resolution {
        let text = source.lines.map { String(scalars: $0) }.joined(separator: "\n")
        let xml = try SafeXML.parse(text, path: source.path)
        guard let root = xml.root else {
            throw .malformed(path: source.path, line: nil, message: "an empty XML document")
        }
        guard root.name == "akomaNtoso", root.namespace == AKNNames.namespace else {
            throw .malformed(
                path: source.path, line: root.line,
                message: "not Akoma Ntoso 3.0: the root is <\(root.name)> in namespace \(root.namespace ?? "(none)"), "
                    + "not <akomaNtoso> in \(AKNNames.namespace)")
        }
        guard let document = root.elements.first else {
            throw .malformed(path: source.path, line: root.line, message: "<akomaNtoso> holds no document")
        }
        var state = ReadState(path: source.path)
        if document.name == "documentCollection" {
            // A publication: its masthead, then the statement it holds.
            guard let statement = document.child("collectionBody")?.elements.first?.elements.first else {
                throw .malformed(path: source.path, line: document.line, message: "a collection that holds no document")
            }
            state.readCoverPage(document)
            state.read(statement)
        } else {
            state.read(document)
        }
        return state.finish()
    }
}

/// What the reader has gathered while walking the tree.
private struct ReadState {
    var resolution: Resolution
    var notes: [(marker: String, text: String, line: Int)] = []

    init(path: String) {
        resolution = Resolution(path: path)
    }

    static func range(_ node: xmlNodePtr) -> SourceRange {
        let line = max(node.line, 1)
        return SourceRange(start: SourcePosition(line: line, column: 1), end: SourcePosition(line: line, column: 1))
    }

    /// The masthead lines of a document's (or a publication's) `coverPage`.
    mutating func readCoverPage(_ document: xmlNodePtr) {
        for line in document.child("coverPage")?.elements.filter({ $0.name == "p" }) ?? [] {
            resolution.masthead.lines.append(TextNode(text: plain(line), range: Self.range(line)))
        }
    }

    mutating func read(_ document: xmlNodePtr) {
        if let meta = document.child("meta") { readMeta(meta) }
        readCoverPage(document)
        if let preface = document.child("preface") {
            if let number = find(preface, "docNumber") {
                let printed = plain(number)
                resolution.number = printed.hasSuffix(".") ? String(printed.dropLast()) : printed
                resolution.numberRange = Self.range(number)
            }
            if let title = find(preface, "docTitle") {
                resolution.title = TextNode(text: plain(title), range: Self.range(title))
            }
        }
        if let preamble = document.child("preamble") { readPreamble(preamble) }
        if let body = document.child("mainBody") {
            var headings = resolution.headings
            resolution.operative = readNumbered(body, section: .operative, headings: &headings)
            resolution.headings = headings
        }
        if let conclusions = document.child("conclusions") { readConclusions(conclusions) }
        for attachment in document.child("attachments")?.elements ?? [] {
            guard let doc = attachment.elements.first else { continue }
            var headings: [Heading] = []
            let index = resolution.annexes.count
            let paragraphs =
                doc.child("mainBody").map { readNumbered($0, section: .annex(index), headings: &headings) } ?? []
            let label = doc.child("preface").flatMap { find($0, "docNumber") }.map(plain) ?? "Annex"
            let title = doc.child("preface").flatMap { find($0, "docTitle") }.map(plain)
            resolution.annexes.append(
                Annex(
                    label: label, title: title, range: Self.range(attachment), paragraphs: paragraphs,
                    headings: headings))
        }
    }

    mutating func readMeta(_ meta: xmlNodePtr) {
        guard let work = meta.child("identification")?.child("FRBRWork") else { return }
        if let author = work.child("FRBRauthor")?.attribute("href"),
            let organ = AKNNames.organ(actor: String(author.drop { $0 == "#" }))
        {
            resolution.organ = organ
        }
        if let name = work.child("FRBRname")?.attribute("value") { resolution.symbol = name }
        if let number = work.child("FRBRnumber")?.attribute("showAs"), resolution.number == nil {
            resolution.number = number
        }
    }

    mutating func readPreamble(_ preamble: xmlNodePtr) {
        for element in preamble.elements {
            switch element.name {
            case "formula":
                let text = element.elements.filter { $0.name == "p" }.map(plain).joined(separator: " ")
                resolution.formula = TextNode(text: text, range: Self.range(element))
                resolution.organ =
                    resolution.organ ?? Organ.allCases.first { text.hasPrefix("The \($0.name)") }
            case "container" where element.attribute("name") == "heading":
                resolution.headings.append(
                    Heading(
                        text: element.elements.map(plain).joined(separator: " "), range: Self.range(element),
                        section: .preamble, paragraphIndex: resolution.preamble.count))
            case "container", "p":
                let blocks = element.name == "p" ? [element] : element.elements.filter { $0.name == "p" }
                guard let first = blocks.first else { continue }
                var paragraph = self.paragraph(from: first, number: nil, assumed: false, range: Self.range(element))
                for block in blocks.dropFirst() {
                    var sub = self.paragraph(from: block, number: nil, assumed: false, range: Self.range(block))
                    if let (label, rest) = Self.splitLabel(sub) {
                        sub = rest
                        sub.number = label
                    }
                    attach(sub, to: &paragraph)
                }
                resolution.preamble.append(paragraph)
            default:
                continue
            }
        }
    }

    /// A subparagraph whose text starts with "(a) ": the label, and the rest with offsets moved.
    static func splitLabel(_ paragraph: Paragraph) -> (String, Paragraph)? {
        guard paragraph.text.hasPrefix("("), let close = paragraph.text.firstIndex(of: ")") else { return nil }
        let label = String(paragraph.text[...close])
        guard label.count <= 6 else { return nil }
        var rest = paragraph
        let cut = label.unicodeScalars.count + 1
        rest.text = String(paragraph.text[paragraph.text.index(after: close)...].drop { $0 == " " })
        rest.footnoteRefs = paragraph.footnoteRefs.map {
            FootnoteReference(marker: $0.marker, offset: max($0.offset - cut, 0), range: $0.range)
        }
        return (label, rest)
    }

    /// Puts a preambular subparagraph under its paragraph, (i)… under the last lettered one.
    func attach(_ sub: Paragraph, to paragraph: inout Paragraph) {
        let inner = String((sub.number ?? "").dropFirst().dropLast())
        let romans = ["i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x"]
        if romans.contains(inner), let last = paragraph.subparagraphs.last,
            !(inner == "i" && last.number == "(h)"), inner != "v" || !last.subparagraphs.isEmpty || last.number != "(u)"
        {
            paragraph.subparagraphs[paragraph.subparagraphs.count - 1].subparagraphs.append(sub)
        } else {
            paragraph.subparagraphs.append(sub)
        }
    }

    /// Paragraphs of a `mainBody`, flattening `section`s into headings.
    mutating func readNumbered(_ body: xmlNodePtr, section: Section, headings: inout [Heading]) -> [Paragraph] {
        var paragraphs: [Paragraph] = []
        func walk(_ node: xmlNodePtr) {
            for element in node.elements {
                switch element.name {
                case "paragraph":
                    paragraphs.append(hierarchy(element))
                case "section", "hcontainer", "chapter", "part", "title", "division":
                    let num = element.child("num").map(plain)
                    if let heading = element.child("heading") {
                        let text = [num, plain(heading)].compactMap { $0 }.joined(separator: " ")
                        headings.append(
                            Heading(
                                text: text, range: Self.range(element), section: section,
                                paragraphIndex: paragraphs.count))
                    }
                    walk(element)
                default:
                    continue
                }
            }
        }
        walk(body)
        return paragraphs
    }

    /// A `paragraph` or `point`: its number, its `content` or `list` (`intro` and `point`s).
    mutating func hierarchy(_ element: xmlNodePtr) -> Paragraph {
        let numberElement = element.child("num")
        var number = numberElement.map(plain)
        if element.name == "paragraph", let printed = number, printed.hasSuffix(".") {
            number = String(printed.dropLast())
        }
        let assumed = numberElement?.attribute("class") == "assumed"
        if let list = element.child("list") {
            let intro = list.child("intro")?.child("p")
            var paragraph =
                intro.map { self.paragraph(from: $0, number: number, assumed: assumed, range: Self.range(element)) }
                ?? Paragraph(number: number, numberAssumed: assumed, text: "", range: Self.range(element), segments: [])
            paragraph.subparagraphs = list.elements.filter { $0.name == "point" }.map { hierarchy($0) }
            return paragraph
        }
        let blocks = element.child("content")?.elements.filter { $0.name == "p" } ?? []
        guard let first = blocks.first else {
            return Paragraph(number: number, numberAssumed: assumed, text: "", range: Self.range(element), segments: [])
        }
        var paragraph = self.paragraph(from: first, number: number, assumed: assumed, range: Self.range(element))
        for block in blocks.dropFirst() {
            let more = self.paragraph(from: block, number: nil, assumed: false, range: Self.range(block))
            let shift = paragraph.text.unicodeScalars.count + 1
            paragraph.footnoteRefs += more.footnoteRefs.map {
                FootnoteReference(marker: $0.marker, offset: $0.offset + shift, range: $0.range)
            }
            paragraph.text += " " + more.text
        }
        return paragraph
    }

    /// A paragraph from a `<p>`: its text without notes, and each note as a reference at its place.
    mutating func paragraph(from p: xmlNodePtr, number: String?, assumed: Bool, range: SourceRange) -> Paragraph {
        var text = ""
        var refs: [FootnoteReference] = []
        func walk(_ node: xmlNodePtr) {
            for child in node.children {
                if child.isText {
                    text += child.content
                } else if child.isElement, child.name == "authorialNote" || child.name == "noteRef" {
                    let marker = child.attribute("marker") ?? String(notes.count + 1)
                    // Where the marker stood: the collapsed text before it, a space before it counted.
                    let offset = Self.collapse(text + "x").unicodeScalars.count - 1
                    refs.append(FootnoteReference(marker: marker, offset: offset, range: Self.range(child)))
                    if child.name == "authorialNote", !notes.contains(where: { $0.marker == marker }) {
                        notes.append((marker, child.elements.map(plain).joined(separator: " "), max(child.line, 1)))
                    }
                } else if child.isElement {
                    walk(child)
                }
            }
        }
        walk(p)
        let collapsed = Self.collapse(text)
        let trimmedLeading = collapsed.prefix { $0 == " " }.unicodeScalars.count
        return Paragraph(
            number: number, numberAssumed: assumed, text: collapsed.trimmingSpacesAtEnds, range: range, segments: [],
            footnoteRefs: refs.map {
                FootnoteReference(marker: $0.marker, offset: max($0.offset - trimmedLeading, 0), range: $0.range)
            })
    }

    mutating func readConclusions(_ conclusions: xmlNodePtr) {
        let meeting = find(conclusions, "event").map(plain)
        let date = find(conclusions, "docDate")?.attribute("date")
        resolution.adoption = Adoption(meeting: meeting, date: date, range: Self.range(conclusions))
    }

    /// The first element named `name` below `node`, depth first.
    func find(_ node: xmlNodePtr, _ name: String) -> xmlNodePtr? {
        for element in node.elements {
            if element.name == name { return element }
            if let found = find(element, name) { return found }
        }
        return nil
    }

    /// The text of an element, notes left out, white space collapsed.
    func plain(_ node: xmlNodePtr) -> String {
        var text = ""
        func walk(_ node: xmlNodePtr) {
            for child in node.children {
                if child.isText {
                    text += child.content
                } else if child.isElement, child.name != "authorialNote" {
                    walk(child)
                }
            }
        }
        walk(node)
        return Self.collapse(text).trimmingSpacesAtEnds
    }

    static func collapse(_ text: String) -> String {
        var out = ""
        var space = false
        for character in text {
            if character == " " || character == "\n" || character == "\t" || character == "\r" {
                space = true
            } else {
                if space, !out.isEmpty { out.append(" ") }
                if space, out.isEmpty { out.append(" ") }
                space = false
                out.append(character)
            }
        }
        return out
    }

    mutating func finish() -> Resolution {
        resolution.footnotes = notes.map { note in
            let range = SourceRange(
                start: SourcePosition(line: note.line, column: 1), end: SourcePosition(line: note.line, column: 1))
            return Footnote(marker: note.marker, text: note.text, range: range, segments: [])
        }
        if resolution.symbol == nil, let number = resolution.number {
            resolution.symbol = (resolution.organ ?? .generalAssembly).symbolPrefix + number
        }
        return resolution
    }
}

extension String {
    fileprivate var trimmingSpacesAtEnds: String {
        String(drop { $0 == " " }.reversed().drop { $0 == " " }.reversed())
    }
}
