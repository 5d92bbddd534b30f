/// Turns the blocks of one numbered part — the operative part of a resolution or the body of an
/// annex — into paragraphs with their subparagraphs, recovering what extraction damaged:
/// numbers run into the text before them, lost numbers and labels, headings, hard breaks.
struct SectionBuilder {
    /// How an unnumbered block after numbered paragraphs is read.
    enum UnnumberedPolicy {
        /// As an operative paragraph whose number was lost (the operative part of a resolution).
        case lostNumber
        /// As more text of the paragraph before it (an annex, where extraction breaks lines).
        case continuation
    }

    let section: Section
    let policy: UnnumberedPolicy
    var paragraphs: [DraftParagraph] = []
    var headings: [Heading] = []
    var diagnostics: [Diagnostic] = []
    private var lastNumber: Int?
    /// Parents whose labels were assumed: index path → labels assumed.
    private var assumedLabels: [(parent: Int, labels: [String])] = []

    init(section: Section, policy: UnnumberedPolicy) {
        self.section = section
        self.policy = policy
    }

    mutating func add(_ blocks: [RawBlock]) {
        for block in blocks {
            var text = block.text
            // Each paragraph number run into the text starts a paragraph of its own.
            while let cut = inlineNumberCut(text.scalars) {
                let rest = text.slice(cut..<text.count)
                let head = text.slice(0..<cut)
                if let range = rest.range {
                    diagnostics.append(
                        Diagnostic(
                            "paragraph \(rest.scalars.prefix { $0.isDigit }.map(String.init).joined()) "
                                + "was run into the text before it; read as a new paragraph",
                            severity: .warning, range: range))
                }
                if !head.isEmpty { place(head) }
                text = rest
            }
            place(text)
        }
    }

    private mutating func place(_ text: MappedText) {
        let scalars = text.scalars
        guard let range = text.range else { return }
        if let (number, body) = TextPatterns.paragraphNumber(scalars, at: 0) {
            var paragraph = DraftParagraph(number: number, text: text.slice(body..<text.count), range: range)
            if let place = text.slice(0..<body).range, let first = paragraph.text.range, place.start > first.start {
                paragraph.displacedNumberRange = place
            }
            paragraphs.append(paragraph)
            lastNumber = Int(number)
        } else if let (label, body) = TextPatterns.subparagraphLabel(scalars, at: 0) {
            let sub = DraftParagraph(number: label, text: text.slice(body..<text.count), range: range)
            attachSubparagraph(sub)
        } else if BlockShape.isHeading(scalars) {
            headings.append(
                Heading(text: text.string, range: range, section: section, paragraphIndex: paragraphs.count))
        } else if paragraphs.isEmpty {
            paragraphs.append(DraftParagraph(text: text, range: range))
        } else if paragraphs[paragraphs.count - 1].lastLeafEndsWithColon || continuesAssumedList {
            attachAssumedSubparagraph(text, range: range)
        } else if lastNumber == nil {
            paragraphs.append(DraftParagraph(text: text, range: range))
        } else if policy == .lostNumber {
            let number = String((lastNumber ?? 0) + 1)
            lastNumber = (lastNumber ?? 0) + 1
            paragraphs.append(DraftParagraph(number: number, numberAssumed: true, text: text, range: range))
            diagnostics.append(
                Diagnostic(
                    "paragraph has no number; read as paragraph \(number)", severity: .warning, range: range))
        } else {
            let last = paragraphs.count - 1
            Self.appendToLastLeaf(&paragraphs[last], text)
            diagnostics.append(
                Diagnostic(
                    "unnumbered text read as part of paragraph \(paragraphs[last].number ?? "before it")",
                    severity: .info, range: range))
        }
    }

    /// True while the last paragraph's last subparagraph ends with `;`: the list goes on.
    private var continuesAssumedList: Bool {
        guard let last = paragraphs.last, let sub = last.subparagraphs.last else { return false }
        return sub.text.scalars.last == ";" || (sub.numberAssumed && sub.text.scalars.last == ",")
    }

    /// Static, so that no copy of the builder (and so of its paragraphs) is held while one
    /// paragraph is changed in place.
    private static func appendToLastLeaf(_ paragraph: inout DraftParagraph, _ text: MappedText) {
        if paragraph.subparagraphs.isEmpty {
            paragraph.text.append(text)
            if let range = text.range { paragraph.range = paragraph.range.union(range) }
        } else {
            appendToLastLeaf(&paragraph.subparagraphs[paragraph.subparagraphs.count - 1], text)
            if let range = text.range { paragraph.range = paragraph.range.union(range) }
        }
    }

    private mutating func attachSubparagraph(_ sub: DraftParagraph) {
        guard !paragraphs.isEmpty else {
            paragraphs.append(sub)
            diagnostics.append(
                Diagnostic(
                    "subparagraph \(sub.number ?? "") has no paragraph to belong to", severity: .warning,
                    range: sub.range))
            return
        }
        let last = paragraphs.count - 1
        paragraphs[last].range = paragraphs[last].range.union(sub.range)
        let label = sub.number ?? ""
        let inner = String(label.dropFirst().dropLast())
        // A roman label goes under the subparagraph before it when it starts a ladder ("(i)")
        // or goes on with one; a letter after a gap ("(c)" after "(a)", (b) deleted) is the
        // next subparagraph, though "c" is a roman numeral too.
        if let lastSub = paragraphs[last].subparagraphs.last, TextPatterns.isRoman(inner),
            !lastSub.subparagraphs.isEmpty || inner == "i",
            !Self.isNextLetter(inner, after: lastSub.number)
        {
            let subIndex = paragraphs[last].subparagraphs.count - 1
            if lastSub.number.map({ TextPatterns.isRoman(String($0.dropFirst().dropLast())) }) != true
                || !lastSub.subparagraphs.isEmpty
            {
                paragraphs[last].subparagraphs[subIndex].subparagraphs.append(sub)
                paragraphs[last].subparagraphs[subIndex].range =
                    paragraphs[last].subparagraphs[subIndex].range.union(sub.range)
                return
            }
        }
        paragraphs[last].subparagraphs.append(sub)
    }

    private static func isNextLetter(_ label: String, after previous: String?) -> Bool {
        guard let previous, let scalar = previous.unicodeScalars.dropFirst().first,
            let next = Unicode.Scalar(scalar.value + 1)
        else { return label == "a" }
        return label == String(Character(next))
    }

    private mutating func attachAssumedSubparagraph(_ text: MappedText, range: SourceRange) {
        let last = paragraphs.count - 1
        let index = paragraphs[last].subparagraphs.count
        let label = "(\(TextPatterns.letterLabel(index)))"
        paragraphs[last].subparagraphs.append(
            DraftParagraph(number: label, numberAssumed: true, text: text, range: range))
        paragraphs[last].range = paragraphs[last].range.union(range)
        if let entry = assumedLabels.last, entry.parent == last {
            assumedLabels[assumedLabels.count - 1].labels.append(label)
        } else {
            assumedLabels.append((last, [label]))
        }
    }

    /// Reports the assumed subparagraph labels, one diagnostic per paragraph.
    mutating func finish() {
        for (parent, labels) in assumedLabels {
            let paragraph = paragraphs[parent]
            let span = labels.count == 1 ? labels[0] : "\(labels[0])–\(labels[labels.count - 1])"
            let start = paragraph.subparagraphs.first { $0.number == labels[0] }?.range ?? paragraph.range
            diagnostics.append(
                Diagnostic(
                    "subparagraph labels of paragraph \(paragraph.number ?? "?") are not printed; assumed \(span)",
                    severity: .warning, range: start))
        }
        assumedLabels.removeAll()
    }

    /// Where a paragraph number expected next stands inside the text (" 9. We note…"), if it does.
    private func inlineNumberCut(_ text: [Unicode.Scalar]) -> Int? {
        guard let last = lastNumber ?? Int(TextPatterns.paragraphNumber(text, at: 0)?.number ?? "") else {
            return nil
        }
        let own = TextPatterns.paragraphNumber(text, at: 0).flatMap { Int($0.number) }
        let after = own ?? last
        var index = 1
        while index < text.count {
            if text[index].isDigit, text[index - 1] == " ",
                let (number, body) = TextPatterns.paragraphNumber(text, at: index),
                let value = Int(number), value > after, value <= after + 3,
                text[body].isUpper || text[body] == "“",
                !BlockShape.referenceNouns.contains(TextPatterns.wordBefore(text, at: index))
            {
                return index
            }
            index += 1
        }
        return nil
    }
}
