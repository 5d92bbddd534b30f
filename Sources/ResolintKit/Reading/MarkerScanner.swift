/// Finds the footnote markers of a whole text and takes them out, recording where they stood.
///
/// Markers come as `[^k]`, or as bare digits that a PDF extraction left in the text: glued to
/// punctuation (`Processes,1`, `57/173;4`, `thereof,11`), to a word (`Treaty1`), to a year
/// (`of 19721` = 1972 + marker 1), or standing alone (`Weapons 1 on`, `obligations, 12`, `of
/// 1990 3 and`), even glued to the next word (`Parties, 8and`). Every digit group that could be a
/// marker of a known note is a candidate, unless it is part of a date, a symbol, a count or a
/// reference ("para. 7", "18 December", "5 years", "57/173").
///
/// The markers are then chosen as one assignment over the whole text. Every explicit `[^k]` is
/// taken as written and resynchronises the rest: notes are first cited in the order of their
/// numbers, so the bare first references are the heaviest chain of candidates whose notes rise
/// in reading order between the explicit markers around them (more notes covered outweighs
/// anything else; among equal chains the firmer shapes win). One missed marker does not hide
/// the later ones. A later candidate of a note already cited is a repeated reference when its
/// shape is firm (glued to punctuation).
struct MarkerScanner {
    private let known: [String: Int]

    init(markers: [String]) {
        var known: [String: Int] = [:]
        for (position, marker) in markers.enumerated() where known[marker] == nil { known[marker] = position }
        self.known = known
    }

    /// How sure a shape makes a candidate, firmest first.
    private enum Shape: Int {
        case explicit = 5
        case punctuation = 4
        case glued = 3
        case year = 2
        case alone = 1
    }

    private struct Candidate {
        var leaf: Int
        var bounds: Range<Int>
        var marker: String
        var order: Int
        var shape: Shape
    }

    /// Takes the markers out of every paragraph and subparagraph of `sections`, in reading order.
    func takeOut(_ sections: inout [[DraftParagraph]]) {
        var candidates: [Candidate] = []
        var leaf = 0
        for section in sections.indices {
            for index in sections[section].indices {
                sections[section][index].visit { paragraph in
                    candidates += self.candidates(in: paragraph.text.scalars, leaf: leaf)
                    leaf += 1
                }
            }
        }
        let chosen = choose(candidates)
        var byLeaf: [Int: [Candidate]] = [:]
        for candidate in chosen { byLeaf[candidate.leaf, default: []].append(candidate) }
        leaf = 0
        for section in sections.indices {
            for index in sections[section].indices {
                sections[section][index].visit { paragraph in
                    defer { leaf += 1 }
                    guard let found = byLeaf[leaf]?.sorted(by: { $0.bounds.lowerBound < $1.bounds.lowerBound }) else {
                        return
                    }
                    let ranges = found.map { paragraph.text.range(of: $0.bounds) }
                    let offsets = paragraph.text.remove(found.map(\.bounds))
                    paragraph.footnoteRefs = found.indices.map {
                        FootnoteReference(marker: found[$0].marker, offset: offsets[$0], range: ranges[$0])
                    }
                }
            }
        }
    }

    // MARK: - The assignment

    /// Every explicit marker; the heaviest chain of bare first references with rising note
    /// order that fits between the explicit ones; then the repeats.
    private func choose(_ all: [Candidate]) -> [Candidate] {
        guard !all.isEmpty else { return [] }
        // Explicit markers are taken as written, in any order; a bare candidate must fit between
        // the explicit markers around it (above every one before, below every one after), and a
        // note cited explicitly is cited bare only again, as a repeat.
        let explicitNotes = Set(all.filter { $0.shape == .explicit }.map(\.marker))
        var below = [Int](repeating: -1, count: all.count)
        var above = [Int](repeating: Int.max, count: all.count)
        var running = -1
        for (position, candidate) in all.enumerated() {
            below[position] = running
            if candidate.shape == .explicit { running = max(running, candidate.order) }
        }
        running = Int.max
        for position in all.indices.reversed() {
            above[position] = running
            if all[position].shape == .explicit, all[position].order >= 0 {
                running = min(running, all[position].order)
            }
        }
        let candidates = all.indices.filter { position in
            let candidate = all[position]
            return candidate.shape != .explicit && !explicitNotes.contains(candidate.marker)
                && candidate.order > below[position] && candidate.order < above[position]
        }.map { all[$0] }
        let chain = risingChain(candidates)
        var chosen: [Candidate] = []
        var cited: Set<String> = []
        // Candidates come in reading order, so one can only overlap the last one taken.
        var takenEnd: (leaf: Int, end: Int) = (-1, 0)
        var next = 0
        for candidate in all {
            let overlaps = takenEnd.leaf == candidate.leaf && candidate.bounds.lowerBound < takenEnd.end
            guard !overlaps else { continue }
            var isFirst = candidate.shape == .explicit
            if !isFirst, next < chain.count, chain[next].leaf == candidate.leaf,
                chain[next].bounds == candidate.bounds, chain[next].marker == candidate.marker
            {
                isFirst = true
                next += 1
            }
            // A repeated reference: a firm candidate of a note already cited.
            let isRepeat = !isFirst && cited.contains(candidate.marker) && candidate.shape == .punctuation
            guard isFirst || isRepeat else { continue }
            chosen.append(candidate)
            cited.insert(candidate.marker)
            takenEnd = (candidate.leaf, candidate.bounds.upperBound)
        }
        return chosen + outOfOrder(all, chosen: chosen, cited: cited)
    }

    /// Notes that no chosen marker cites, each cited by the one candidate the text has for it
    /// (a year with a digit glued on excepted): markers written out of order ("Convention 2 …
    /// session,1") are markers still, and the order rule reports them where they stand.
    private func outOfOrder(_ all: [Candidate], chosen: [Candidate], cited: Set<String>) -> [Candidate] {
        var byNote: [String: [Candidate]] = [:]
        for candidate in all where !cited.contains(candidate.marker) && candidate.shape != .year {
            byNote[candidate.marker, default: []].append(candidate)
        }
        var added: [Candidate] = []
        for (_, candidates) in byNote.sorted(by: { $0.key < $1.key }) where candidates.count == 1 {
            let candidate = candidates[0]
            let overlaps = (chosen + added).contains {
                $0.leaf == candidate.leaf && $0.bounds.overlaps(candidate.bounds)
            }
            guard !overlaps else { continue }
            added.append(candidate)
        }
        return added
    }

    /// The heaviest chain of candidates whose notes rise in reading order.
    private func risingChain(_ candidates: [Candidate]) -> [Candidate] {
        guard !candidates.isEmpty else { return [] }
        // Weight: a note covered counts far more than a firmer shape; an explicit marker is
        // always in the chain.
        func weight(_ candidate: Candidate) -> Int { 100 + candidate.shape.rawValue }
        // Weighted longest increasing subsequence by note order, in reading order, with a
        // Fenwick tree of the best chain ending below each order: O(n log n).
        let size = (known.values.max() ?? 0) + 1
        var tree = [(weight: Int, index: Int)](repeating: (0, -1), count: size + 1)
        func best(below order: Int) -> (weight: Int, index: Int) {
            var result = (weight: 0, index: -1)
            var position = order
            while position > 0 {
                if tree[position].weight > result.weight { result = tree[position] }
                position -= position & -position
            }
            return result
        }
        func record(_ order: Int, _ value: (weight: Int, index: Int)) {
            var position = order + 1
            while position <= size {
                if value.weight > tree[position].weight { tree[position] = value }
                position += position & -position
            }
        }
        var total = [Int](repeating: 0, count: candidates.count)
        var previous = [Int](repeating: -1, count: candidates.count)
        // Candidates at one place (the same leaf and start) must not chain onto each other.
        var index = 0
        while index < candidates.count {
            var end = index
            while end < candidates.count, candidates[end].leaf == candidates[index].leaf,
                candidates[end].bounds.lowerBound == candidates[index].bounds.lowerBound
            {
                end += 1
            }
            for current in index..<end {
                let before = best(below: candidates[current].order)
                total[current] = before.weight + weight(candidates[current])
                previous[current] = before.index
            }
            for current in index..<end { record(candidates[current].order, (total[current], current)) }
            index = end
        }
        var last = total.indices.max { total[$0] < total[$1] } ?? -1
        var chain: [Candidate] = []
        while last >= 0 {
            chain.append(candidates[last])
            last = previous[last]
        }
        return chain.reversed()
    }

    // MARK: - Candidates

    private func candidates(in text: [Unicode.Scalar], leaf: Int) -> [Candidate] {
        var result: [Candidate] = []
        var index = 0
        while index < text.count {
            let scalar = text[index]
            if scalar == "[", let (marker, end) = Self.explicit(text, at: index) {
                // Written as a marker, it is one, even of a note that is not there (a fault the
                // footnote rules report).
                let order = known[marker] ?? -1
                result.append(
                    Candidate(leaf: leaf, bounds: index..<end, marker: marker, order: order, shape: .explicit))
                index = end
                continue
            }
            guard scalar.isDigit, index == 0 || !text[index - 1].isDigit else {
                index += 1
                continue
            }
            var end = index
            while end < text.count, text[end].isDigit { end += 1 }
            result += bare(text, from: index, to: end, leaf: leaf)
            index = end
        }
        return result
    }

    /// `[^k]` at `index`: the marker and the end of the bracket.
    private static func explicit(_ text: [Unicode.Scalar], at index: Int) -> (String, Int)? {
        guard index + 1 < text.count, text[index + 1] == "^" else { return nil }
        var end = index + 2
        while end < text.count, text[end] != "]", end - index < 12 { end += 1 }
        guard end < text.count, text[end] == "]", end > index + 2 else { return nil }
        return (String(scalars: text[(index + 2)..<end]), end + 1)
    }

    /// The candidates a run of digits `start..<end` offers (none, one, or a year's marker).
    private func bare(_ text: [Unicode.Scalar], from start: Int, to end: Int, leaf: Int) -> [Candidate] {
        guard start > 0 else { return [] }
        let digits = String(scalars: text[start..<end])
        let before = text[start - 1]
        // What follows: the end, a space, punctuation and a space, or (a lost space) a word.
        guard Self.canFollowMarker(text, at: end) else { return [] }
        var found: [Candidate] = []
        func add(_ marker: String, _ bounds: Range<Int>, _ shape: Shape) {
            if let order = known[marker] {
                found.append(Candidate(leaf: leaf, bounds: bounds, marker: marker, order: order, shape: shape))
            }
        }
        if ",;:.)”’\"".unicodeScalars.contains(before) {
            let numberBefore = start >= 2 && text[start - 2].isDigit && (before == "," || before == ".")
            // "1,000", "3.5", "A.2": a number or a symbol goes on.
            guard !(numberBefore && (digits.count == 3 || before == ".")) else { return [] }
            if before == ".", start >= 2, text[start - 2].isUpper { return [] }
            add(digits, start..<end, .punctuation)
            return found
        }
        if before.isLetter, !Self.symbolBefore(text, at: start) {
            // "Treaty1", but not "A/RES/58/1" or "Vol2".
            if before.isLower || (start >= 2 && text[start - 2].isLower) {
                add(digits, start..<end, .glued)
            }
            return found
        }
        // A year with the marker glued on: "of 19721", "201931".
        if digits.count > 4, Self.isYear(digits.prefix(4)), !"/-".unicodeScalars.contains(before) {
            let marker = String(digits.dropFirst(4))
            add(marker, (start + 4)..<end, .year)
        }
        if before == " ", start >= 2, !Self.isQuantity(text, from: end), !Self.isReference(text, at: start) {
            let afterYear =
                start >= 6 && Self.isYear(String(scalars: text[(start - 5)..<(start - 1)])[...])
                && (start < 6 || !text[start - 6].isDigit)
            if !text[start - 2].isDigit || afterYear {
                add(digits, start..<end, .alone)
            }
        }
        return found
    }

    private static func isYear(_ digits: Substring) -> Bool {
        guard digits.count == 4, let year = Int(digits) else { return false }
        return (1900...2099).contains(year)
    }

    /// A marker is followed by the end, a space, closing punctuation, or a word glued on by a
    /// lost space ("8and"; not an ordinal "21st" or a plural "1990s").
    private static func canFollowMarker(_ text: [Unicode.Scalar], at index: Int) -> Bool {
        guard index < text.count else { return true }
        let next = text[index]
        if next == " " { return true }
        if ",;:.)".unicodeScalars.contains(next) {
            return index + 1 == text.count || text[index + 1] == " " || text[index + 1] == "”"
        }
        guard next.isLower else { return false }
        var end = index
        while end < text.count, text[end].isLetter { end += 1 }
        let word = String(scalars: text[index..<end])
        return word.count >= 2
            && !["st", "nd", "rd", "th", "s", "km", "kg", "am", "pm", "bis", "ter", "ème", "er"].contains(word)
    }

    /// Letters, then digits, in a symbol or a code: "E/CN.4", "CAC/COSP", "Vol2" after a capital.
    private static func symbolBefore(_ text: [Unicode.Scalar], at start: Int) -> Bool {
        var index = start - 1
        while index >= 0, text[index].isLetter { index -= 1 }
        guard index >= 0, "/.-_".unicodeScalars.contains(text[index]) else { return false }
        // After a hyphen, a word in lower case is a compound ("Secretary-General5"), not a symbol.
        return text[index] != "-" || !text[(index + 1)..<start].contains(where: \.isLower)
    }

    /// The word before makes a bare number a reference or a quantity ("paragraph 3", "from 3").
    private static func isReference(_ text: [Unicode.Scalar], at start: Int) -> Bool {
        BlockShape.referenceWords.contains(TextPatterns.wordBefore(text, at: start))
    }

    /// True when the word after a bare number makes it a quantity or a date ("5 years", "1 January").
    private static func isQuantity(_ text: [Unicode.Scalar], from index: Int) -> Bool {
        var start = index
        while start < text.count, text[start] == " " { start += 1 }
        var end = start
        while end < text.count, text[end].isLetter || text[end] == "%" { end += 1 }
        let word = String(scalars: text[start..<end]).lowercased()
        if start < text.count, text[start].isDigit { return false }
        return units.contains(word) || months.contains(word)
    }

    private static let units: Set<String> = [
        "per", "percent", "%", "years", "year", "months", "month", "days", "day", "weeks", "week", "hours",
        "million", "billion", "thousand", "hundred", "times", "countries", "states", "members", "persons",
        "people", "members", "parties", "cases", "women", "men", "children",
    ]

    private static let months: Set<String> = Set(UNDate.months.map { $0.lowercased() })
}
