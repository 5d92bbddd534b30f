/// What silences rules, in every form a drafter can write it:
/// - a comment in the text: `<!-- resolint-disable-next paragraph-opener -->` on its own line
///   silences the rules named for the paragraph that follows it, `<!-- resolint-disable rule-id
///   -->` for the whole file; a plain-text draft may write the same words after `//`. The
///   comment is not text of the resolution;
/// - a Word comment whose text is `resolint-disable rule-id`: for the paragraph it is anchored in;
/// - an entry of `.resolint.yml`'s `silence:` list: for a file, or one paragraph of it.
public struct Silence: Hashable, Sendable {
    public enum Scope: Hashable, Sendable {
        /// The paragraph (with its subparagraphs) that follows the comment.
        case nextParagraph
        case file
        /// The paragraph (with its subparagraphs) that holds the line of `range`.
        case paragraphAtLine
        /// The paragraph a configuration entry names: "operative paragraph 5".
        case paragraph(ParagraphTarget)
    }

    public let rules: [String]
    public let scope: Scope
    /// The comment's line; for a configuration entry, the start of the file.
    public let range: SourceRange
    /// Where the silence is written, when not in the text: "the Word comment", ".resolint.yml
    /// line 12".
    public var origin: String?

    public init(rules: [String], scope: Scope, range: SourceRange, origin: String? = nil) {
        self.rules = rules
        self.scope = scope
        self.range = range
        self.origin = origin
    }

    /// The silence a comment's words hold ("resolint-disable paragraph-opener"), for the
    /// paragraph at `range`, or nil if they are not a silencing.
    public static func comment(_ text: String, range: SourceRange, origin: String) -> Silence? {
        let words = text.split(whereSeparator: { $0 == " " || $0 == "," || $0 == "\t" || $0 == "\n" }).map(String.init)
        guard let command = words.first,
            ["resolint-disable", "resolint-disable-next", "resolint-disable-paragraph"].contains(command)
        else { return nil }
        return Silence(rules: Array(words.dropFirst()), scope: .paragraphAtLine, range: range, origin: origin)
    }

    /// True when the line starts (after spaces) as a silencing comment does: "<!" or "//".
    static func mayBe(_ line: [Unicode.Scalar]) -> Bool {
        var index = 0
        while index < line.count, line[index] == " " || line[index] == "\t" { index += 1 }
        guard index + 1 < line.count else { return false }
        return (line[index] == "<" && line[index + 1] == "!") || (line[index] == "/" && line[index + 1] == "/")
    }

    /// The silence a line holds, if it is a silencing comment and nothing else.
    static func read(_ line: [Unicode.Scalar], number: Int) -> Silence? {
        var text = String(scalars: line).trimmingCharacters(in: .whitespaces)
        if text.hasPrefix("<!--"), text.hasSuffix("-->") {
            text = String(text.dropFirst(4).dropLast(3))
        } else if text.hasPrefix("//") {
            text = String(text.dropFirst(2))
        } else {
            return nil
        }
        let words = text.split(whereSeparator: { $0 == " " || $0 == "," || $0 == "\t" }).map(String.init)
        guard let command = words.first else { return nil }
        let scope: Scope
        switch command {
        case "resolint-disable-next", "resolint-disable-next-line", "resolint-disable-next-paragraph":
            scope = .nextParagraph
        case "resolint-disable": scope = .file
        default: return nil
        }
        let range = SourceRange(
            start: SourcePosition(line: number, column: 1), end: SourcePosition(line: number, column: line.count + 1))
        return Silence(rules: Array(words.dropFirst()), scope: scope, range: range)
    }
}
