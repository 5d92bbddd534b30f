import Foundation

/// Writes the change between two texts as the amendments that turn the old into the new, in
/// order: word changes in a paragraph (quoting enough words to be found once), new paragraphs
/// after the paragraph they follow, deletions, moves, and "renumber the subsequent paragraphs
/// accordingly" when numbers change. Every place names the old text's paragraphs.
public enum AmendmentWriter {
    public static func amendments(_ diff: ResolutionDiff) -> [Amendment] {
        var result: [Amendment] = []
        var moves: [Amendment] = []
        var insertions: [Amendment] = []
        var deletions: [Amendment] = []
        /// The old paragraph the next one in the new order follows, per part.
        var anchor: ParagraphTarget?
        var part: ParagraphTarget.Part?
        for change in diff.changes {
            if let new = change.new {
                let newPart = Self.part(new.section)
                if newPart != part {
                    part = newPart
                    anchor = nil
                }
            }
            switch change.kind {
            case .deleted:
                if let old = change.old { deletions.append(.deleteParagraph(target(old))) }
            case .added:
                insertions.append(.insertParagraph(after: anchor, part: part ?? .operative, text: change.newText ?? ""))
            case .unchanged, .amended:
                guard let old = change.old else { continue }
                let target = target(old)
                if change.moved { moves.append(.moveParagraph(target, after: anchor, part: part ?? .operative)) }
                if change.kind == .amended {
                    result += wordAmendments(target, old: change.oldText ?? "", new: change.newText ?? "")
                }
                anchor = target
            }
        }
        result += moves + insertions + deletions
        let renumbered = diff.changes.contains { $0.renumbered || ($0.kind != .unchanged && $0.kind != .amended) }
        if renumbered, !result.isEmpty { result.append(.renumber) }
        return result
    }

    static func part(_ section: Section) -> ParagraphTarget.Part {
        switch section {
        case .preamble: .preamble
        case .operative: .operative
        case .annex(let index): .annex(index)
        }
    }

    static func target(_ place: ParagraphPlace) -> ParagraphTarget {
        ParagraphTarget(part: part(place.section), index: place.index, number: place.number)
    }

    /// The word changes of one paragraph as instructions, each quote found once in the old text.
    static func wordAmendments(_ target: ParagraphTarget, old: String, new: String) -> [Amendment] {
        let scalars = Array(old.unicodeScalars)
        let tokens = DiffTokenizer.tokenRanges(old).map(\.range)
        func text(_ range: Range<Int>) -> String { String(String.UnicodeScalarView(scalars[range])) }
        func unique(_ range: Range<Int>) -> Bool {
            !range.isEmpty && TextOccurrences.count(of: text(range), in: old) == 1
        }
        /// The range widened by whole words, before and after in turn, until its text is unique.
        func widened(_ range: Range<Int>) -> Range<Int> {
            var range = range
            while !unique(range) {
                let before = tokens.last { $0.upperBound <= range.lowerBound }
                let after = tokens.first { $0.lowerBound >= range.upperBound }
                if let before, range.isEmpty || after == nil || range.count % 2 == 0 {
                    range = before.lowerBound..<max(range.upperBound, before.upperBound)
                } else if let after {
                    range = min(range.lowerBound, after.lowerBound)..<after.upperBound
                } else {
                    break
                }
            }
            return range
        }
        /// The quote for an insertion: words all before the point (or, at the start, all after it).
        func anchor(_ point: Int) -> Range<Int> {
            var range = point..<point
            while !unique(range), let before = tokens.last(where: { $0.upperBound <= range.lowerBound }) {
                range = before.lowerBound..<point
            }
            if unique(range) { return range }
            range = point..<point
            while !unique(range), let after = tokens.first(where: { $0.lowerBound >= range.upperBound }) {
                range = point..<after.upperBound
            }
            return range
        }
        func replaced(_ range: Range<Int>, _ edits: [WordEdit]) -> String {
            var out = ""
            var position = range.lowerBound
            for edit in edits {
                out += text(position..<max(position, edit.oldRange.lowerBound)) + edit.replacement
                position = max(position, edit.oldRange.upperBound)
            }
            return out + text(position..<range.upperBound)
        }
        /// A quote whose change would begin or end with a space takes in the word beside it
        /// ("law, and" → "law and", not " and").
        func rounded(_ range: Range<Int>, _ edits: [WordEdit]) -> Range<Int> {
            var range = range
            if replaced(range, edits).first?.isWhitespace == true,
                let before = tokens.last(where: { $0.upperBound <= range.lowerBound })
            {
                range = before.lowerBound..<range.upperBound
            }
            if replaced(range, edits).last?.isWhitespace == true,
                let after = tokens.first(where: { $0.lowerBound >= range.upperBound })
            {
                range = range.lowerBound..<after.upperBound
            }
            return range
        }
        // Each edit's quote; edits whose quotes meet become one replacement.
        var groups: [(range: Range<Int>, edits: [WordEdit])] = []
        for edit in Differ.wordEdits(old, new) {
            let range =
                edit.oldRange.isEmpty ? anchor(edit.oldRange.lowerBound) : rounded(widened(edit.oldRange), [edit])
            if let last = groups.last, last.range.upperBound >= range.lowerBound {
                let union = last.range.lowerBound..<max(last.range.upperBound, range.upperBound)
                groups[groups.count - 1] = (rounded(union, last.edits + [edit]), last.edits + [edit])
            } else {
                groups.append((range, [edit]))
            }
        }
        return groups.map { group in
            let quoted = text(group.range)
            let trimmed = Self.singleSpaced(replaced(group.range, group.edits))
            if group.edits.count == 1, let edit = group.edits.first, edit.oldRange.isEmpty {
                // An insertion: after (or before) the quoted words.
                let words = Self.singleSpaced(edit.replacement)
                let before = group.range.lowerBound >= edit.oldRange.upperBound
                return .insertWords(target, anchor: quoted, before: before, words: words)
            }
            if trimmed.isEmpty { return .deleteWords(target, words: quoted) }
            return .replaceWords(target, words: quoted, with: trimmed)
        }
    }

    /// Runs of spaces as one, none at the ends.
    static func singleSpaced(_ text: String) -> String {
        text.split(separator: " ", omittingEmptySubsequences: true).joined(separator: " ")
    }
}

/// How often a text stands in another, as exact characters (overlaps counted).
enum TextOccurrences {
    static func count(of needle: String, in haystack: String) -> Int {
        let pattern = Array(needle.unicodeScalars)
        let text = Array(haystack.unicodeScalars)
        guard !pattern.isEmpty, pattern.count <= text.count else { return 0 }
        var count = 0
        for start in 0...(text.count - pattern.count) where text[start] == pattern[0] {
            if text[start..<(start + pattern.count)].elementsEqual(pattern) { count += 1 }
        }
        return count
    }

    /// The scalar offsets of every occurrence.
    static func offsets(of needle: String, in haystack: String) -> [Int] {
        let pattern = Array(needle.unicodeScalars)
        let text = Array(haystack.unicodeScalars)
        guard !pattern.isEmpty, pattern.count <= text.count else { return [] }
        return (0...(text.count - pattern.count)).filter {
            text[$0] == pattern[0] && text[$0..<($0 + pattern.count)].elementsEqual(pattern)
        }
    }
}
