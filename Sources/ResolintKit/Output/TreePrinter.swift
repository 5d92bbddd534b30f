/// Prints a `Resolution` as an indented tree, one node a line with its range, e.g.
/// `├─ Operative 1 @119:2-120:57 "Takes note with appreciation…"`.
public enum TreePrinter {
    /// Texts longer than this many characters (Unicode scalars) are cut with "…".
    public static let excerptLength = 60

    /// The tree; with the `source` it was read from, positions are named as the file's format
    /// names them (`p12:34` in a Word document).
    public static func render(_ resolution: Resolution, source: SourceText? = nil) -> String {
        var root = Node("Resolution \(resolution.symbol ?? "(no symbol)")")
        if let title = resolution.title { root.children.append(Node("Title", title.range, title.text)) }
        if let formula = resolution.formula {
            root.children.append(Node("Formula \(resolution.organ?.name ?? "")", formula.range, formula.text))
        }
        let organ = resolution.organ ?? .generalAssembly
        root.children.append(
            section("Preamble", resolution.preamble, headings: resolution.headings, .preamble, organ: organ))
        root.children.append(
            section("Operative", resolution.operative, headings: resolution.headings, .operative, organ: organ))
        if let adoption = resolution.adoption {
            let label = "Adoption \(adoption.meeting ?? "(no meeting)"), \(adoption.date ?? "(no date)")"
            root.children.append(
                Node(label + (adoption.dateFromMasthead ? " (date from masthead)" : ""), adoption.range))
        }
        for (index, annex) in resolution.annexes.enumerated() {
            var node = section(
                annex.label.isEmpty ? "Annex (unlabelled)" : annex.label, annex.paragraphs, headings: annex.headings,
                .annex(index), organ: organ)
            node.range = annex.range
            node.text = annex.title
            root.children.append(node)
        }
        var notes = Node("Footnotes (\(resolution.footnotes.count))")
        notes.children = resolution.footnotes.map { Node("Footnote \($0.marker)", $0.range, $0.text) }
        root.children.append(notes)
        var diagnostics = Node("Diagnostics (\(resolution.diagnostics.count))")
        diagnostics.children = resolution.diagnostics.map { Node("\($0.severity.rawValue): \($0.message)", $0.range) }
        root.children.append(diagnostics)
        var lines: [String] = []
        let place: (SourceRange) -> String = { range in
            guard let source, source.origin != .text else { return range.description }
            return "\(source.label(range.start))-\(source.label(range.end))"
        }
        root.write(into: &lines, prefix: "", childPrefix: "", place: place)
        return lines.joined(separator: "\n") + "\n"
    }

    /// "Citation resolution 57/173 (General Assembly) of 2002-12-18 at offset 24".
    static func citation(_ citation: Citation) -> String {
        let organ = citation.organ.map { " (\($0.name))" } ?? " (another body)"
        let date = citation.date.map { " of \($0.first.iso)" } ?? ""
        return
            "Citation \(citation.noun.rawValue) \(citation.number)\(organ)\(date) at offset \(citation.range.lowerBound)"
    }

    private static func section(
        _ name: String, _ paragraphs: [Paragraph], headings: [Heading], _ which: Section, organ: Organ
    ) -> Node {
        var node = Node("\(name) (\(paragraphs.count))")
        let sectionHeadings = headings.filter { $0.section == which }
        for (index, paragraph) in paragraphs.enumerated() {
            for heading in sectionHeadings where heading.paragraphIndex == index {
                node.children.append(Node("Heading", heading.range, heading.text))
            }
            node.children.append(self.paragraph(paragraph, kind: "Paragraph", index: index + 1, organ: organ))
        }
        for heading in sectionHeadings where heading.paragraphIndex >= paragraphs.count {
            node.children.append(Node("Heading", heading.range, heading.text))
        }
        return node
    }

    private static func paragraph(_ paragraph: Paragraph, kind: String, index: Int, organ: Organ) -> Node {
        var label = paragraph.number.map { "\(kind) \($0)" } ?? "\(kind) #\(index)"
        if paragraph.numberAssumed { label += " (assumed)" }
        var node = Node(label, paragraph.range, paragraph.text)
        node.children = paragraph.footnoteRefs.map {
            Node("FootnoteRef \($0.marker) at offset \($0.offset)", $0.range)
        }
        node.children += CitedText(paragraph.text, organ: organ).citations.map { Node(citation($0)) }
        node.children += paragraph.subparagraphs.enumerated().map {
            self.paragraph($0.element, kind: "Subparagraph", index: $0.offset + 1, organ: organ)
        }
        return node
    }

    private struct Node {
        var label: String
        var range: SourceRange?
        var text: String?
        var children: [Node] = []

        init(_ label: String, _ range: SourceRange? = nil, _ text: String? = nil) {
            self.label = label
            self.range = range
            self.text = text
        }

        func write(
            into lines: inout [String], prefix: String, childPrefix: String, place: (SourceRange) -> String
        ) {
            var line = prefix + label
            if let range { line += " @\(place(range))" }
            if let text { line += " \"\(TreePrinter.excerpt(text))\"" }
            lines.append(line)
            for (index, child) in children.enumerated() {
                let last = index == children.count - 1
                child.write(
                    into: &lines, prefix: childPrefix + (last ? "└─ " : "├─ "),
                    childPrefix: childPrefix + (last ? "   " : "│  "), place: place)
            }
        }
    }

    public static func excerpt(_ text: String) -> String {
        let scalars = Array(text.unicodeScalars)
        guard scalars.count > excerptLength else { return text }
        return String(scalars: scalars[0..<excerptLength]) + "…"
    }
}
