/// A text on which a rule must fire (triggering) or stay silent (non-triggering). In a
/// triggering example `↓` stands just before each place a finding must start.
///
/// Unless `whole` is set, the text is placed after "The General Assembly," as the body of a
/// draft, so that an example need only show the paragraphs it is about.
public struct RuleExample: Sendable, ExpressibleByStringLiteral {
    public static let marker: Character = "↓"

    public var text: String
    public var whole: Bool

    public init(_ text: String, whole: Bool = false) {
        self.text = text
        self.whole = whole
    }

    public init(stringLiteral text: String) {
        self.init(text)
    }

    /// The text as a file holds it, markers removed, and where the markers stood.
    public var document: (text: String, markers: [SourcePosition]) {
        let full = whole ? text : "The General Assembly,\n\n" + text + "\n"
        var clean = ""
        var markers: [SourcePosition] = []
        var line = 1
        var column = 1
        for character in full {
            if character == Self.marker {
                markers.append(SourcePosition(line: line, column: column))
                continue
            }
            clean.append(character)
            if character == "\n" {
                line += 1
                column = 1
            } else {
                column += character.unicodeScalars.count
            }
        }
        return (clean, markers)
    }
}

/// A certain fix shown as the text before and after it (both placed as `RuleExample` places
/// them; `↓` marks nothing here).
public struct RuleCorrection: Sendable {
    public var before: RuleExample
    public var after: RuleExample

    public init(_ before: String, _ after: String, whole: Bool = false) {
        self.before = RuleExample(before, whole: whole)
        self.after = RuleExample(after, whole: whole)
    }
}
