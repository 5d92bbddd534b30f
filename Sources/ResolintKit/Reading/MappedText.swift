/// Text assembled from pieces of the file in which every character remembers where it came from,
/// so that the reading text can be cut, joined and cleaned without losing its source ranges.
struct MappedText: Sendable {
    private(set) var scalars: [Unicode.Scalar] = []
    /// The file position of each scalar; a separator the reader inserted takes the position just
    /// after the scalar before it.
    private(set) var positions: [SourcePosition] = []
    /// False for separators the reader inserted between lines.
    private(set) var fromSource: [Bool] = []

    init() {}

    var isEmpty: Bool { scalars.isEmpty }
    var count: Int { scalars.count }
    var string: String { String(String.UnicodeScalarView(scalars)) }

    /// From the first to just after the last character.
    var range: SourceRange? {
        guard let first = positions.first, let last = positions.last else { return nil }
        return SourceRange(start: first, end: SourcePosition(line: last.line, column: last.column + 1))
    }

    /// The runs of characters that are contiguous in the file.
    var segments: [SourceRange] {
        var result: [SourceRange] = []
        var start: SourcePosition?
        var previous: SourcePosition?
        for (index, position) in positions.enumerated() where fromSource[index] {
            if let prev = previous, prev.line == position.line, prev.column + 1 == position.column {
                previous = position
                continue
            }
            if let start, let prev = previous {
                result.append(SourceRange(start: start, end: SourcePosition(line: prev.line, column: prev.column + 1)))
            }
            start = position
            previous = position
        }
        if let start, let prev = previous {
            result.append(SourceRange(start: start, end: SourcePosition(line: prev.line, column: prev.column + 1)))
        }
        return result
    }

    /// The range of the characters in `bounds`.
    func range(of bounds: Range<Int>) -> SourceRange {
        let first = positions[bounds.lowerBound]
        let last = positions[bounds.upperBound - 1]
        return SourceRange(start: first, end: SourcePosition(line: last.line, column: last.column + 1))
    }

    /// Appends the characters `columns` (0-based) of a file line, trimmed of outer white space,
    /// joining it to what is there with a space, or with nothing after a line-end hyphen.
    mutating func appendLine(_ line: [Unicode.Scalar], lineNumber: Int, columns: Range<Int>) {
        var lower = columns.lowerBound
        var upper = columns.upperBound
        while lower < upper, line[lower].isSpace { lower += 1 }
        while upper > lower, line[upper - 1].isSpace { upper -= 1 }
        guard lower < upper else { return }
        if let last = scalars.last {
            let hyphenated =
                last.isHyphen && scalars.count >= 2 && scalars[scalars.count - 2].properties.isAlphabetic
                && line[lower].properties.isAlphabetic
            if !hyphenated { appendSeparator() }
        }
        for column in lower..<upper {
            let scalar = line[column]
            if scalar.isSpace, scalars.last?.isSpace == true { continue }
            scalars.append(scalar.isSpace ? " " : scalar)
            positions.append(SourcePosition(line: lineNumber, column: column + 1))
            fromSource.append(true)
        }
    }

    /// Appends another mapped text, joined with a space.
    mutating func append(_ other: MappedText) {
        guard !other.isEmpty else { return }
        if !isEmpty { appendSeparator() }
        scalars += other.scalars
        positions += other.positions
        fromSource += other.fromSource
    }

    private mutating func appendSeparator() {
        guard let last = positions.last else { return }
        scalars.append(" ")
        positions.append(SourcePosition(line: last.line, column: last.column + 1))
        fromSource.append(false)
    }

    /// The characters in `bounds`, trimmed of spaces at both ends.
    func slice(_ bounds: Range<Int>) -> MappedText {
        var lower = bounds.lowerBound
        var upper = bounds.upperBound
        while lower < upper, scalars[lower] == " " { lower += 1 }
        while upper > lower, scalars[upper - 1] == " " { upper -= 1 }
        var result = MappedText()
        result.scalars = Array(scalars[lower..<upper])
        result.positions = Array(positions[lower..<upper])
        result.fromSource = Array(fromSource[lower..<upper])
        return result
    }

    /// Removes the characters in `bounds` (and a space they leave doubled).
    mutating func remove(_ bounds: Range<Int>) {
        var upper = bounds.upperBound
        let lower = bounds.lowerBound
        let spaceBefore = lower == 0 || scalars[lower - 1] == " "
        if spaceBefore, upper < scalars.count, scalars[upper] == " " { upper += 1 }
        scalars.removeSubrange(lower..<upper)
        positions.removeSubrange(lower..<upper)
        fromSource.removeSubrange(lower..<upper)
        if scalars.last == " " {
            scalars.removeLast()
            positions.removeLast()
            fromSource.removeLast()
        }
    }

    /// Closes up a hyphen that a line wrap left followed by a space inside a line
    /// ("Nuclear- Weapon-Free" → "Nuclear-Weapon-Free"), unless the next word is "and", "or" or
    /// "to", as in "pre- and post-conflict"; likewise an en dash between numbers ("2024– 2034").
    mutating func closeWrappedHyphens() {
        var index = 1
        while index + 2 < scalars.count {
            let wordHyphen =
                scalars[index].isHyphen && scalars[index - 1].properties.isAlphabetic
                && scalars[index + 2].properties.isAlphabetic && !Self.startsWithConjunction(scalars, at: index + 2)
            let numberDash = scalars[index] == "–" && scalars[index - 1].isDigit && scalars[index + 2].isDigit
            if scalars[index + 1] == " ", wordHyphen || numberDash {
                scalars.remove(at: index + 1)
                positions.remove(at: index + 1)
                fromSource.remove(at: index + 1)
            }
            index += 1
        }
    }

    private static func startsWithConjunction(_ scalars: [Unicode.Scalar], at index: Int) -> Bool {
        var end = index
        while end < scalars.count, scalars[end].properties.isAlphabetic { end += 1 }
        let word = String(String.UnicodeScalarView(scalars[index..<end]))
        return ["and", "or", "to", "nor"].contains(word)
    }
}

extension Unicode.Scalar {
    /// Space or tab; no-break spaces are text and are kept as they are.
    var isSpace: Bool { self == " " || self == "\t" }

    /// A hyphen: ASCII, U+2010 or the non-breaking U+2011.
    var isHyphen: Bool { self == "-" || self == "\u{2010}" || self == "\u{2011}" }

    var isDigit: Bool { ("0"..."9").contains(self) }
}
