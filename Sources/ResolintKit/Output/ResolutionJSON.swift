/// The JSON form of a `Resolution`, as `resolint inspect --format json` prints it.
public enum ResolutionJSON {
    public static func encode(_ resolution: Resolution) -> JSONValue {
        .object([
            ("symbol", string(resolution.symbol)),
            ("number", string(resolution.number)),
            ("title", string(resolution.title?.text)),
            ("organ", string(resolution.organ?.name)),
            ("formula", resolution.formula.map(textNode) ?? .null),
            ("masthead", masthead(resolution.masthead)),
            ("preamble", .array(resolution.preamble.map { paragraph($0, numbered: false) })),
            ("operative", .array(resolution.operative.map { paragraph($0, numbered: true) })),
            ("headings", .array(resolution.headings.map(heading))),
            ("footnotes", .array(resolution.footnotes.map(footnote))),
            ("annexes", .array(resolution.annexes.map(annex))),
            ("adoption", resolution.adoption.map(adoption) ?? .null),
            ("diagnostics", .array(resolution.diagnostics.map(diagnostic))),
        ])
    }

    public static func range(_ range: SourceRange) -> JSONValue {
        .object([("start", position(range.start)), ("end", position(range.end))])
    }

    static func position(_ position: SourcePosition) -> JSONValue {
        .object([("line", .int(position.line)), ("column", .int(position.column))])
    }

    static func string(_ value: String?) -> JSONValue { value.map(JSONValue.string) ?? .null }

    static func textNode(_ node: TextNode) -> JSONValue {
        .object([("text", .string(node.text)), ("range", range(node.range))])
    }

    /// A paragraph; its number under "number" (operative and annex paragraphs, `numbered`) and,
    /// for a subparagraph, its label under "label".
    static func paragraph(_ paragraph: Paragraph, numbered: Bool, key: String = "number") -> JSONValue {
        var pairs: [(String, JSONValue)] = []
        if numbered { pairs.append((key, string(paragraph.number))) }
        if paragraph.numberAssumed { pairs.append((key + "Assumed", .bool(true))) }
        pairs += [
            ("text", .string(paragraph.text)),
            ("range", range(paragraph.range)),
            ("footnoteRefs", .array(paragraph.footnoteRefs.map(reference))),
            ("subparagraphs", .array(paragraph.subparagraphs.map { self.paragraph($0, numbered: true, key: "label") })),
        ]
        return .object(pairs)
    }

    static func reference(_ ref: FootnoteReference) -> JSONValue {
        .object([("marker", .string(ref.marker)), ("offset", .int(ref.offset)), ("range", range(ref.range))])
    }

    static func footnote(_ note: Footnote) -> JSONValue {
        .object([("marker", .string(note.marker)), ("text", .string(note.text)), ("range", range(note.range))])
    }

    static func heading(_ heading: Heading) -> JSONValue {
        let section: String
        switch heading.section {
        case .preamble: section = "preamble"
        case .operative: section = "operative"
        case .annex(let index): section = "annex \(index + 1)"
        }
        return .object([
            ("text", .string(heading.text)), ("section", .string(section)),
            ("beforeParagraph", .int(heading.paragraphIndex + 1)), ("range", range(heading.range)),
        ])
    }

    static func annex(_ annex: Annex) -> JSONValue {
        .object([
            ("label", .string(annex.label)),
            ("title", string(annex.title)),
            ("range", range(annex.range)),
            ("paragraphs", .array(annex.paragraphs.map { paragraph($0, numbered: true) })),
            ("headings", .array(annex.headings.map(heading))),
        ])
    }

    static func adoption(_ adoption: Adoption) -> JSONValue {
        var pairs: [(String, JSONValue)] = [("meeting", string(adoption.meeting)), ("date", string(adoption.date))]
        if adoption.dateFromMasthead { pairs.append(("dateFromMasthead", .bool(true))) }
        pairs.append(("range", adoption.range.map(range) ?? .null))
        return .object(pairs)
    }

    static func masthead(_ masthead: Masthead) -> JSONValue {
        .object([
            ("distributionDate", string(masthead.distributionDate)),
            ("session", string(masthead.session)),
            ("agendaItem", string(masthead.agendaItem)),
            ("adoptionDate", string(masthead.adoptionDate)),
            ("reference", string(masthead.reference)),
            ("symbol", string(masthead.symbol)),
            ("committee", string(masthead.committee)),
            ("sponsors", string(masthead.sponsors)),
        ])
    }

    static func diagnostic(_ diagnostic: Diagnostic) -> JSONValue {
        .object([
            ("message", .string(diagnostic.message)), ("severity", .string(diagnostic.severity.rawValue)),
            ("range", range(diagnostic.range)),
        ])
    }
}
