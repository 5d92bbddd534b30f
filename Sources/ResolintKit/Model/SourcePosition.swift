/// A place in the file the user gave: a 1-based line and a 1-based column.
///
/// A column counts Unicode scalar values (code points) from the start of the line, so `é` and
/// `‑` (U+2011) are one column each whatever their UTF-8 length; a byte-order mark is not counted.
public struct SourcePosition: Hashable, Comparable, Sendable, CustomStringConvertible {
    public var line: Int
    public var column: Int

    public init(line: Int, column: Int) {
        self.line = line
        self.column = column
    }

    public static func < (lhs: SourcePosition, rhs: SourcePosition) -> Bool {
        (lhs.line, lhs.column) < (rhs.line, rhs.column)
    }

    public var description: String { "\(line):\(column)" }
}
