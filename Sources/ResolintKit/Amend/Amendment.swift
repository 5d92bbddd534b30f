/// One amendment instruction to a base text, as the UN words them: "In operative paragraph 5,
/// replace the words “welcomes” with the words “notes”", "After the third preambular paragraph,
/// insert a new preambular paragraph reading: “…”", "Delete operative paragraph 7". Every place
/// names a paragraph of the base text as it stands before any amendment.
public enum Amendment: Hashable, Sendable {
    /// The words quoted, found once in the paragraph, become the new words.
    case replaceWords(ParagraphTarget, words: String, with: String)
    /// New words after (or, with `before`, before) the words quoted.
    case insertWords(ParagraphTarget, anchor: String, before: Bool, words: String)
    case deleteWords(ParagraphTarget, words: String)
    /// A new paragraph after the one named, or first in its part when `after` is nil.
    case insertParagraph(after: ParagraphTarget?, part: ParagraphTarget.Part, text: String)
    case deleteParagraph(ParagraphTarget)
    /// The paragraph moved to follow another, or to the start of `part` when `after` is nil.
    case moveParagraph(ParagraphTarget, after: ParagraphTarget?, part: ParagraphTarget.Part)
    /// "Renumber the subsequent paragraphs accordingly": numbers follow from the order.
    case renumber
}

/// A paragraph of the base text, as an amendment names it.
public struct ParagraphTarget: Hashable, Sendable {
    public enum Part: Hashable, Sendable {
        case preamble, operative
        case annex(Int)
    }

    public var part: Part
    /// 1-based position in its part; the printed number of an operative or annex paragraph is
    /// what the instruction says, but the position is what it points at.
    public var index: Int
    public var number: String?

    public init(part: Part, index: Int, number: String? = nil) {
        self.part = part
        self.index = index
        self.number = number
    }

    /// The paragraph a user names: "operative paragraph 5", "the third preambular paragraph",
    /// "preambular paragraph 3", "paragraph 2 of the annex", or shorter, "operative 5",
    /// "preambular 3".
    public static func named(_ name: String) -> ParagraphTarget? {
        var words = name.split(separator: " ").map(String.init)
        if words.count == 2, ["operative", "preambular"].contains(words[0].lowercased()), Int(words[1]) != nil {
            words.insert("paragraph", at: 1)
        }
        guard let (target, _) = AmendmentParser.target(words.joined(separator: " ")),
            target.index > 0 || target.number?.first?.isNumber == true
        else { return nil }
        return target
    }

    /// "the third preambular paragraph", "operative paragraph 5", "paragraph 2 of the annex".
    public var phrase: String {
        switch part {
        case .preamble: "the \(Ordinal.word(index)) preambular paragraph"
        case .operative: "operative paragraph \(number ?? String(index))"
        case .annex(let annex):
            "paragraph \(number ?? String(index)) of \(annex == 0 ? "the annex" : "annex \(annex + 1)")"
        }
    }

    /// "the preamble", "the operative part", "the annex".
    static func partName(_ part: Part) -> String {
        switch part {
        case .preamble: "the preamble"
        case .operative: "the operative part"
        case .annex(let annex): annex == 0 ? "the annex" : "annex \(annex + 1)"
        }
    }

    /// The part as an instruction names its paragraphs: "preambular", "operative".
    static func noun(_ part: Part) -> String {
        switch part {
        case .preamble: "preambular paragraph"
        case .operative: "operative paragraph"
        case .annex: "paragraph"
        }
    }
}

extension Amendment {
    /// The instruction as the UN phrases it, one sentence.
    public var phrase: String {
        switch self {
        case .replaceWords(let target, let words, let new):
            return "In \(target.phrase), replace the words “\(words)” with the words “\(new)”."
        case .insertWords(let target, let anchor, let before, let words):
            return
                "In \(target.phrase), \(before ? "before" : "after") the words “\(anchor)”, insert the words “\(words)”."
        case .deleteWords(let target, let words):
            return "In \(target.phrase), delete the words “\(words)”."
        case .insertParagraph(let after, let part, let text):
            let noun = ParagraphTarget.noun(part)
            let place =
                after.map { "After \($0.phrase)" }
                ?? (part == .preamble
                    ? "Before the first preambular paragraph"
                    : "Before \(ParagraphTarget(part: part, index: 1, number: "1").phrase)")
            return "\(place), insert a new \(noun) reading: “\(text)”."
        case .deleteParagraph(let target):
            return "Delete \(target.phrase)."
        case .moveParagraph(let target, let after, let part):
            let destination =
                after.map { "to follow \($0.phrase)" } ?? "to the beginning of \(ParagraphTarget.partName(part))"
            return "Move \(target.phrase) \(destination)."
        case .renumber:
            return "Renumber the subsequent paragraphs accordingly."
        }
    }
}

/// Ordinal words: 1 → "first", 23 → "twenty-third".
enum Ordinal {
    static let units = [
        "", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
        "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth", "eighteenth",
        "nineteenth",
    ]
    static let tens = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
    static let tensOrdinal = [
        "", "", "twentieth", "thirtieth", "fortieth", "fiftieth", "sixtieth", "seventieth", "eightieth", "ninetieth",
    ]

    static func word(_ number: Int) -> String {
        guard number > 0, number < 100 else { return "\(number)th" }
        if number < 20 { return units[number] }
        let (ten, unit) = (number / 10, number % 10)
        return unit == 0 ? tensOrdinal[ten] : "\(tens[ten])-\(units[unit])"
    }

    /// The number an ordinal word names, or nil.
    static func value(_ word: String) -> Int? {
        (1..<100).first { self.word($0) == word.lowercased() }
    }
}
