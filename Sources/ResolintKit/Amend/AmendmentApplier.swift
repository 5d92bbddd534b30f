import Foundation

/// An amendment that cannot be applied, named by its place in the list.
public struct AmendmentError: Error, Equatable, CustomStringConvertible, Sendable {
    /// 1-based position of the instruction (or line of the file, when parsing).
    public let instruction: Int
    public let message: String

    public var description: String { "instruction \(instruction): \(message)" }
}

/// Applies amendments to a base text and writes the amended text as a typed draft: the title
/// and formula of the base, the preambular paragraphs, the operative paragraphs numbered in
/// their new order, the annexes. Every place names the base text as it stood before any
/// amendment; an instruction whose words are not in its paragraph, or stand there twice, or
/// whose paragraph does not exist, is an error and nothing is applied.
public enum AmendmentApplier {
    /// One paragraph of the text being amended.
    struct Item {
        var text: String
        var base: ParagraphTarget?
        var deleted = false
        /// The footnote markers of the text: scalar offset (the marker stood before it), marker.
        var markers: [(offset: Int, marker: String)] = []
    }

    /// A paragraph's markers as offsets in its compared text (subparagraphs and labels included).
    static func markers(_ paragraph: Paragraph) -> [(offset: Int, marker: String)] {
        var result: [(Int, String)] = []
        var base = 0
        func collect(_ paragraph: Paragraph, label: String?) {
            if let label { base += label.unicodeScalars.count + 1 }
            result += paragraph.footnoteRefs.map { (base + $0.offset, $0.marker) }
            base += paragraph.text.unicodeScalars.count
            for sub in paragraph.subparagraphs {
                base += 1
                collect(sub, label: sub.number)
            }
        }
        collect(paragraph, label: nil)
        return result
    }

    public static func apply(_ amendments: [Amendment], to base: Resolution) throws(AmendmentError) -> String {
        var parts: [ParagraphTarget.Part: [Item]] = [:]
        func load(_ paragraphs: [Paragraph], _ part: ParagraphTarget.Part) {
            parts[part] = paragraphs.enumerated().map { index, paragraph in
                Item(
                    text: Differ.comparedText(paragraph),
                    base: ParagraphTarget(part: part, index: index + 1, number: paragraph.number),
                    markers: markers(paragraph))
            }
        }
        load(base.preamble, .preamble)
        load(base.operative, .operative)
        for (index, annex) in base.annexes.enumerated() { load(annex.paragraphs, .annex(index)) }

        /// Where the base paragraph `target` stands now: its part and position.
        func locate(_ target: ParagraphTarget, _ number: Int) throws(AmendmentError) -> (ParagraphTarget.Part, Int) {
            for (part, items) in parts {
                if let position = items.firstIndex(where: { $0.base == resolved(target, base) && $0.base != nil }) {
                    return (part, position)
                }
            }
            throw AmendmentError(instruction: number, message: "there is no \(target.phrase) in the base text")
        }

        func find(_ words: String, in target: ParagraphTarget, _ number: Int) throws(AmendmentError) -> Range<Int> {
            let (part, position) = try locate(target, number)
            let text = parts[part]![position].text
            let offsets = TextOccurrences.offsets(of: words, in: text)
            guard let first = offsets.first else {
                throw AmendmentError(instruction: number, message: "“\(words)” is not in \(target.phrase)")
            }
            guard offsets.count == 1 else {
                throw AmendmentError(
                    instruction: number,
                    message: "“\(words)” stands \(offsets.count) times in \(target.phrase): quote more words")
            }
            return first..<(first + words.unicodeScalars.count)
        }

        // 1. Words, within each paragraph, all found in the base text before any is changed.
        var edits: [ParagraphTarget: [(range: Range<Int>, text: String, instruction: Int)]] = [:]
        for (offset, amendment) in amendments.enumerated() {
            let number = offset + 1
            let found: (ParagraphTarget, Range<Int>, String)
            switch amendment {
            case .replaceWords(let target, let words, let new):
                found = (target, try find(words, in: target, number), new)
            case .deleteWords(let target, let words):
                found = (target, try find(words, in: target, number), "")
            case .insertWords(let target, let anchor, let before, let words):
                let range = try find(anchor, in: target, number)
                let at = before ? range.lowerBound : range.upperBound
                let punctuation = words.first.map { ",;:.!?)".contains($0) } ?? false
                found = (target, at..<at, before ? words + " " : (punctuation ? "" : " ") + words)
            default:
                continue
            }
            let key = resolved(found.0, base)
            if let clash = edits[key]?.first(where: { $0.range.overlaps(found.1) || $0.range == found.1 }) {
                throw AmendmentError(
                    instruction: number, message: "its words overlap those of instruction \(clash.instruction)")
            }
            edits[key, default: []].append((found.1, found.2, number))
        }
        for (target, list) in edits {
            let (part, position) = try locate(target, list[0].instruction)
            var scalars = Array(parts[part]![position].text.unicodeScalars)
            var markers = parts[part]![position].markers
            for edit in list.sorted(by: { $0.range.lowerBound > $1.range.lowerBound }) {
                let replacement = Array(edit.text.unicodeScalars)
                scalars.replaceSubrange(edit.range, with: replacement)
                // A marker after the edit moves with the text; one inside it goes to its end.
                let shift = replacement.count - edit.range.count
                markers = markers.map { marker in
                    if marker.offset >= edit.range.upperBound { return (marker.offset + shift, marker.marker) }
                    if marker.offset > edit.range.lowerBound {
                        return (edit.range.lowerBound + replacement.count, marker.marker)
                    }
                    return marker
                }
            }
            parts[part]![position].text = String(String.UnicodeScalarView(scalars))
            parts[part]![position].markers = markers
        }

        // 2. Moves, in order.
        for (offset, amendment) in amendments.enumerated() {
            guard case .moveParagraph(let target, let after, let part) = amendment else { continue }
            let (from, position) = try locate(target, offset + 1)
            let item = parts[from]!.remove(at: position)
            if let after {
                let (to, anchor) = try locate(after, offset + 1)
                parts[to]!.insert(item, at: anchor + 1)
            } else {
                parts[part, default: []].insert(item, at: 0)
            }
        }
        // 3. New paragraphs, after their anchor and after those already inserted there.
        var insertedAfter: [ParagraphTarget?: Int] = [:]
        for (offset, amendment) in amendments.enumerated() {
            guard case .insertParagraph(let after, let part, let text) = amendment else { continue }
            let already = insertedAfter[after.map { resolved($0, base) }, default: 0]
            insertedAfter[after.map { resolved($0, base) }] = already + 1
            let item = Item(text: text, base: nil)
            if let after {
                let (to, anchor) = try locate(after, offset + 1)
                parts[to]!.insert(item, at: anchor + 1 + already)
            } else {
                parts[part, default: []].insert(item, at: already)
            }
        }
        // 4. Deletions.
        for (offset, amendment) in amendments.enumerated() {
            guard case .deleteParagraph(let target) = amendment else { continue }
            let (part, position) = try locate(target, offset + 1)
            parts[part]![position].deleted = true
        }
        return render(base, parts)
    }

    /// The target with its position in the base text: an operative or annex paragraph is named
    /// by its printed number.
    package static func resolved(_ target: ParagraphTarget, _ base: Resolution) -> ParagraphTarget {
        let paragraphs: [Paragraph]
        switch target.part {
        case .preamble: return ParagraphTarget(part: .preamble, index: target.index, number: nil)
        case .operative: paragraphs = base.operative
        case .annex(let index): paragraphs = index < base.annexes.count ? base.annexes[index].paragraphs : []
        }
        let index =
            target.number.flatMap { number in paragraphs.firstIndex { $0.number == number }.map { $0 + 1 } }
            ?? target.index
        return ParagraphTarget(
            part: target.part, index: index,
            number: index <= paragraphs.count && index >= 1 ? paragraphs[index - 1].number : target.number)
    }

    /// An item's text with its markers written `[^k]` where they stood.
    static func marked(_ item: Item) -> String {
        var scalars = Array(item.text.unicodeScalars)
        for marker in item.markers.sorted(by: { $0.offset > $1.offset }) {
            let at = min(max(marker.offset, 0), scalars.count)
            scalars.insert(contentsOf: Array("[^\(marker.marker)]".unicodeScalars), at: at)
        }
        return String(String.UnicodeScalarView(scalars))
    }

    /// The amended text as a typed draft; its footnotes, those still referenced, after it as
    /// `[^k]: …` lines.
    static func render(_ base: Resolution, _ parts: [ParagraphTarget.Part: [Item]]) -> String {
        var parts = parts
        for (part, items) in parts {
            parts[part] = items.map { item in
                var item = item
                item.text = marked(item)
                return item
            }
        }
        var blocks: [String] = []
        let title = [base.number.map { "\($0)." }, base.title?.text].compactMap { $0 }.joined(separator: " ")
        if !title.isEmpty { blocks.append(title) }
        blocks.append(base.formula?.text ?? "The \((base.organ ?? .generalAssembly).name),")
        blocks += (parts[.preamble] ?? []).filter { !$0.deleted }.map(\.text)
        for (index, item) in (parts[.operative] ?? []).filter({ !$0.deleted }).enumerated() {
            blocks.append("\(index + 1). \(item.text)")
        }
        for (annexIndex, annex) in base.annexes.enumerated() {
            blocks.append([annex.label, annex.title].compactMap { $0 }.joined(separator: " "))
            for (index, item) in (parts[.annex(annexIndex)] ?? []).filter({ !$0.deleted }).enumerated() {
                blocks.append(annex.paragraphs.first?.number == nil ? item.text : "\(index + 1). \(item.text)")
            }
        }
        let cited = Set(parts.values.flatMap { $0.filter { !$0.deleted }.flatMap { $0.markers.map(\.marker) } })
        let notes = base.footnotes.filter { cited.contains($0.marker) }.map { "[^\($0.marker)]: \($0.text)" }
        // Each note a block of its own: a note whose number does not follow the one before (a
        // note dropped with its last reference) would read, on the next line, as part of it.
        blocks += notes
        return blocks.filter { !$0.isEmpty }.joined(separator: "\n\n") + "\n"
    }
}
