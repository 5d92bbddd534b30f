import Synchronization

/// One paragraph or subparagraph as rules read it: its reading text, where it stands, and how
/// to turn a place in the text back into a place in the file.
public struct TextUnit: Sendable {
    /// Where the unit stands in the document.
    public enum Role: Sendable, Equatable {
        case preamble
        case operative
        case annex(Int)
    }

    public let role: Role
    public let paragraph: Paragraph
    /// Labels from the top paragraph down, e.g. ["5", "(a)"]; empty for preambular paragraphs.
    public let labels: [String]
    /// 1-based position in its section (top-level paragraphs) or in its parent (subparagraphs).
    public let index: Int
    /// True for a subparagraph.
    public let isSubparagraph: Bool
    /// The file the text was read from, to place its scalars.
    private let source: SourceText
    /// The file position of each Unicode scalar of `paragraph.text`, worked out when a rule first
    /// asks for a range: most units have no finding and never need them.
    private let located = LocatedPositions()
    /// The last index turned into a scalar offset, and its offset.
    private let cursor: OffsetCursor

    private var positions: ScalarPositions {
        located.positions { Self.locate(paragraph, in: source) }
    }

    init(
        role: Role, paragraph: Paragraph, labels: [String], index: Int, isSubparagraph: Bool, source: SourceText
    ) {
        self.role = role
        self.paragraph = paragraph
        self.labels = labels
        self.index = index
        self.isSubparagraph = isSubparagraph
        self.source = source
        cursor = OffsetCursor(paragraph.text.startIndex)
    }

    public var text: String { paragraph.text }

    /// How a message names the unit: "operative paragraph 5 (a)", "preambular paragraph 3".
    public var name: String {
        switch role {
        case .preamble: "preambular paragraph \(index)"
        case .operative: "operative paragraph \(labels.joined(separator: " "))"
        case .annex: "annex paragraph \(labels.joined(separator: " "))"
        }
    }

    /// The file range of the text's scalars `bounds` (offsets in Unicode scalars).
    public func range(scalars bounds: Range<Int>) -> SourceRange {
        let positions = positions
        guard positions.count > 0 else { return paragraph.range }
        let lower = min(max(bounds.lowerBound, 0), positions.count - 1)
        let upper = min(max(bounds.upperBound - 1, lower), positions.count - 1)
        let last = positions[upper]
        return SourceRange(start: positions[lower], end: SourcePosition(line: last.line, column: last.column + 1))
    }

    /// The file range of a range of the text.
    public func range(_ bounds: Range<String.Index>) -> SourceRange {
        let lower = scalarOffset(bounds.lowerBound)
        let upper = scalarOffset(bounds.upperBound)
        return range(scalars: lower..<max(upper, lower + 1))
    }

    /// The scalar offset of an index of the text, counted on from the last one asked for when it
    /// lies beyond it: a rule's findings come in order, so a paragraph with many findings costs
    /// time in proportion to its length, not to its length times its findings.
    private func scalarOffset(_ index: String.Index) -> Int {
        let scalars = text.unicodeScalars
        return cursor.state.withLock { cursor in
            // Counted from the cursor or from the start, whichever is nearer (UTF-8 distances
            // are free to measure in a native string).
            let fromCursor = abs(text.utf8.distance(from: cursor.index, to: index))
            let fromStart = text.utf8.distance(from: text.utf8.startIndex, to: index)
            let offset =
                fromCursor < fromStart
                ? cursor.offset + scalars.distance(from: cursor.index, to: index)
                : scalars.distance(from: scalars.startIndex, to: index)
            cursor = (index, offset)
            return offset
        }
    }

    /// True when the characters of `bounds` stand together on one line of the file, so that a
    /// fix may replace them.
    public func isContiguous(_ bounds: Range<String.Index>) -> Bool {
        let lower = scalarOffset(bounds.lowerBound)
        let upper = scalarOffset(bounds.upperBound)
        let positions = positions
        guard lower < upper, upper <= positions.count else { return false }
        return positions.run(at: lower) == positions.run(at: upper - 1)
    }

    /// True when the scalars `bounds` of the text stand together on one line of the file.
    public func isContiguous(scalars bounds: Range<Int>) -> Bool {
        let positions = positions
        guard bounds.lowerBound < bounds.upperBound, bounds.upperBound <= positions.count else { return false }
        return positions.run(at: bounds.lowerBound) == positions.run(at: bounds.upperBound - 1)
    }

    /// The position of every text scalar, from the paragraph's segments: a scalar that is not the
    /// next one of a segment is a space the reader inserted between lines.
    private static func locate(_ paragraph: Paragraph, in source: SourceText) -> ScalarPositions {
        func scalar(_ line: Int, _ column: Int) -> Unicode.Scalar? {
            guard line >= 1, line <= source.lines.count, column >= 1, column <= source.lines[line - 1].count else {
                return nil
            }
            return source.lines[line - 1][column - 1]
        }
        var result = ScalarPositions()
        var next = 0
        var line = 0
        var column = 0
        var end = 0
        var last = paragraph.range.start
        for character in paragraph.text.unicodeScalars {
            if column >= end, next < paragraph.segments.count {
                let segment = paragraph.segments[next]
                if scalar(segment.start.line, segment.start.column) == character {
                    next += 1
                    (line, column, end) = (segment.start.line, segment.start.column, segment.end.column)
                }
            }
            if column < end, scalar(line, column) == character {
                last = SourcePosition(line: line, column: column)
                column += 1
            } else {
                last = SourcePosition(line: last.line, column: last.column + 1)
            }
            result.append(last)
        }
        return result
    }
}

/// The last index of a unit's text turned into a scalar offset (the lock keeps `TextUnit`
/// `Sendable`).
final class OffsetCursor: Sendable {
    let state: Mutex<(index: String.Index, offset: Int)>

    init(_ start: String.Index) { state = Mutex((start, 0)) }
}

/// The positions of a unit's scalars, computed once on first use (the lock keeps `TextUnit`
/// `Sendable`; a document is linted on one thread).
final class LocatedPositions: Sendable {
    private let cache = Mutex<ScalarPositions?>(nil)

    func positions(_ compute: () -> ScalarPositions) -> ScalarPositions {
        cache.withLock { cached in
            if let cached { return cached }
            let computed = compute()
            cached = computed
            return computed
        }
    }
}

/// The file positions of a text's scalars, kept as runs in which each scalar stands one column
/// after the one before: a few runs per paragraph, not one position per scalar.
struct ScalarPositions: Sendable {
    /// Scalar offset where each run starts, and the position of that scalar.
    private var starts: [Int] = []
    private var firsts: [SourcePosition] = []
    private(set) var count = 0
    private var last: SourcePosition?

    mutating func append(_ position: SourcePosition) {
        let follows = last.map { position.line == $0.line && position.column == $0.column + 1 } ?? false
        if !follows {
            starts.append(count)
            firsts.append(position)
        }
        last = position
        count += 1
    }

    /// The run that holds scalar `index`.
    func run(at index: Int) -> Int {
        var low = 0
        var high = starts.count - 1
        while low < high {
            let middle = (low + high + 1) / 2
            if starts[middle] <= index { low = middle } else { high = middle - 1 }
        }
        return low
    }

    subscript(index: Int) -> SourcePosition {
        let run = run(at: index)
        return SourcePosition(line: firsts[run].line, column: firsts[run].column + (index - starts[run]))
    }
}
