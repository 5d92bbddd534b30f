/// Text assembled from pieces of the file in which every character remembers where it came from,
/// so that the reading text can be cut, joined and cleaned without losing its source ranges.
struct MappedText: Sendable {
    private(set) var scalars: [Unicode.Scalar] = []
    /// The file position of each scalar, packed (see `Place`); a separator the reader inserted
    /// takes the position just after the scalar before it.
    private var places: [Place] = []
    /// False for separators the reader inserted between lines.
    private(set) var fromSource: [Bool] = []

    init() {}

    /// A position in 8 bytes rather than 16: the reader keeps one per character.
    private struct Place {
        var line: UInt32
        var column: UInt32

        init(_ position: SourcePosition) {
            line = UInt32(truncatingIfNeeded: position.line)
            column = UInt32(truncatingIfNeeded: position.column)
        }

        var position: SourcePosition { SourcePosition(line: Int(line), column: Int(column)) }
    }

    /// The file position of the character at `index`.
    func position(at index: Int) -> SourcePosition { places[index].position }

    var isEmpty: Bool { scalars.isEmpty }
    var count: Int { scalars.count }
    var string: String { String(scalars: scalars) }

    /// From the first to just after the last character.
    var range: SourceRange? {
        guard let first = places.first?.position, let last = places.last?.position else { return nil }
        return SourceRange(start: first, end: SourcePosition(line: last.line, column: last.column + 1))
    }

    /// The runs of characters that are contiguous in the file.
    var segments: [SourceRange] {
        var result: [SourceRange] = []
        var start: SourcePosition?
        var previous: SourcePosition?
        for (index, place) in places.enumerated() where fromSource[index] {
            let position = place.position
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
        let first = places[bounds.lowerBound].position
        let last = places[bounds.upperBound - 1].position
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
            places.append(Place(SourcePosition(line: lineNumber, column: column + 1)))
            fromSource.append(true)
        }
    }

    /// Appends another mapped text, joined with a space.
    mutating func append(_ other: MappedText) {
        guard !other.isEmpty else { return }
        if !isEmpty { appendSeparator() }
        scalars += other.scalars
        places += other.places
        fromSource += other.fromSource
    }

    private mutating func appendSeparator() {
        guard var last = places.last else { return }
        last.column += 1
        scalars.append(" ")
        places.append(last)
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
        result.places = Array(places[lower..<upper])
        result.fromSource = Array(fromSource[lower..<upper])
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
        var offsets: [Int] = []
        var keptScalars: [Unicode.Scalar] = []
        var keptPlaces: [Place] = []
        var keptSource: [Bool] = []
        keptScalars.reserveCapacity(scalars.count)
        keptPlaces.reserveCapacity(scalars.count)
        keptSource.reserveCapacity(scalars.count)
        var nextRange = 0
        for index in scalars.indices {
            while nextRange < ranges.count, ranges[nextRange].lowerBound == index {
                offsets.append(keptScalars.count)
                nextRange += 1
            }
            guard !drop[index] else { continue }
            keptScalars.append(scalars[index])
            keptPlaces.append(places[index])
            keptSource.append(fromSource[index])
        }
        if keptScalars.last == " " {
            keptScalars.removeLast()
            keptPlaces.removeLast()
            keptSource.removeLast()
        }
        scalars = keptScalars
        places = keptPlaces
        fromSource = keptSource
        return offsets.map { min($0, scalars.count) }
    }

    /// Closes up a hyphen that a line wrap left followed by a space inside a line
    /// ("Nuclear- Weapon-Free" → "Nuclear-Weapon-Free"), unless the next word is "and", "or" or
    /// "to", as in "pre- and post-conflict"; likewise an en dash between numbers ("2024– 2034").
    mutating func closeWrappedHyphens() {
        var spaces: [Range<Int>] = []
        var index = 1
        while index + 2 < scalars.count {
            let wordHyphen =
                scalars[index].isHyphen && scalars[index - 1].properties.isAlphabetic
                && scalars[index + 2].properties.isAlphabetic && !Self.startsWithConjunction(scalars, at: index + 2)
            let numberDash = scalars[index] == "–" && scalars[index - 1].isDigit && scalars[index + 2].isDigit
            if scalars[index + 1] == " ", wordHyphen || numberDash { spaces.append((index + 1)..<(index + 2)) }
            index += 1
        }
        guard !spaces.isEmpty else { return }
        let drop = Set(spaces.map(\.lowerBound))
        let kept = scalars.indices.filter { !drop.contains($0) }
        scalars = kept.map { scalars[$0] }
        places = kept.map { places[$0] }
        fromSource = kept.map { fromSource[$0] }
    }

    private static func startsWithConjunction(_ scalars: [Unicode.Scalar], at index: Int) -> Bool {
        var end = index
        while end < scalars.count, scalars[end].properties.isAlphabetic { end += 1 }
        let word = String(scalars: scalars[index..<end])
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
