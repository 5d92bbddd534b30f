/// The structural difference between two resolutions: every paragraph of either, kept, amended,
/// added or deleted, with word changes inside amended ones, and the footnote and heading changes.
public struct ResolutionDiff: Sendable {
    public var old: Resolution
    public var new: Resolution
    /// In the new text's order, deletions at their old place.
    public var changes: [ParagraphChange]
    public var footnotes: [FootnoteChange]
    /// Headings between paragraphs ("II. Implementation") added, deleted or reworded.
    public var headings: [HeadingChange] = []

    /// Counts of the changes, as the summary line and JSON give them.
    public var summary: DiffSummary { DiffSummary(changes) }

    /// True when the two texts say the same thing paragraph by paragraph.
    public var isEmpty: Bool {
        changes.allSatisfy { $0.kind == .unchanged && !$0.moved && !$0.renumbered } && footnotes.isEmpty
            && headings.isEmpty
    }
}

/// Where a paragraph stands in one of the two texts.
public struct ParagraphPlace: Hashable, Sendable {
    public var section: Section
    /// 1-based position within its section.
    public var index: Int
    public var number: String?
    public var range: SourceRange

    public init(section: Section, index: Int, number: String?, range: SourceRange) {
        self.section = section
        self.index = index
        self.number = number
        self.range = range
    }
}

extension Resolution {
    /// The top-level paragraphs of a part: the preamble, the operative part or an annex.
    public func paragraphs(in section: Section) -> [Paragraph] {
        switch section {
        case .preamble: preamble
        case .operative: operative
        case .annex(let index): index < annexes.count ? annexes[index].paragraphs : []
        }
    }

    /// The paragraph a diff names by its place (part and 1-based position), if it is there.
    public func paragraph(at place: ParagraphPlace) -> Paragraph? {
        let paragraphs = paragraphs(in: place.section)
        return place.index >= 1 && place.index <= paragraphs.count ? paragraphs[place.index - 1] : nil
    }
}

/// What happened to one paragraph.
public struct ParagraphChange: Sendable {
    public enum Kind: String, Sendable {
        case unchanged, amended, added, deleted
    }

    public var kind: Kind
    public var old: ParagraphPlace?
    public var new: ParagraphPlace?
    /// Its order among the kept paragraphs changed, or it changed section.
    public var moved: Bool
    /// Its operative (or annex) number changed.
    public var renumbered: Bool
    /// Every word change is a technical update: resolution numbers, dates, years, sessions.
    public var technical: Bool
    /// How alike the two texts are, 0 to 1 (1 for an unchanged paragraph).
    public var similarity: Double
    /// The word-level diff of an amended paragraph; the text alone otherwise.
    public var words: [WordChange]
    /// The paragraph's text in the old and new resolution.
    public var oldText: String?
    public var newText: String?

    /// An amendment that changes no letter: the two texts differ only in where spaces fall
    /// ("fiel d" for "field", "money -laundering" for "money-laundering"), which is what the
    /// extraction of a justified PDF line does to a text, not what a drafter does.
    public var onlySpacing: Bool {
        guard kind == .amended, let oldText, let newText else { return false }
        func letters(_ text: String) -> [Unicode.Scalar] {
            DiffTokenizer.tokens(text).flatMap { $0.key.unicodeScalars }
        }
        return letters(oldText) == letters(newText)
    }
}

/// A footnote added, deleted or changed between the two texts (matched by text, then marker).
public struct FootnoteChange: Sendable, Equatable {
    public enum Kind: String, Sendable {
        case added, deleted, amended
    }

    public var kind: Kind
    public var oldMarker: String?
    public var newMarker: String?
    public var oldText: String?
    public var newText: String?

    public init(kind: Kind, oldMarker: String?, newMarker: String?, oldText: String?, newText: String?) {
        self.kind = kind
        self.oldMarker = oldMarker
        self.newMarker = newMarker
        self.oldText = oldText
        self.newText = newText
    }
}

/// A heading added, deleted or reworded (a heading in the same place with other words).
public struct HeadingChange: Sendable, Equatable {
    public enum Kind: String, Sendable {
        case added, deleted, amended
    }

    public var kind: Kind
    public var oldText: String?
    public var newText: String?
    /// The section the heading stands in (in the new text, or the old for a deletion).
    public var section: Section

    public init(kind: Kind, oldText: String?, newText: String?, section: Section) {
        self.kind = kind
        self.oldText = oldText
        self.newText = newText
        self.section = section
    }
}

/// How many paragraphs each kind of change touched.
public struct DiffSummary: Equatable, Sendable {
    public var unchanged = 0
    public var amended = 0
    public var added = 0
    public var deleted = 0
    public var moved = 0
    public var renumbered = 0
    public var technical = 0

    public init(_ changes: [ParagraphChange]) {
        for change in changes {
            switch change.kind {
            case .unchanged: unchanged += 1
            case .amended: amended += 1
            case .added: added += 1
            case .deleted: deleted += 1
            }
            if change.moved { moved += 1 }
            if change.renumbered { renumbered += 1 }
            if change.technical { technical += 1 }
        }
    }

    /// "3 added, 1 deleted, 5 amended (2 technical), 1 moved; 18 unchanged".
    public var line: String {
        var parts = [
            "\(added) added", "\(deleted) deleted", "\(amended) amended (\(technical) technical)", "\(moved) moved",
        ]
        if renumbered > 0 { parts.append("\(renumbered) renumbered") }
        return parts.joined(separator: ", ") + "; \(unchanged) unchanged"
    }
}
