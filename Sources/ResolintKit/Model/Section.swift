/// The part of a resolution a paragraph belongs to.
public enum Section: Hashable, Sendable {
    case preamble
    case operative
    /// The annex at this 0-based position in `Resolution.annexes`.
    case annex(Int)
}
