/// How much of anything a document may hold before the reader refuses it with a clear error,
/// so that a hostile or broken file cannot make a run take unbounded time or memory.
public struct ReadLimits: Sendable {
    /// Paragraphs and subparagraphs together.
    public var paragraphs = 100_000
    public var footnotes = 20_000
    public var footnoteReferences = 200_000
    /// Levels of subparagraphs below a paragraph.
    public var depth = 8

    public init() {}

    /// The first limit `resolution` exceeds, as an error.
    func check(_ resolution: Resolution) -> ReadError? {
        var paragraphs = 0
        var references = 0
        var deepest = 0
        func visit(_ list: [Paragraph], depth: Int) {
            for paragraph in list {
                paragraphs += 1
                references += paragraph.footnoteRefs.count
                deepest = max(deepest, depth)
                visit(paragraph.subparagraphs, depth: depth + 1)
            }
        }
        visit(resolution.preamble, depth: 0)
        visit(resolution.operative, depth: 0)
        for annex in resolution.annexes { visit(annex.paragraphs, depth: 0) }
        let path = resolution.path
        if paragraphs > self.paragraphs {
            return .overLimit(path: path, what: "paragraphs", count: paragraphs, limit: self.paragraphs)
        }
        if resolution.footnotes.count > footnotes {
            return .overLimit(path: path, what: "footnotes", count: resolution.footnotes.count, limit: footnotes)
        }
        if references > footnoteReferences {
            return .overLimit(path: path, what: "footnote references", count: references, limit: footnoteReferences)
        }
        if deepest > depth {
            return .overLimit(path: path, what: "levels of subparagraphs", count: deepest, limit: depth)
        }
        return nil
    }
}
