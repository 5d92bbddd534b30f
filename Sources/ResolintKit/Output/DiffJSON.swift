/// The JSON form of a diff (`resolint diff --format json`).
public enum DiffJSON {
    public static func encode(_ diff: ResolutionDiff) -> JSONValue {
        let summary = diff.summary
        return .object([
            ("old", document(diff.old)),
            ("new", document(diff.new)),
            (
                "summary",
                .object([
                    ("unchanged", .int(summary.unchanged)), ("amended", .int(summary.amended)),
                    ("added", .int(summary.added)), ("deleted", .int(summary.deleted)), ("moved", .int(summary.moved)),
                    ("renumbered", .int(summary.renumbered)), ("technical", .int(summary.technical)),
                ])
            ),
            ("changes", .array(diff.changes.map(change))),
            ("footnotes", .array(diff.footnotes.map(footnote))),
            (
                "headings",
                .array(
                    diff.headings.map { heading in
                        .object([
                            ("kind", .string(heading.kind.rawValue)),
                            ("section", .string(sectionName(heading.section))),
                            ("old", ResolutionJSON.string(heading.oldText)),
                            ("new", ResolutionJSON.string(heading.newText)),
                        ])
                    })
            ),
        ])
    }

    static func document(_ resolution: Resolution) -> JSONValue {
        .object([
            ("path", .string(resolution.path)), ("symbol", ResolutionJSON.string(resolution.symbol)),
        ])
    }

    /// "preamble", "operative" or "annex", as the JSON names sections.
    public static func sectionName(_ section: Section) -> String {
        switch section {
        case .preamble: "preamble"
        case .operative: "operative"
        case .annex: "annex"
        }
    }

    static func place(_ place: ParagraphPlace?) -> JSONValue {
        guard let place else { return .null }
        var pairs: [(String, JSONValue)] = [("section", .string(sectionName(place.section)))]
        if case .annex(let index) = place.section { pairs.append(("annex", .int(index + 1))) }
        pairs += [
            ("index", .int(place.index)), ("number", ResolutionJSON.string(place.number)),
            ("range", ResolutionJSON.range(place.range)),
        ]
        return .object(pairs)
    }

    static func change(_ change: ParagraphChange) -> JSONValue {
        .object([
            ("kind", .string(change.kind.rawValue)),
            ("old", place(change.old)),
            ("new", place(change.new)),
            ("moved", .bool(change.moved)),
            ("renumbered", .bool(change.renumbered)),
            ("technical", .bool(change.technical)),
            ("similarity", .double(change.similarity)),
            (
                "words",
                .array(
                    change.words.map { .object([("op", .string($0.operation.rawValue)), ("text", .string($0.text))]) })
            ),
        ])
    }

    static func footnote(_ change: FootnoteChange) -> JSONValue {
        .object([
            ("kind", .string(change.kind.rawValue)),
            ("oldMarker", ResolutionJSON.string(change.oldMarker)),
            ("newMarker", ResolutionJSON.string(change.newMarker)),
            ("oldText", ResolutionJSON.string(change.oldText)), ("newText", ResolutionJSON.string(change.newText)),
        ])
    }
}
