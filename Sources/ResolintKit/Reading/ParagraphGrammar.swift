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

    /// The small words a title keeps in lower case.
    static let smallWords: Set<String> = [
        "in", "of", "and", "or", "to", "for", "on", "with", "by", "at", "from", "into", "upon", "against", "as",
    ]

    /// Words that introduce a noun, so that a capital after them is a name, not a title.
    static let determiners: Set<String> = [
        "the", "its", "their", "a", "an", "that", "this", "these", "those", "all", "his", "her", "our",
    ]

    /// Adverbs that stand before the head word without ending in "-ly".
    static let adverbs: Set<String> = ["also", "further", "ever", "again", "once", "still", "most", "equally"]

    /// Words ending in "-ly" that are no adverbs.
    static let notAdverbs: Set<String> = [
        "apply", "comply", "supply", "reply", "imply", "multiply", "rely", "ally", "family", "italy", "july",
        "assembly", "anomaly", "monopoly", "butterfly",
    ]

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
        guard let first = words.first, let initial = first.unicodeScalars.first, initial.isUpper
        else { return nil }
        var index = 0
        let lowerFirst = first.lowercased()
        if isAdverb(lowerFirst) {
            index = 1
            if lowerFirst == "once", words.count > 1, words[1] == "again" { index = 2 }
            // After an adverb the head is in lower case: "Deeply concerned", not "Especially Women".
            guard index < words.count, let head = words[index].unicodeScalars.first, head.isLower
            else { return nil }
        }
        guard index < words.count else { return nil }
        let head = words[index].lowercased()
        let next = index + 1 < words.count ? words[index + 1] : nil
        let nextIsLower = next.map { $0.unicodeScalars.first?.isLower ?? false } ?? true
        let nextIsConjunction = next == "and" || next == "or"
        let mayCite = citingHeads.contains(head)
        guard !nextIsConjunction || index > 0 else { return nil }
        if isPreambularHead(head) {
            guard index == 0, !mayCite, let next else { return .preambular }
            let nextIsCapital = next.unicodeScalars.first?.isUpper == true
            if nextIsCapital {
                // Only a verb takes a name as its object straight away ("Encouraging Member
                // States"); a participle in -ed or an adjective does not ("United Nations",
                // "Organized Crime"), and a capitalised determiner is title case ("Securing Our
                // Common Future").
                return head.hasSuffix("ing") && !determiners.contains(next.lowercased()) ? .preambular : nil
            }
            // "Trafficking in Persons": past the small words a title goes on in capitals, where an
            // opener goes on in prose or names its object after an article.
            if let content = words[(index + 1)...].first(where: { !smallWords.contains($0) }), content != next,
                !determiners.contains(content.lowercased()),
                content.unicodeScalars.first?.isUpper == true
            {
                return nil
            }
            return .preambular
        }
        if isOperativeHead(head) {
            if index > 0 || mayCite || nounVerbs.contains(head) { return nextIsLower || mayCite ? .operative : nil }
            guard let next else { return nil }
            return verbFollowers.contains(next.lowercased()) ? .operative : nil
        }
        return nil
    }

    /// Where further paragraphs start inside one line — a text published with a whole
    /// resolution, or several paragraphs, on a line: after a word space that follows the end of
    /// a paragraph (`,` `;` `.`, a marker after them), where an opener, the organ's formula
    /// ("The General Assembly,") or the meeting line ("77th plenary meeting") begins.
    static func paragraphStarts(within line: [Unicode.Scalar]) -> [Int] {
        var result: [Int] = []
        var index = 1
        var lettersSinceStart = false
        while index < line.count {
            defer { index += 1 }
            if line[index - 1].isLetter { lettersSinceStart = true }
            // A paragraph has words before the next one starts: "3. Encourages" is one.
            guard lettersSinceStart else { continue }
            guard line[index - 1] == " ", !line[index].isSpace,
                line[index].isUpper || line[index].isDigit
            else { continue }
            // A cheap look back first: the end of a paragraph is a few characters back at most.
            var back = index - 2
            while back > 0, index - back < 8,
                line[back].isDigit || line[back] == "]" || line[back] == "^"
                    || line[back] == "[" || line[back] == " "
            {
                back -= 1
            }
            guard back >= 0, ",;.)”’\"".unicodeScalars.contains(line[back]) else { continue }
            // Only a few characters back are looked at: the test is local, so a long line costs
            // time in proportion to its length.
            let before = Array(line[max(0, index - 40)..<index])
            guard TextPatterns.endsWithTerminator(before) else { continue }
            var end = before.count - 1
            while end > 0, before[end - 1].isSpace || before[end - 1].isDigit { end -= 1 }
            // After a colon comes what it introduces ("Justice: Meeting the Challenges …").
            guard end > 0, before[end - 1] != ":" else { continue }
            // "para. 7", "No. 5": an abbreviation's full stop ends nothing.
            if before[end - 1] == ".", TextPatterns.abbreviations.contains(TextPatterns.lastWord(before)) {
                continue
            }
            // (A paragraph number run into the line is split later, and reported, with the
            // section's numbering: see `SectionBuilder`.)
            if opening(of: line, at: index) != nil || startsFormula(line, at: index)
                || meetingLine(line, at: index)
            {
                // "…; 2. Affirms": the paragraph starts at its number.
                result.append(numberStart(line, before: index) ?? index)
                lettersSinceStart = false
            }
        }
        return result
    }

    /// The start of a paragraph number "12. " that stands just before `index`, after a space.
    private static func numberStart(_ line: [Unicode.Scalar], before index: Int) -> Int? {
        var position = index - 1
        while position > 0, line[position - 1] == " " { position -= 1 }
        guard position > 1, line[position - 1] == "." else { return nil }
        var start = position - 1
        while start > 0, line[start - 1].isDigit, position - 1 - start < 3 { start -= 1 }
        guard start < position - 1, start > 0, line[start - 1] == " " else { return nil }
        return start
    }

    private static func startsFormula(_ line: [Unicode.Scalar], at index: Int) -> Bool {
        Organ.allCases.contains { organ in
            let formula = Array("The \(organ.name),".unicodeScalars)
            return line[index...].starts(with: formula)
        }
    }

    /// "77th plenary meeting" at `index`, whatever follows.
    private static func meetingLine(_ line: [Unicode.Scalar], at index: Int) -> Bool {
        var end = index
        while end < line.count, line[end].isDigit { end += 1 }
        guard end > index else { return false }
        let rest = String(scalars: line[end..<min(line.count, end + 20)])
        return ["st ", "nd ", "rd ", "th "].contains { rest.hasPrefix($0) }
            && (rest.dropFirst(3).hasPrefix("plenary meeting") || rest.dropFirst(3).hasPrefix("meeting"))
    }

    /// An adverb that can stand before an opener's head: "-ly" words ("Deeply", "Urgently") and
    /// `adverbs` ("Ever", "Also", "Once again").
    static func isAdverb(_ word: String) -> Bool {
        adverbs.contains(word) || (word.count > 4 && word.hasSuffix("ly") && !notAdverbs.contains(word))
    }

    private static func isPreambularHead(_ word: String) -> Bool {
        adjectives.contains(word) || (word.count > 4 && word.hasSuffix("ing"))
            || (word.count > 4 && word.hasSuffix("ed"))
    }

    /// Words in "-s" of the closed classes, which are never verbs: "Towards the Achievement".
    static let notVerbs: Set<String> = [
        "towards", "afterwards", "besides", "perhaps", "whereas", "always", "sometimes", "across", "unless", "thus",
        "this", "its", "his", "hers", "ours", "theirs", "yours", "was", "has", "does", "is", "as", "us", "various",
        "numerous",
    ]

    private static func isOperativeHead(_ word: String) -> Bool {
        word.count > 3 && word.hasSuffix("s") && !word.hasSuffix("ss") && !word.hasSuffix("ous")
            && !word.hasSuffix("ics") && !word.hasSuffix("ings") && !notVerbs.contains(word)
    }

    /// Up to `count` words from `start`: letters, with inner hyphens and apostrophes.
    private static func words(_ line: [Unicode.Scalar], from start: Int, count: Int) -> [String] {
        var result: [String] = []
        var index = start
        while index < line.count, result.count < count {
            while index < line.count, line[index].isSpace { index += 1 }
            var end = index
            while end < line.count,
                line[end].isLetter || (end > index && (line[end].isHyphen || line[end] == "’"))
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
