/// A diff as Markdown (`--format markdown`), for an issue or an e-mail: the summary, then each
/// changed paragraph with deletions struck through and insertions in bold.
public enum DiffMarkdown {
    public static func render(_ diff: ResolutionDiff) -> String {
        var out = "## \(diff.old.symbol ?? diff.old.path) → \(diff.new.symbol ?? diff.new.path)\n\n"
        out += "**\(diff.summary.line)**\n"
        for change in diff.changes where change.kind != .unchanged || change.moved || change.renumbered {
            out += "\n### \(escape(DiffTextRenderer.heading(change)))\n\n"
            out +=
                change.words.map { word in
                    switch word.operation {
                    case .equal: escape(word.text)
                    case .insert: "**\(escape(word.text))**"
                    case .delete: "~~\(escape(word.text))~~"
                    }
                }.joined(separator: " ") + "\n"
        }
        if !diff.headings.isEmpty {
            out += "\n### Headings\n\n"
            for heading in diff.headings {
                var line = "- \(heading.kind.rawValue):"
                if let old = heading.oldText { line += " ~~\(escape(old))~~" }
                if let new = heading.newText { line += " **\(escape(new))**" }
                out += line + "\n"
            }
        }
        if !diff.footnotes.isEmpty {
            out += "\n### Footnotes\n\n"
            for note in diff.footnotes {
                let marker = note.newMarker ?? note.oldMarker ?? ""
                var line = "- \(marker) \(note.kind.rawValue):"
                if let old = note.oldText { line += " ~~\(escape(old))~~" }
                if let new = note.newText { line += " **\(escape(new))**" }
                out += line + "\n"
            }
        }
        return out
    }

    /// Markdown's special characters as literal text.
    static func escape(_ text: String) -> String {
        var out = ""
        for character in text {
            if "\\`*_{}[]<>#|~".contains(character) { out.append("\\") }
            out.append(character)
        }
        return out
    }
}
