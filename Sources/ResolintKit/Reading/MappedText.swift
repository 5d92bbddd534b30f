/// Text assembled from pieces of the file in which every character remembers where it came from,
/// so that the reading text can be cut, joined and cleaned without losing its source ranges.
///
/// Positions are kept per run, not per character: a run is a stretch of characters that stand
/// side by side on one line of the file, or one separator the reader inserted. A paragraph of
/// wrapped lines is a few runs, whatever its length.
struct MappedText: Sendable {
    private(set) var scalars: [Unicode.Scalar] = []
    /// Sorted by `start`; each run ends where the next starts (the last at `scalars.count`).
    private var runs: [Run] = []

    init() {}

    /// Characters from `start` on that follow each other in the file from `line`:`column`, or,
    /// when not `fromSource`, one separator placed just after the character before it.
    private struct Run {
        var start: Int
        var line: Int
        var column: Int
        var fromSource: Bool
    }

    /// The run that holds the character at `index`.
    private func run(at index: Int) -> Int {
        var low = 0
        var high = runs.count - 1
        while low < high {
            let middle = (low + high + 1) / 2
            if runs[middle].start <= index { low = middle } else { high = middle - 1 }
        }
        return low
    }

    private func end(ofRun index: Int) -> Int {
        index + 1 < runs.count ? runs[index + 1].start : scalars.count
    }

    /// The file position of the character at `index`.
    func position(at index: Int) -> SourcePosition {
        let run = runs[run(at: index)]
        return SourcePosition(line: run.line, column: run.column + (index - run.start))
    }

    var isEmpty: Bool { scalars.isEmpty }
    var count: Int { scalars.count }
    var string: String { String(scalars: scalars) }

    /// From the first to just after the last character in the file, wherever they stand in
    /// the text (a paragraph number a PDF extraction displaced after the first line comes first
    /// in the text but not in the file).
    var range: SourceRange? {
        guard !scalars.isEmpty else { return nil }
        let last = position(at: scalars.count - 1)
        var start = position(at: 0)
        var end = SourcePosition(line: last.line, column: last.column + 1)
        for run in runs where run.fromSource {
            start = min(start, SourcePosition(line: run.line, column: run.column))
        }
        if let final = segments.max(by: { $0.end < $1.end }) { end = max(end, final.end) }
        return SourceRange(start: start, end: end)
    }

    /// The runs of characters that are contiguous in the file.
    var segments: [SourceRange] {
        var result: [SourceRange] = []
        for (index, run) in runs.enumerated() where run.fromSource {
            let end = SourcePosition(line: run.line, column: run.column + (end(ofRun: index) - run.start))
            if let last = result.last, last.end == SourcePosition(line: run.line, column: run.column) {
                result[result.count - 1].end = end
            } else {
                result.append(SourceRange(start: SourcePosition(line: run.line, column: run.column), end: end))
            }
        }
        return result
    }

    /// The range of the characters in `bounds`.
    func range(of bounds: Range<Int>) -> SourceRange {
        let last = position(at: bounds.upperBound - 1)
        return SourceRange(
            start: position(at: bounds.lowerBound), end: SourcePosition(line: last.line, column: last.column + 1))
    }

    /// Appends one character at `position`, extending the last run when it follows on.
    private mutating func append(_ scalar: Unicode.Scalar, at position: SourcePosition, fromSource: Bool) {
        if fromSource, let last = runs.last, last.fromSource, last.line == position.line,
            last.column + (scalars.count - last.start) == position.column
        {
            scalars.append(scalar)
            return
        }
        runs.append(Run(start: scalars.count, line: position.line, column: position.column, fromSource: fromSource))
        scalars.append(scalar)
    }

    /// Appends the characters `columns` (0-based) of a file line, trimmed of outer white space,
    /// joining it to what is there with a space, or with nothing after a line-end hyphen.
    ///
    /// With `joined`, the characters continue the text as they stand (a piece of the same line
    /// after markup left out): no space is added and none is trimmed between the pieces.
    mutating func appendLine(
        _ line: [Unicode.Scalar], lineNumber: Int, columns: Range<Int>, joined: Bool = false, continued: Bool = false
    ) {
        var lower = columns.lowerBound
        var upper = columns.upperBound
        if !joined || scalars.isEmpty || scalars.last == " " {
            while lower < upper, line[lower].isSpace { lower += 1 }
        }
        // Spaces at the end go, but for a piece that more of the same line continues (after
        // markup left out): there they are the word space.
        while upper > lower, line[upper - 1].isSpace, !continued { upper -= 1 }
        guard lower < upper else { return }
        if !joined, let last = scalars.last, last != " " {
            let hyphenated =
                last.isHyphen && scalars.count >= 2 && scalars[scalars.count - 2].isLetter
                && line[lower].isLetter
            if !hyphenated { appendSeparator() }
        }
        scalars.reserveCapacity(scalars.count + upper - lower)
        runs.append(Run(start: scalars.count, line: lineNumber, column: lower + 1, fromSource: true))
        var column = lower
        while column < upper {
            let scalar = line[column]
            if scalar.isSpace {
                // One space for a run of spaces and tabs; the run of positions breaks after it.
                scalars.append(" ")
                column += 1
                guard column < upper, line[column].isSpace else { continue }
                while column < upper, line[column].isSpace { column += 1 }
                runs.append(Run(start: scalars.count, line: lineNumber, column: column + 1, fromSource: true))
            } else {
                scalars.append(scalar)
                column += 1
            }
        }
    }

    /// Appends another mapped text, joined with a space.
    mutating func append(_ other: MappedText) {
        guard !other.isEmpty else { return }
        if !isEmpty { appendSeparator() }
        let offset = scalars.count
        scalars += other.scalars
        runs += other.runs.map {
            Run(start: $0.start + offset, line: $0.line, column: $0.column, fromSource: $0.fromSource)
        }
    }

    private mutating func appendSeparator() {
        guard let last = scalars.indices.last else { return }
        let position = position(at: last)
        append(" ", at: SourcePosition(line: position.line, column: position.column + 1), fromSource: false)
    }

    /// The characters in `bounds`, trimmed of spaces at both ends.
    func slice(_ bounds: Range<Int>) -> MappedText {
        var lower = bounds.lowerBound
        var upper = bounds.upperBound
        while lower < upper, scalars[lower] == " " { lower += 1 }
        while upper > lower, scalars[upper - 1] == " " { upper -= 1 }
        return keeping { lower..<upper ~= $0 }
    }

    /// The text with only the characters whose index passes `keep`, each with its position.
    private func keeping(_ keep: (Int) -> Bool) -> MappedText {
        var result = MappedText()
        result.scalars.reserveCapacity(scalars.count)
        for (number, run) in runs.enumerated() {
            for index in run.start..<end(ofRun: number) where keep(index) {
                let position = SourcePosition(line: run.line, column: run.column + (index - run.start))
                result.append(scalars[index], at: position, fromSource: run.fromSource)
            }
        }
        return result
    }

    /// Removes the characters in each of `ranges` (sorted, not overlapping), with a space that a
    /// removal leaves doubled or trailing, in one pass. Returns, for each range, the index in the
    /// new text of the character that followed it.
    mutating func remove(_ ranges: [Range<Int>]) -> [Int] {
        guard !ranges.isEmpty else { return [] }
        var drop = [Bool](repeating: false, count: scalars.count)
        for range in ranges {
            for index in range { drop[index] = true }
            var before = range.lowerBound - 1
            while before >= 0, drop[before] { before -= 1 }
            let spaceBefore = before < 0 || scalars[before] == " "
            if spaceBefore, range.upperBound < scalars.count, scalars[range.upperBound] == " " {
                drop[range.upperBound] = true
            }
        }
        // A space left at the very end goes too.
        var lastKept = scalars.count - 1
        while lastKept >= 0, drop[lastKept] { lastKept -= 1 }
        if lastKept >= 0, scalars[lastKept] == " " { drop[lastKept] = true }
        var offsets: [Int] = []
        var kept = 0
        var nextRange = 0
        for index in scalars.indices {
            while nextRange < ranges.count, ranges[nextRange].lowerBound == index {
                offsets.append(kept)
                nextRange += 1
            }
            if !drop[index] { kept += 1 }
        }
        self = keeping { !drop[$0] }
        return offsets.map { min($0, scalars.count) }
    }

    /// Closes up a hyphen that a line wrap left followed by a space inside a line
    /// ("Nuclear- Weapon-Free" → "Nuclear-Weapon-Free"), unless the next word is "and", "or" or
    /// "to", as in "pre- and post-conflict"; likewise an en dash between numbers ("2024– 2034").
    mutating func closeWrappedHyphens() {
        var drop: Set<Int> = []
        var index = 1
        while index + 2 < scalars.count {
            if scalars[index + 1] == " " {
                let wordHyphen =
                    scalars[index].isHyphen && scalars[index - 1].isLetter
                    && scalars[index + 2].isLetter && !Self.startsWithConjunction(scalars, at: index + 2)
                let numberDash = scalars[index] == "–" && scalars[index - 1].isDigit && scalars[index + 2].isDigit
                if wordHyphen || numberDash { drop.insert(index + 1) }
            }
            index += 1
        }
        guard !drop.isEmpty else { return }
        self = keeping { !drop.contains($0) }
    }

    private static func startsWithConjunction(_ scalars: [Unicode.Scalar], at index: Int) -> Bool {
        var end = index
        while end < scalars.count, scalars[end].isLetter { end += 1 }
        let word = String(scalars: scalars[index..<end])
        return ["and", "or", "to", "nor"].contains(word)
    }
}

extension Unicode.Scalar {
    /// Space or tab; no-break spaces are text and are kept as they are.
    /// A space, a tab, or a form feed (a page break is no text; `PageFurniture` reads it).
    var isSpace: Bool { self == " " || self == "\t" || self == "\u{0C}" }

    /// Unicode's White_Space property, without its table lookup for ASCII, where nearly every
    /// scalar of a resolution is.
    package var isWhitespaceScalar: Bool {
        value < 0x80 ? (value == 0x20 || (0x09...0x0D).contains(value)) : properties.isWhitespace
    }

    /// A hyphen: ASCII, U+2010 or the non-breaking U+2011.
    var isHyphen: Bool { self == "-" || self == "\u{2010}" || self == "\u{2011}" }

    var isDigit: Bool { ("0"..."9").contains(self) }

    // Letter tests with an ASCII fast path: the Unicode property tables cost a lookup per call,
    // and almost every scalar of a resolution is ASCII.

    /// A letter (Unicode Alphabetic).
    var isLetter: Bool {
        value < 0x80 ? (0x41...0x5A).contains(value) || (0x61...0x7A).contains(value) : properties.isAlphabetic
    }

    /// An upper-case letter.
    var isUpper: Bool { value < 0x80 ? (0x41...0x5A).contains(value) : properties.isUppercase }

    /// A lower-case letter.
    var isLower: Bool { value < 0x80 ? (0x61...0x7A).contains(value) : properties.isLowercase }
}
