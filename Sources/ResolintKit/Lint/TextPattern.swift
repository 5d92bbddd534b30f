/// A regular expression that rules share across threads. `Regex` is an immutable value whose
/// matching has no side effects, but it is not declared `Sendable`; this box says so.
public struct TextPattern: @unchecked Sendable {
    public let regex: Regex<AnyRegexOutput>
    public let source: String

    public init(_ source: String) throws {
        self.source = source
        regex = try Regex(source)
    }

    /// The ranges of every match in `text`. A pattern anchored with `^` is only tried at the start.
    public func matches(in text: String) -> [Range<String.Index>] {
        if source.hasPrefix("^") { return text.prefixMatch(of: regex).map { [$0.range] } ?? [] }
        return text.matches(of: regex).map(\.range)
    }
}
