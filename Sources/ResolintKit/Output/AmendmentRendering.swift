/// Amendments as a numbered list in the UN's phrasing, and as JSON.
public enum AmendmentRendering {
    /// "1. In operative paragraph 5, replace the words “welcomes” with the words “notes”." a line each.
    public static func text(_ amendments: [Amendment]) -> String {
        amendments.enumerated().map { "\($0.offset + 1). \($0.element.phrase)" }.joined(separator: "\n") + "\n"
    }

    /// `{"amendments": [{"kind", "target", …, "text"}]}`: each instruction's parts, and its phrase.
    public static func json(_ amendments: [Amendment]) -> JSONValue {
        .object([("amendments", .array(amendments.map(object)))])
    }

    static func target(_ target: ParagraphTarget) -> JSONValue {
        let part: String
        switch target.part {
        case .preamble: part = "preamble"
        case .operative: part = "operative"
        case .annex(let index): part = "annex\(index + 1)"
        }
        return .object([
            ("part", .string(part)), ("index", .int(target.index)),
            ("number", target.number.map(JSONValue.string) ?? .null),
        ])
    }

    static func object(_ amendment: Amendment) -> JSONValue {
        var pairs: [(String, JSONValue)]
        switch amendment {
        case .replaceWords(let place, let words, let new):
            pairs = [
                ("kind", .string("replaceWords")), ("target", target(place)), ("words", .string(words)),
                ("with", .string(new)),
            ]
        case .insertWords(let place, let anchor, let before, let words):
            pairs = [
                ("kind", .string("insertWords")), ("target", target(place)),
                (before ? "before" : "after", .string(anchor)), ("words", .string(words)),
            ]
        case .deleteWords(let place, let words):
            pairs = [("kind", .string("deleteWords")), ("target", target(place)), ("words", .string(words))]
        case .insertParagraph(let after, _, let text):
            pairs = [
                ("kind", .string("insertParagraph")), ("after", after.map(target) ?? .null), ("text", .string(text)),
            ]
        case .deleteParagraph(let place):
            pairs = [("kind", .string("deleteParagraph")), ("target", target(place))]
        case .moveParagraph(let place, let after, _):
            pairs = [
                ("kind", .string("moveParagraph")), ("target", target(place)), ("after", after.map(target) ?? .null),
            ]
        case .renumber:
            pairs = [("kind", .string("renumber"))]
        }
        return .object(pairs + [("text", .string(amendment.phrase))])
    }
}
