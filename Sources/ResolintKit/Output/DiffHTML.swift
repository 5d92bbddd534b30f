/// A diff as one self-contained HTML page (`--format html`): no script or style from the
/// network. A summary and a list of changes at the top; below, old and new side by side, word
/// changes marked with `<del>` and `<ins>`; a moved paragraph links to the row that marks its
/// old place, and back; each change links to the previous and next one (keys `p` and `n` too).
///
/// Printed (a print style sheet): inserted words underlined and deleted ones struck through, so
/// that black and white keeps every change; whole paragraphs added or deleted marked the same
/// way; no navigation printed, no page margins for a browser's header and footer, no row split
/// across pages. A header names both texts with their dates; a legend says how changes are
/// shown; each paragraph's footnote markers are shown after it. `oneColumn` gives the new text
/// alone with the changes in it, as a redline is read on paper.
public enum DiffHTML {
    public static func render(_ diff: ResolutionDiff, oneColumn: Bool = false) -> String {
        let shown = diff.changes.enumerated().filter {
            $0.element.kind != .unchanged || $0.element.moved || $0.element.renumbered
        }
        let changeNumber = Dictionary(
            uniqueKeysWithValues: shown.enumerated().map { ($0.element.offset, $0.offset + 1) })
        let title = "\(diff.old.symbol ?? diff.old.path) → \(diff.new.symbol ?? diff.new.path)"
        var out = """
            <!DOCTYPE html>
            <html lang="en">
            <head>
            <meta charset="utf-8">
            <title>resolint diff: \(escape(title))</title>
            <style>
            body { font-family: Georgia, serif; margin: 1.5em; color: #222; }
            table.diff { border-collapse: collapse; width: 100%; table-layout: fixed; }
            table.diff td, table.diff th { border-top: 1px solid #ddd; padding: 0.4em 0.6em; vertical-align: top; }
            .place { font: 0.8em sans-serif; color: #666; }
            del { background: #fdd; color: #900; text-decoration: line-through; }
            ins { background: #dfd; color: #060; text-decoration: underline; }
            sup.notes { font: 0.7em sans-serif; color: #444; }
            p.texts { font: 0.9em sans-serif; color: #444; }
            p.legend { font: 0.85em sans-serif; }
            table.one-column td.old, table.one-column th.old { display: none; }
            @media print {
              @page { margin: 0; size: A4; }
              body { margin: 1.8cm 1.6cm; font-size: 10.5pt; }
              nav, nav.step, a.moved-to, a.moved-from-link { display: none; }
              a { color: inherit; text-decoration: none; }
              del { background: none; color: #000; text-decoration: line-through; }
              ins { background: none; color: #000; text-decoration: underline; font-weight: bold; }
              tr { break-inside: avoid; page-break-inside: avoid; }
              thead { display: table-header-group; }
              tr.added td.new, tr.deleted td.old, tr.moved-from td { background: none; }
              tr.unchanged td { color: #000; }
            }
            tr.unchanged td { color: #777; }
            tr.added td.new, tr.deleted td.old { background: #f6fff6; }
            tr.deleted td.old { background: #fff6f6; }
            tr.moved-from td { font-style: italic; background: #f6f6ff; }
            nav.step { font: 0.8em sans-serif; }
            </style>
            </head>
            <body>
            <header>
            <h1>\(escape(title))</h1>
            <p class="texts">\(escape(describe("Old", diff.old)))<br>\(escape(describe("New", diff.new)))</p>
            <p class="summary" id="summary">\(escape(diff.summary.line))</p>
            <p class="legend">Inserted words are <ins>underlined</ins>, deleted words <del>struck through</del>; \
            a paragraph added or deleted is marked whole. A moved paragraph is shown at its new place \
            and, in italics, at its old one. Footnote markers stand after their paragraph.</p>
            <nav><ol id="changes">

            """
        for (offset, item) in shown.enumerated() {
            out += "<li><a href=\"#change-\(offset + 1)\">\(escape(DiffTextRenderer.heading(item.element)))</a></li>\n"
        }
        out += "</ol></nav>\n</header>\n<table class=\"diff\(oneColumn ? " one-column" : "")\">\n"
        out +=
            "<thead><tr><th class=\"old\">\(escape(diff.old.path))</th><th>\(escape(diff.new.path))</th></tr></thead>\n<tbody>\n"

        let markers = movedFromRows(diff.changes)
        for (index, change) in diff.changes.enumerated() {
            for moved in markers[index] ?? [] {
                let target = changeNumber[moved].map { "#change-\($0)" } ?? "#"
                let change = diff.changes[moved]
                out += "<tr class=\"moved-from\" id=\"\(anchor("old", change.old))\"><td class=\"old\">"
                out += "<div class=\"place\">\(escape(placeName(change.old)))</div>"
                out += "<a class=\"moved-to\" href=\"\(target)\">moved to \(escape(placeName(change.new))) ↓</a>"
                out += "<p>\(escape(change.oldText ?? ""))</p></td><td class=\"new\"></td></tr>\n"
            }
            out += row(change, number: changeNumber[index], count: shown.count, oneColumn: oneColumn, diff: diff)
        }
        for moved in markers[diff.changes.count] ?? [] {
            let change = diff.changes[moved]
            let target = changeNumber[moved].map { "#change-\($0)" } ?? "#"
            out += "<tr class=\"moved-from\" id=\"\(anchor("old", change.old))\"><td class=\"old\">"
            out += "<a class=\"moved-to\" href=\"\(target)\">moved to \(escape(placeName(change.new))) ↑</a>"
            out += "<p>\(escape(change.oldText ?? ""))</p></td><td class=\"new\"></td></tr>\n"
        }
        out += "</tbody>\n</table>\n"
        if !diff.headings.isEmpty {
            out += "<h2>Headings</h2>\n<ul id=\"headings\">\n"
            for heading in diff.headings {
                out += "<li class=\"\(heading.kind.rawValue)\">\(heading.kind.rawValue): "
                if let old = heading.oldText { out += "<del>\(escape(old))</del> " }
                if let new = heading.newText { out += "<ins>\(escape(new))</ins>" }
                out += "</li>\n"
            }
            out += "</ul>\n"
        }
        if !diff.footnotes.isEmpty {
            out += "<h2>Footnotes</h2>\n<ul id=\"footnotes\">\n"
            for note in diff.footnotes {
                out +=
                    "<li class=\"\(note.kind.rawValue)\">\(escape(note.newMarker ?? note.oldMarker ?? "")) \(note.kind.rawValue): "
                if let old = note.oldText { out += "<del>\(escape(old))</del> " }
                if let new = note.newText { out += "<ins>\(escape(new))</ins>" }
                out += "</li>\n"
            }
            out += "</ul>\n"
        }
        out += """
            <script>
            document.documentElement.dataset.changes = document.querySelectorAll("tr.change").length;
            document.addEventListener("keydown", function (event) {
              if (event.key !== "n" && event.key !== "p") return;
              var rows = Array.prototype.slice.call(document.querySelectorAll("tr.change"));
              var current = rows.findIndex(function (row) { return row.id === location.hash.slice(1); });
              var next = event.key === "n" ? Math.min(current + 1, rows.length - 1) : Math.max(current - 1, 0);
              if (rows[next]) location.hash = rows[next].id;
            });
            </script>
            </body>
            </html>

            """
        return out
    }

    /// For each position in the change list, the moved changes whose old place is just before it.
    static func movedFromRows(_ changes: [ParagraphChange]) -> [Int: [Int]] {
        func order(_ place: ParagraphPlace) -> (Int, Int) {
            switch place.section {
            case .preamble: (0, place.index)
            case .operative: (1, place.index)
            case .annex(let index): (2 + index, place.index)
            }
        }
        var result: [Int: [Int]] = [:]
        for (index, change) in changes.enumerated() where change.moved {
            guard let old = change.old else { continue }
            let position =
                changes.indices.first { other in
                    guard other != index, let otherOld = changes[other].old, !changes[other].moved else { return false }
                    return order(otherOld) > order(old)
                } ?? changes.count
            result[position, default: []].append(index)
        }
        return result
    }

    /// "Old: A/RES/57/173, adopted 18 December 2002 (old.txt)".
    static func describe(_ side: String, _ resolution: Resolution) -> String {
        let date = (resolution.adoption?.date ?? resolution.masthead.adoptionDate).map(UNDate.printed)
        return "\(side): \(resolution.symbol ?? "(no symbol)")" + (date.map { ", adopted \($0)" } ?? "")
            + " (\(resolution.path))"
    }

    /// The footnote markers of the paragraph at `place`, as a superscript after it.
    static func notes(_ place: ParagraphPlace?, in resolution: Resolution) -> String {
        guard let place, let paragraph = resolution.paragraph(at: place) else { return "" }
        func markers(_ paragraph: Paragraph) -> [String] {
            paragraph.footnoteRefs.map(\.marker) + paragraph.subparagraphs.flatMap(markers)
        }
        let found = markers(paragraph)
        return found.isEmpty ? "" : " <sup class=\"notes\">\(escape(found.joined(separator: ", ")))</sup>"
    }

    static func row(
        _ change: ParagraphChange, number: Int?, count: Int, oneColumn: Bool = false, diff: ResolutionDiff? = nil
    ) -> String {
        let classes =
            ["change", change.kind.rawValue] + (change.moved ? ["moved"] : []) + (change.technical ? ["technical"] : [])
        var out = "<tr class=\"\(number == nil ? "unchanged" : classes.joined(separator: " "))\""
        if let number { out += " id=\"change-\(number)\" data-kind=\"\(change.kind.rawValue)\"" }
        out += "><td class=\"old\">"
        if let old = change.old {
            out += "<div class=\"place\">\(escape(placeName(old)))</div><p>"
            out += change.words.filter { $0.operation != .insert }.map { word in
                word.operation == .delete || change.kind == .deleted
                    ? "<del>\(escape(word.text))</del>" : escape(word.text)
            }.joined(separator: " ")
            out += "</p>"
        }
        out += "</td><td class=\"new\">"
        if oneColumn, change.new == nil, let old = change.old {
            out += "<div class=\"place\">\(escape(placeName(old))) — deleted</div>"
            out += "<p><del>\(escape(change.oldText ?? ""))</del></p>"
        }
        if let new = change.new {
            out += "<div class=\"place\">\(escape(placeName(new)))"
            if number != nil { out += " — \(escape(DiffTextRenderer.heading(change)))" }
            out += "</div>"
            if change.moved, let old = change.old {
                out +=
                    "<a class=\"moved-from-link\" href=\"#\(anchor("old", old))\">moved from \(escape(placeName(old)))</a>"
            }
            out += "<p>"
            // One column: the new text with the deletions in it, as on a redline.
            out += change.words.filter { oneColumn || $0.operation != .delete }.map { word in
                switch word.operation {
                case .insert: "<ins>\(escape(word.text))</ins>"
                case .delete: "<del>\(escape(word.text))</del>"
                case .equal: change.kind == .added ? "<ins>\(escape(word.text))</ins>" : escape(word.text)
                }
            }.joined(separator: " ")
            if let diff { out += notes(change.new, in: diff.new) }
            out += "</p>"
        }
        if let number {
            out += "<nav class=\"step\">"
            if number > 1 { out += "<a href=\"#change-\(number - 1)\">previous</a> " }
            if number < count { out += "<a href=\"#change-\(number + 1)\">next</a>" }
            out += " <a href=\"#summary\">top</a></nav>"
        }
        out += "</td></tr>\n"
        return out
    }

    static func placeName(_ place: ParagraphPlace?) -> String {
        guard let place else { return "" }
        return DiffTextRenderer.placeName(place, nil)
    }

    /// An element id for a paragraph's place: "old-operative-5", "old-annex1-3".
    static func anchor(_ side: String, _ place: ParagraphPlace?) -> String {
        guard let place else { return side }
        let section: String
        switch place.section {
        case .preamble: section = "preamble"
        case .operative: section = "operative"
        case .annex(let index): section = "annex\(index + 1)"
        }
        return "\(side)-\(section)-\(place.index)"
    }

    static func escape(_ text: String) -> String {
        var out = ""
        for character in text {
            switch character {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            default: out.append(character)
            }
        }
        return out
    }
}
