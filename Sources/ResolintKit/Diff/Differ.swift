/// Compares two resolutions paragraph by paragraph — preamble, operative part and annexes — the
/// way a drafter reads them: what was kept, amended, added, deleted, moved or renumbered, and
/// which amendments are only the technical updates of an annual rollover.
public struct Differ: Sendable {
    public init() {}

    public func diff(old: Resolution, new: Resolution) -> ResolutionDiff {
        // Every word of the two texts is numbered once; the passes compare numbers.
        var vocabulary = ParagraphAligner.Vocabulary()
        let oldUnits = Self.units(old, &vocabulary)
        let newUnits = Self.units(new, &vocabulary)
        let match = ParagraphAligner.align(old: oldUnits, new: newUnits, vocabulary: &vocabulary)
        let moved = Self.movedSet(match: match, old: oldUnits, new: newUnits)

        var kept: [Int: ParagraphChange] = [:]
        for (index, unit) in newUnits.enumerated() {
            guard let oldIndex = match[index] else { continue }
            let before = oldUnits[oldIndex]
            let words = WordDiff.diff(before.tokens, unit.tokens, codes: (before.ids, unit.ids))
            let same = words.allSatisfy { $0.operation == .equal }
            let renumbered =
                before.place.section != .preamble && unit.place.section != .preamble
                && before.place.number != nil && unit.place.number != nil && before.place.number != unit.place.number
            kept[index] = ParagraphChange(
                kind: same ? .unchanged : .amended, old: before.place, new: unit.place,
                moved: moved.contains(index) || before.place.section != unit.place.section,
                renumbered: renumbered, technical: !same && Self.isTechnical(before.tokens, unit.tokens),
                similarity: same ? 1 : (ParagraphAligner.similarity(before, unit) * 100).rounded() / 100,
                words: words, oldText: before.text, newText: unit.text)
        }

        // New order, each deletion at its old place: before the first kept paragraph that
        // followed it in the old text.
        let matchedOld = Set(match.compactMap { $0 })
        var deletions = oldUnits.indices.filter { !matchedOld.contains($0) }[...]
        var changes: [ParagraphChange] = []
        func flushDeletions(before oldIndex: Int) {
            while let next = deletions.first, next < oldIndex {
                let unit = oldUnits[next]
                changes.append(
                    ParagraphChange(
                        kind: .deleted, old: unit.place, new: nil, moved: false, renumbered: false, technical: false,
                        similarity: 0, words: [WordChange(.delete, unit.text)], oldText: unit.text, newText: nil))
                deletions = deletions.dropFirst()
            }
        }
        for (index, unit) in newUnits.enumerated() {
            if let change = kept[index] {
                if !change.moved, let oldIndex = match[index] { flushDeletions(before: oldIndex) }
                changes.append(change)
            } else {
                changes.append(
                    ParagraphChange(
                        kind: .added, old: nil, new: unit.place, moved: false, renumbered: false, technical: false,
                        similarity: 0, words: [WordChange(.insert, unit.text)], oldText: nil, newText: unit.text))
            }
        }
        flushDeletions(before: Int.max)
        var diff = ResolutionDiff(old: old, new: new, changes: changes, footnotes: Self.footnoteChanges(old, new))
        diff.headings = Self.headingChanges(
            old.headings + old.annexes.flatMap(\.headings), new.headings + new.annexes.flatMap(\.headings))
        return diff
    }

    /// The word changes between two texts, as an amended paragraph's are: citations and dates
    /// whole, typography no change.
    public static func wordChanges(_ old: String, _ new: String) -> [WordChange] {
        WordDiff.diff(DiffTokenizer.tokens(old), DiffTokenizer.tokens(new))
    }

    /// A paragraph's text with its subparagraphs, labels included, as the diff compares it.
    public static func comparedText(_ paragraph: Paragraph) -> String { fullText(paragraph) }

    /// The paragraphs of a resolution in reading order, subparagraphs folded into their paragraph.
    static func units(_ resolution: Resolution, _ vocabulary: inout ParagraphAligner.Vocabulary) -> [ParagraphAligner
        .Unit]
    {
        var units: [ParagraphAligner.Unit] = []
        func add(_ paragraphs: [Paragraph], _ section: Section) {
            for (offset, paragraph) in paragraphs.enumerated() {
                let text = fullText(paragraph)
                let tokens = DiffTokenizer.tokens(text)
                let ids = tokens.map { vocabulary.id($0.key) }
                units.append(
                    ParagraphAligner.Unit(
                        place: ParagraphPlace(
                            section: section, index: offset + 1, number: paragraph.number, range: paragraph.range),
                        text: text, tokens: tokens, ids: ids, position: units.count))
            }
        }
        add(resolution.preamble, .preamble)
        add(resolution.operative, .operative)
        for (index, annex) in resolution.annexes.enumerated() { add(annex.paragraphs, .annex(index)) }
        return units
    }

    /// A paragraph's text with its subparagraphs, labels included.
    static func fullText(_ paragraph: Paragraph) -> String {
        ([paragraph.text]
            + paragraph.subparagraphs.map { sub in
                [sub.number, fullText(sub)].compactMap { $0 }.joined(separator: " ")
            }).joined(separator: " ")
    }

    /// The new units whose old counterparts are out of order: all but a longest run of kept
    /// paragraphs whose old positions increase.
    static func movedSet(match: [Int?], old: [ParagraphAligner.Unit], new: [ParagraphAligner.Unit]) -> Set<Int> {
        let pairs = match.enumerated().compactMap { index, oldIndex in oldIndex.map { (index, old[$0].position) } }
        // Longest increasing subsequence of old positions, with predecessors to rebuild it.
        var tails: [Int] = []
        var tailPairs: [Int] = []
        var previous = [Int](repeating: -1, count: pairs.count)
        for (index, pair) in pairs.enumerated() {
            var low = 0
            var high = tails.count
            while low < high {
                let middle = (low + high) / 2
                if tails[middle] < pair.1 { low = middle + 1 } else { high = middle }
            }
            if low > 0 { previous[index] = tailPairs[low - 1] }
            if low == tails.count {
                tails.append(pair.1)
                tailPairs.append(index)
            } else {
                tails[low] = pair.1
                tailPairs[low] = index
            }
        }
        var inOrder = Set<Int>()
        var cursor = tailPairs.last ?? -1
        while cursor >= 0 {
            inOrder.insert(pairs[cursor].0)
            cursor = previous[cursor]
        }
        return Set(pairs.map(\.0)).subtracting(inOrder)
    }

    /// True when every difference pairs technical words of the same kind: "57/173" for
    /// "58/140", a date for a date, "fifty-ninth" for "sixtieth".
    static func isTechnical(_ old: [DiffToken], _ new: [DiffToken]) -> Bool {
        guard old.count == new.count else { return false }
        var changed = false
        for (before, after) in zip(old, new) where before.key != after.key {
            let technicalKinds: [DiffToken.Kind] = [.resolutionNumber, .date, .year, .sessionOrdinal, .number]
            guard before.kind == after.kind, technicalKinds.contains(before.kind) else { return false }
            changed = true
        }
        return changed
    }

    /// Headings matched in order by their words (a longest common subsequence); what is left
    /// over in the same section is reworded where each side has one between the same matches,
    /// and added or deleted otherwise.
    static func headingChanges(_ old: [Heading], _ new: [Heading]) -> [HeadingChange] {
        func key(_ heading: Heading) -> String { DiffTokenizer.tokens(heading.text).map(\.key).joined(separator: " ") }
        let a = old.map(key)
        let b = new.map(key)
        var table = [[Int]](repeating: [Int](repeating: 0, count: b.count + 1), count: a.count + 1)
        for i in stride(from: a.count - 1, through: 0, by: -1) {
            for j in stride(from: b.count - 1, through: 0, by: -1) {
                table[i][j] = a[i] == b[j] ? table[i + 1][j + 1] + 1 : max(table[i + 1][j], table[i][j + 1])
            }
        }
        var changes: [HeadingChange] = []
        var i = 0
        var j = 0
        var deleted: [Heading] = []
        var added: [Heading] = []
        func flush() {
            let paired = min(deleted.count, added.count)
            for index in 0..<paired where deleted[index].section == added[index].section {
                changes.append(
                    HeadingChange(
                        kind: .amended, oldText: deleted[index].text, newText: added[index].text,
                        section: added[index].section))
            }
            for index in 0..<paired where deleted[index].section != added[index].section {
                changes.append(
                    HeadingChange(
                        kind: .deleted, oldText: deleted[index].text, newText: nil, section: deleted[index].section))
                changes.append(
                    HeadingChange(kind: .added, oldText: nil, newText: added[index].text, section: added[index].section)
                )
            }
            for heading in deleted.dropFirst(paired) {
                changes.append(
                    HeadingChange(kind: .deleted, oldText: heading.text, newText: nil, section: heading.section))
            }
            for heading in added.dropFirst(paired) {
                changes.append(
                    HeadingChange(kind: .added, oldText: nil, newText: heading.text, section: heading.section))
            }
            deleted = []
            added = []
        }
        while i < a.count || j < b.count {
            if i < a.count, j < b.count, a[i] == b[j] {
                flush()
                i += 1
                j += 1
            } else if j < b.count, i == a.count || table[i][j + 1] >= table[i + 1][j] {
                added.append(new[j])
                j += 1
            } else {
                deleted.append(old[i])
                i += 1
            }
        }
        flush()
        return changes
    }

    /// Notes matched by text (then by marker): added, deleted, or the same marker with new text.
    static func footnoteChanges(_ old: Resolution, _ new: Resolution) -> [FootnoteChange] {
        func key(_ text: String) -> [String] { DiffTokenizer.tokens(text).map(\.key) }
        // Each note's words are cut once: the lookup by text is then one of keys.
        var unmatchedOld = old.footnotes
        var oldKeys = unmatchedOld.map { key($0.text) }
        var changes: [FootnoteChange] = []
        var unmatchedNew: [Footnote] = []
        for note in new.footnotes {
            let noteKey = key(note.text)
            if let index = oldKeys.firstIndex(of: noteKey) {
                unmatchedOld.remove(at: index)
                oldKeys.remove(at: index)
            } else {
                unmatchedNew.append(note)
            }
        }
        for note in unmatchedNew {
            if let index = unmatchedOld.firstIndex(where: { $0.marker == note.marker }) {
                let before = unmatchedOld.remove(at: index)
                changes.append(
                    FootnoteChange(
                        kind: .amended, oldMarker: before.marker, newMarker: note.marker, oldText: before.text,
                        newText: note.text))
            } else {
                changes.append(
                    FootnoteChange(
                        kind: .added, oldMarker: nil, newMarker: note.marker, oldText: nil, newText: note.text))
            }
        }
        for note in unmatchedOld {
            changes.append(
                FootnoteChange(kind: .deleted, oldMarker: note.marker, newMarker: nil, oldText: note.text, newText: nil)
            )
        }
        return changes
    }
}
