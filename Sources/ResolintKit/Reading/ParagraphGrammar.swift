/// How a paragraph of a resolution opens, by the grammar of the language of resolutions rather
/// than by a list of phrases:
///
/// - a preambular paragraph opens with a participle or an adjective of attitude ("Recalling",
///   "Convinced", "Aware", "Bearing in mind"), optionally after an adverb ("Deeply concerned",
///   "Ever mindful", "Also recalling", "Once again reaffirming");
/// - an operative paragraph opens with a verb in the third person singular ("Decides",
///   "Calls upon"), optionally after an adverb ("Also welcomes", "Strongly urges").
///
/// What keeps a cited title from being read as a new paragraph when a wrapped line starts with
/// one of its words ("Stockpiling and Use of Chemical Weapons", "Securing Our Common Future",
/// "United Nations Convention"): a title is written in title case, so its first word is followed
/// by a capital or by "and"/"or", while an opener is followed by ordinary lower-case text. Only
/// the few openers that are commonly followed by a proper name ("Recalling General Assembly
/// resolution …") may be followed by a capital.
enum ParagraphGrammar {
    enum Opening: Equatable { case preambular, operative }

    /// Adverbs that stand before the head word without ending in "-ly".
    static let adverbs: Set<String> = ["also", "further", "ever", "again", "once", "still", "most", "equally"]

    /// Adjectives of attitude that open preambular paragraphs without being participles.
    static let adjectives: Set<String> = [
        "aware", "mindful", "conscious", "cognizant", "cognisant", "desirous", "confident", "anxious", "eager",
        "hopeful", "grateful", "appreciative", "fearful", "resolute", "sensitive", "keen", "attentive",
    ]

    /// Openers that cite by name and so may be followed by a capital ("Recalling Economic and
    /// Social Council resolution …", "Welcoming General Assembly decision …").
    static let citingHeads: Set<String> = [
        "recalling", "reaffirming", "welcoming", "noting", "recognizing", "recognising", "acknowledging",
        "bearing", "having", "taking", "considering", "endorsing", "reiterating", "commending",
        "recalls", "reaffirms", "welcomes", "notes", "recognizes", "takes", "endorses", "requests", "invites",
        "calls", "urges", "decides", "encourages", "approves", "adopts", "commends",
    ]

    /// Words after an operative verb that show it is one: articles, pronouns and prepositions.
    static let verbFollowers: Set<String> = [
        "the", "that", "its", "all", "to", "with", "upon", "on", "for", "further", "also", "a", "an", "their",
        "his", "her", "in", "at", "this", "these", "those", "each", "every", "any", "both", "again", "once",
        "note", "forward", "tribute", "by", "into", "member", "states", "governments", "relevant",
    ]

    /// Operative verbs whose object commonly starts with a capital ("Invites Member States",
    /// "Requests the Secretary-General") are covered by `citingHeads`; these verbs take a noun
    /// directly ("Takes note", "Pays tribute").
    static let nounVerbs: Set<String> = ["takes", "pays", "looks", "bears", "gives", "places", "lends"]

    /// The opening of a paragraph at `start` of `line`, if its first words are an opener.
    static func opening(of line: [Unicode.Scalar], at start: Int) -> Opening? {
        let words = Self.words(line, from: start, count: 4)
        guard let first = words.first, let initial = first.unicodeScalars.first, initial.properties.isUppercase
        else { return nil }
        var index = 0
        let lowerFirst = first.lowercased()
        if isAdverb(lowerFirst) {
            index = 1
            if lowerFirst == "once", words.count > 1, words[1] == "again" { index = 2 }
            // After an adverb the head is in lower case: "Deeply concerned", not "Especially Women".
            guard index < words.count, let head = words[index].unicodeScalars.first, head.properties.isLowercase
            else { return nil }
        }
        guard index < words.count else { return nil }
        let head = words[index].lowercased()
        let next = index + 1 < words.count ? words[index + 1] : nil
        let nextIsLower = next.map { $0.unicodeScalars.first?.properties.isLowercase ?? false } ?? true
        let nextIsConjunction = next == "and" || next == "or"
        let mayCite = citingHeads.contains(head)
        guard !nextIsConjunction || index > 0 else { return nil }
        if isPreambularHead(head) {
            return nextIsLower || mayCite ? .preambular : nil
        }
        if isOperativeHead(head) {
            if index > 0 || mayCite || nounVerbs.contains(head) { return nextIsLower || mayCite ? .operative : nil }
            guard let next else { return nil }
            return verbFollowers.contains(next.lowercased()) ? .operative : nil
        }
        return nil
    }

    private static func isAdverb(_ word: String) -> Bool {
        adverbs.contains(word) || (word.count > 4 && word.hasSuffix("ly") && !word.hasSuffix("ply"))
    }

    private static func isPreambularHead(_ word: String) -> Bool {
        adjectives.contains(word) || (word.count > 4 && word.hasSuffix("ing"))
            || (word.count > 4 && word.hasSuffix("ed"))
    }

    private static func isOperativeHead(_ word: String) -> Bool {
        word.count > 3 && word.hasSuffix("s") && !word.hasSuffix("ss") && !word.hasSuffix("ous")
            && !word.hasSuffix("ics") && !word.hasSuffix("ings")
    }

    /// Up to `count` words from `start`: letters, with inner hyphens and apostrophes.
    private static func words(_ line: [Unicode.Scalar], from start: Int, count: Int) -> [String] {
        var result: [String] = []
        var index = start
        while index < line.count, result.count < count {
            while index < line.count, line[index].isSpace { index += 1 }
            var end = index
            while end < line.count,
                line[end].properties.isAlphabetic || (end > index && (line[end].isHyphen || line[end] == "’"))
            {
                end += 1
            }
            guard end > index else { break }
            result.append(String(scalars: line[index..<end]))
            index = end
            guard index < line.count, line[index].isSpace else { break }
        }
        return result
    }
}
