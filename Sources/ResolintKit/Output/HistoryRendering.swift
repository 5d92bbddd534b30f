/// A series history as people read it: a timeline per paragraph (text), the whole lineage
/// (JSON, stable keys), one row per paragraph per text (CSV), and the latest text with each
/// paragraph's age (a self-contained HTML page).
public enum HistoryRendering {
    static func place(_ place: ParagraphPlace) -> String { DiffTextRenderer.placeName(place, nil) }

    static func section(_ section: Section) -> String {
        switch section {
        case .preamble: "preamble"
        case .operative: "operative"
        case .annex(let index): "annex\(index + 1)"
        }
    }

    /// One line of a paragraph's story after its first text: the text's name, what happened
    /// ("amended (technical) moved", "absent") and the word changes.
    struct Event {
        let name: String
        let what: String
        let changes: [WordChange]
    }

    /// What happened to a paragraph after it first appeared, text by text, then where it was
    /// absent.
    static func events(_ lineage: SeriesHistory.Lineage, _ history: SeriesHistory) -> [Event] {
        let names = history.texts.map(\.name)
        var events: [Event] = []
        for version in lineage.versions.dropFirst() where version.kind == .amended || version.moved {
            var what: [String] = []
            if version.kind == .amended { what.append(version.technical ? "amended (technical)" : "amended") }
            if version.moved { what.append("moved") }
            events.append(
                Event(
                    name: names[version.text], what: what.joined(separator: " "),
                    changes: version.kind == .amended ? version.changes.filter { $0.operation != .equal } : []))
        }
        for gap in lineage.absentIn { events.append(Event(name: names[gap], what: "absent", changes: [])) }
        return events
    }

    /// "since A/RES/57/173", then "A/RES/58/140: amended (technical) [-56/123-] {+57/173+}" a line each.
    static func story(_ lineage: SeriesHistory.Lineage, _ history: SeriesHistory) -> [String] {
        ["since \(history.texts[lineage.since].name)"]
            + events(lineage, history).map { event in
                "\(event.name): \(event.what)"
                    + (event.changes.isEmpty
                        ? ""
                        : " "
                            + event.changes.map { $0.operation == .insert ? "{+\($0.text)+}" : "[-\($0.text)-]" }
                            .joined(separator: " "))
            }
    }

    /// The timeline of every paragraph of the latest text, then of the paragraphs dropped, then
    /// a summary per text; or one paragraph's story when `only` names it ("operative 5").
    public static func text(_ history: SeriesHistory, only: String? = nil) -> String {
        let names = history.texts.map(\.name)
        var out = "history of \(history.texts.count) texts: \(names.joined(separator: " → "))\n"
        for lineage in history.current {
            let here = place(lineage.versions.last!.place)
            if let only, here != only { continue }
            out += "\n\(here): " + story(lineage, history).joined(separator: "\n  ") + "\n"
            if only != nil { out += "  \(lineage.versions.last!.words)\n" }
        }
        if only != nil { return out }
        if !history.dropped.isEmpty { out += "\ndropped:\n" }
        for lineage in history.dropped {
            let last = lineage.versions.last!
            out +=
                "- \(place(last.place)) of \(names[last.text]), last there (since \(names[lineage.since])): \(last.words)\n"
        }
        out += "\n"
        for step in history.steps {
            let summary = step.summary
            out +=
                "\(names[step.text]): \(summary.unchanged) kept, \(summary.amended) amended (\(summary.technical) technical), "
                + "\(summary.added - step.broughtBack) added, \(step.broughtBack) brought back, \(step.dropped) dropped\n"
        }
        let count = history.current.count
        for years in [1, 5, 10] where history.texts.count > years {
            out +=
                "\(history.olderThan(years)) of \(count) paragraphs of the latest text are at least \(years) texts old\n"
        }
        return out
    }

    /// `{"texts": [...], "paragraphs": [...], "dropped": [...], "steps": [...]}`.
    public static func json(_ history: SeriesHistory) -> JSONValue {
        let names = history.texts.map(\.name)
        func entry(_ lineage: SeriesHistory.Lineage) -> JSONValue {
            let last = lineage.versions.last!
            return .object([
                ("section", .string(section(last.place.section))), ("index", .int(last.place.index)),
                ("number", last.place.number.map(JSONValue.string) ?? .null),
                ("since", .string(names[lineage.since])),
                ("changedIn", .array(lineage.changedIn.map { .string(names[$0]) })),
                (
                    "technicalIn",
                    .array(
                        lineage.versions.filter { $0.kind == .amended && $0.technical }.map { .string(names[$0.text]) })
                ),
                ("movedIn", .array(lineage.movedIn.map { .string(names[$0]) })),
                ("absentIn", .array(lineage.absentIn.map { .string(names[$0]) })),
                ("lastIn", .string(names[lineage.last])),
                ("text", .string(last.words)),
                (
                    "versions",
                    .array(
                        lineage.versions.map { version in
                            .object([
                                ("in", .string(names[version.text])),
                                ("section", .string(section(version.place.section))),
                                ("index", .int(version.place.index)),
                                ("number", version.place.number.map(JSONValue.string) ?? .null),
                                ("kind", .string(version.kind.rawValue)), ("technical", .bool(version.technical)),
                                ("moved", .bool(version.moved)),
                            ])
                        })
                ),
            ])
        }
        return .object([
            (
                "texts",
                .array(
                    history.texts.map {
                        .object([
                            ("symbol", $0.symbol.map(JSONValue.string) ?? .null),
                            ("date", $0.date.map(JSONValue.string) ?? .null),
                            ("path", .string($0.path)),
                        ])
                    })
            ),
            ("paragraphs", .array(history.current.map(entry))),
            ("dropped", .array(history.dropped.map(entry))),
            (
                "steps",
                .array(
                    history.steps.map { step in
                        .object([
                            ("text", .string(names[step.text])), ("kept", .int(step.summary.unchanged)),
                            ("amended", .int(step.summary.amended)), ("technical", .int(step.summary.technical)),
                            ("added", .int(step.summary.added - step.broughtBack)),
                            ("broughtBack", .int(step.broughtBack)),
                            ("dropped", .int(step.dropped)), ("moved", .int(step.summary.moved)),
                        ])
                    })
            ),
        ])
    }

    /// One row per paragraph per text it stands in: lineage, text, place, what happened.
    public static func csv(_ history: SeriesHistory) -> String {
        func field(_ text: String) -> String {
            text.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" })
                ? "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : text
        }
        var out = "paragraph,text,date,section,index,number,kind,technical,moved,words\n"
        for (number, lineage) in (history.current + history.dropped).enumerated() {
            for version in lineage.versions {
                let text = history.texts[version.text]
                out +=
                    [
                        String(number + 1), field(text.name), text.date ?? "", section(version.place.section),
                        String(version.place.index), version.place.number ?? "", version.kind.rawValue,
                        version.technical ? "yes" : "no", version.moved ? "yes" : "no", field(version.words),
                    ].joined(separator: ",") + "\n"
            }
        }
        return out
    }

    /// The latest text, each paragraph shaded by its age and its history opening beside it.
    /// The latest text as a page: each paragraph with a bar as dark as it is old and, beside
    /// it, its history (first text, each change with its words struck and underlined, moves,
    /// absences), opened on a click and for printing; then the dropped paragraphs.
    public static func html(_ history: SeriesHistory) -> String {
        let names = history.texts.map(\.name)
        let count = history.texts.count
        var out = """
            <!DOCTYPE html>
            <html lang="en">
            <head>
            <meta charset="utf-8">
            <title>resolint history: \(DiffHTML.escape(names.joined(separator: " → ")))</title>
            <style>
            body { font-family: Georgia, serif; margin: 1.5em; color: #222; max-width: 72em; }
            .paragraph { display: grid; grid-template-columns: 3fr 2fr; gap: 1.2em; border-left: 0.5em solid #ccc;
              padding: 0.2em 0.8em; margin: 0.6em 0; break-inside: avoid; }
            .paragraph p { margin: 0.2em 0; }
            .age { font: 0.8em sans-serif; color: #555; }
            details { font: 0.85em sans-serif; }
            details ul { padding-left: 1.2em; margin: 0.3em 0; }
            del { color: #900; text-decoration: line-through; } ins { color: #060; text-decoration: underline; }
            @media print {
              @page { margin: 0; }
              body { margin: 1.5cm; max-width: none; }
              del, ins { color: #000; }
              summary { list-style: none; }
            }
            </style>
            <script>
            addEventListener("beforeprint", () => document.querySelectorAll("details").forEach(d => { d.open = true; }));
            </script>
            </head>
            <body>
            <h1>\(DiffHTML.escape(names.last ?? ""))</h1>
            <p class="age">History over \(count) texts: \(DiffHTML.escape(names.joined(separator: " → "))). The darker the bar, the older the paragraph.</p>

            """
        for lineage in history.current {
            let last = lineage.versions.last!
            let age = count - 1 - lineage.since
            let shade = 200 - (count > 1 ? 160 * age / (count - 1) : 0)
            let changed = lineage.changedIn.map { names[$0] }
            out +=
                "<div class=\"paragraph\" data-since=\"\(DiffHTML.escape(names[lineage.since]))\" style=\"border-color: rgb(\(shade), \(shade), \(shade))\">"
            out +=
                "<div><div class=\"age\">\(DiffHTML.escape(place(last.place)))</div><p>\(DiffHTML.escape(last.words))</p></div>"
            out +=
                "<details><summary>since \(DiffHTML.escape(names[lineage.since]))"
                + (changed.isEmpty
                    ? ", never changed" : "; changed in \(DiffHTML.escape(changed.joined(separator: ", ")))")
                + "</summary><ul>"
            for event in events(lineage, history) {
                out += "<li><b>\(DiffHTML.escape(event.name))</b>: \(event.what)"
                if !event.changes.isEmpty {
                    out +=
                        " "
                        + event.changes.map {
                            $0.operation == .insert
                                ? "<ins>\(DiffHTML.escape($0.text))</ins>" : "<del>\(DiffHTML.escape($0.text))</del>"
                        }.joined(separator: " … ")
                }
                out += "</li>"
            }
            out += "</ul></details></div>\n"
        }
        out += "<h2>Dropped</h2>\n<ul>\n"
        for lineage in history.dropped {
            out +=
                "<li>\(DiffHTML.escape(names[lineage.last])): \(DiffHTML.escape(lineage.versions.last!.words))</li>\n"
        }
        return out + "</ul>\n</body>\n</html>\n"
    }
}
