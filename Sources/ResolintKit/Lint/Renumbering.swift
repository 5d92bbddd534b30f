/// The numbering a drafter writes after inserting, deleting or moving operative paragraphs or
/// subparagraphs: the operative paragraphs numbered 1, 2, 3… in the order they stand, the
/// subparagraphs of each (a), (b), (c)… (or (i), (ii)… where they are a roman ladder), and every
/// reference of the text to them ("paragraph 7 above", "paragraphs 3 to 5", "subparagraph (b) of
/// paragraph 3", "paragraph 1 (c)") rewritten to the new numbers, all as one set of edits.
///
/// A reference follows the paragraph that had its number. When two paragraphs have that number
/// (one inserted with the number of the next), or none has it, the reference cannot be said to
/// follow either: it is `unresolved`, and no edit is offered at all, because renumbering would
/// make it point at one of them silently. A numbering that lost a number in extraction is not
/// renumbered either.
struct Renumbering {
    /// The edits, in file order: numbers and labels, then references, none overlapping.
    private(set) var edits: [Fix.Edit] = []
    /// References that cannot follow the renumbering, with the reason.
    private(set) var unresolved: [(range: SourceRange, message: String)] = []

    init(_ document: LintDocument) {
        let operative = document.resolution.operative
        guard !operative.isEmpty, operative.allSatisfy({ $0.number != nil && !$0.numberAssumed }) else { return }
        // Old number → new number, for the numbers one paragraph has.
        var paragraphMap: [String: String] = [:]
        var count: [String: Int] = [:]
        for paragraph in operative { count[paragraph.number!, default: 0] += 1 }
        var numberEdits: [Fix.Edit] = []
        // Old paragraph number → (old label → new label), for the labels one subparagraph has.
        var labelMaps: [String: [String: String]] = [:]
        for (offset, paragraph) in operative.enumerated() {
            let old = paragraph.number!
            let new = String(offset + 1)
            if count[old] == 1 { paragraphMap[old] = new }
            if old != new {
                guard let edit = Self.edit(of: paragraph, to: new, in: document.source) else { return }
                numberEdits.append(edit)
            }
            let subparagraphs = paragraph.subparagraphs
            guard !subparagraphs.isEmpty, subparagraphs.allSatisfy({ $0.number != nil && !$0.numberAssumed }) else {
                continue
            }
            let roman = subparagraphs.first?.number == "(i)" && subparagraphs.dropFirst().first?.number == "(ii)"
            var labelCount: [String: Int] = [:]
            for sub in subparagraphs { labelCount[sub.number!, default: 0] += 1 }
            var labels: [String: String] = [:]
            for (index, sub) in subparagraphs.enumerated() {
                let label = "(\(roman ? TextPatterns.roman(index + 1) : TextPatterns.letterLabel(index)))"
                if labelCount[sub.number!] == 1 { labels[sub.number!] = label }
                if sub.number != label {
                    guard let edit = Self.edit(of: sub, to: label, in: document.source) else { return }
                    numberEdits.append(edit)
                }
            }
            if count[old] == 1 { labelMaps[old] = labels }
        }
        guard !numberEdits.isEmpty else { return }
        let written = Set(count.keys)

        var referenceEdits: [Fix.Edit] = []
        for (index, unit) in document.units.enumerated() {
            guard unit.role == .preamble || unit.role == .operative else { continue }
            let scalars = Array(unit.text.unicodeScalars)
            for reference in document.cited(inUnit: index).references {
                var cursor = reference.range.lowerBound
                func place(of token: String) -> Range<Int>? {
                    guard let found = Self.find(token, in: scalars, from: cursor, before: reference.range.upperBound)
                    else { return nil }
                    cursor = found.upperBound
                    return found
                }
                func rewrite(_ token: String, to new: String?, what: String) {
                    guard let bounds = place(of: token) else { return }
                    let range = unit.range(scalars: bounds)
                    guard let new else {
                        unresolved.append((range, what))
                        return
                    }
                    if new != token { referenceEdits.append(Fix.Edit(range: range, replacement: new)) }
                }
                switch reference.sequence {
                case .operative, .numbered:
                    for number in reference.numbers {
                        let why =
                            (count[number] ?? 0) > 1
                            ? "\(count[number]!) paragraphs are numbered \(number): say which one \"paragraph \(number)\" means before the paragraphs are renumbered"
                            : "no paragraph is numbered \(number): \"paragraph \(number)\" cannot follow the renumbering"
                        rewrite(number, to: paragraphMap[number], what: why)
                        if let label = reference.subparagraph, number == reference.numbers.first,
                            written.contains(number)
                        {
                            rewrite(
                                label, to: labelMaps[number]?[label],
                                what: "paragraph \(number) has no one subparagraph \(label) to follow")
                        }
                    }
                case .subparagraphs:
                    guard unit.role == .operative, let own = unit.labels.first, let labels = labelMaps[own] else {
                        continue
                    }
                    for label in reference.numbers {
                        rewrite(
                            label, to: labels[label], what: "this paragraph has no one subparagraph \(label) to follow")
                    }
                case .preambular:
                    continue
                }
            }
        }
        guard unresolved.isEmpty else { return }
        edits = (numberEdits + referenceEdits).sorted {
            ($0.range.start, $0.range.end) < ($1.range.start, $1.range.end)
        }
    }

    /// The edit that writes `new` over a paragraph's printed number, where the file has the
    /// number there as the model read it.
    private static func edit(of paragraph: Paragraph, to new: String, in source: SourceText) -> Fix.Edit? {
        guard let number = paragraph.number else { return nil }
        let start = paragraph.numberRange.start
        let range = SourceRange(
            start: start, end: SourcePosition(line: start.line, column: start.column + number.unicodeScalars.count))
        guard source.slice(range) == number else { return nil }
        return Fix.Edit(range: range, replacement: new)
    }

    /// The first place of `token` in `scalars` between `start` and `end`, standing as a whole
    /// (not inside a longer number or word).
    private static func find(_ token: String, in scalars: [Unicode.Scalar], from start: Int, before end: Int)
        -> Range<Int>?
    {
        let needle = Array(token.unicodeScalars)
        guard !needle.isEmpty, end - start >= needle.count else { return nil }
        func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
            scalar.properties.isAlphabetic || ("0"..."9").contains(scalar)
        }
        var index = start
        while index + needle.count <= min(end, scalars.count) {
            if Array(scalars[index..<(index + needle.count)]) == needle,
                index == 0 || !isWordScalar(scalars[index - 1]) || !isWordScalar(needle[0]),
                index + needle.count == scalars.count || !isWordScalar(scalars[index + needle.count])
                    || !isWordScalar(needle[needle.count - 1])
            {
                return index..<(index + needle.count)
            }
            index += 1
        }
        return nil
    }
}
