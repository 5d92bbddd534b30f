/// A terminal redline of a diff (`--format text`): each changed paragraph with its place, the
/// words deleted and inserted marked — in colour on a terminal, `[-…-]` and `{+…+}` otherwise —
/// and the summary line.
public struct DiffTextRenderer: Sendable {
    public var color: Bool

    public init(color: Bool = false) {
        self.color = color
    }

    public func render(_ diff: ResolutionDiff) -> String {
        var out = "--- \(diff.old.path)\(diff.old.symbol.map { " (\($0))" } ?? "")\n"
        out += "+++ \(diff.new.path)\(diff.new.symbol.map { " (\($0))" } ?? "")\n"
        for change in diff.changes where change.kind != .unchanged || change.moved || change.renumbered {
            out += "\n" + paint(Self.heading(change), "1") + "\n"
            if change.kind != .unchanged { out += "  " + change.words.map(word).joined(separator: " ") + "\n" }
        }
        for note in diff.footnotes {
            out += "\n" + paint("footnote \(note.newMarker ?? note.oldMarker ?? "") \(note.kind.rawValue)", "1") + "\n"
            if let old = note.oldText { out += "  " + paint("[-\(old)-]", "31") + "\n" }
            if let new = note.newText { out += "  " + paint("{+\(new)+}", "32") + "\n" }
        }
        for heading in diff.headings {
            out += "\n" + paint("heading \(heading.kind.rawValue)", "1") + "\n"
            if let old = heading.oldText { out += "  " + paint("[-\(old)-]", "31") + "\n" }
            if let new = heading.newText { out += "  " + paint("{+\(new)+}", "32") + "\n" }
        }
        out += "\n\(diff.summary.line)\n"
        return out
    }

    /// "operative 5 → 7: amended, moved, renumbered (93%)".
    public static func heading(_ change: ParagraphChange) -> String {
        var flags = [change.kind.rawValue]
        if change.technical { flags.append("technical") }
        if change.moved { flags.append("moved") }
        if change.renumbered { flags.append("renumbered") }
        let similarity = change.kind == .amended ? " (\(Int((change.similarity * 100).rounded()))% alike)" : ""
        return "\(placeName(change.old, change.new)): \(flags.joined(separator: ", "))\(similarity)"
    }

    /// "preamble 3", "operative 5 → 7", "preamble 12 → operative 2".
    public static func placeName(_ old: ParagraphPlace?, _ new: ParagraphPlace?) -> String {
        func name(_ place: ParagraphPlace) -> String {
            let section: String
            switch place.section {
            case .preamble: section = "preamble"
            case .operative: section = "operative"
            case .annex(let index): section = "annex \(index + 1)"
            }
            return "\(section) \(place.number ?? "#\(place.index)")"
        }
        switch (old, new) {
        case (let old?, let new?):
            let before = name(old)
            let after = name(new)
            return before == after ? after : "\(before) → \(after)"
        case (let old?, nil): return name(old)
        case (nil, let new?): return name(new)
        case (nil, nil): return ""
        }
    }

    private func word(_ change: WordChange) -> String {
        switch change.operation {
        case .equal: change.text.escapingTerminalControls
        case .insert: color ? paint(change.text, "32;4") : "{+\(change.text.escapingTerminalControls)+}"
        case .delete: color ? paint(change.text, "31;9") : "[-\(change.text.escapingTerminalControls)-]"
        }
    }

    /// The text escaped of control characters (a document's own escape sequences are shown,
    /// not run), then coloured when asked.
    private func paint(_ text: String, _ code: String) -> String {
        let text = text.escapingTerminalControls
        return color ? "\u{1B}[\(code)m\(text)\u{1B}[0m" : text
    }
}
