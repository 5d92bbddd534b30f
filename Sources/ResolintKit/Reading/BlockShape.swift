/// What a block looks like on its own: a heading, a continuation of the block before, the
/// adoption block, an annex line.
enum BlockShape {
    /// Nouns before a number that make it a reference ("paragraph 3", "resolution 1373").
    static let referenceNouns: Set<String> = [
        "paragraph", "paragraphs", "para", "paras", "article", "articles", "section", "sections", "chapter",
        "chapters", "annex", "annexes", "resolution", "resolutions", "decision", "decisions", "protocol",
        "principle", "principles", "goal", "goals", "target", "targets", "rule", "rules", "item", "items", "no",
        "nos", "vol", "volume", "page", "pages", "part", "parts", "table", "figure", "phase", "level", "session",
        "sessions", "track", "category", "tier", "step", "stage", "box", "option", "options",
        "scenario", "line", "lines", "cluster", "pillar", "pillars", "appendix", "report", "recommendation",
        "recommendations", "objective", "objectives", "priority", "area", "areas", "grade", "class", "sect",
        "chap", "art", "p", "pp", "covid", "year", "years", "day", "days",
    ]

    /// Words before a bare number that make it a reference or a quantity, not a footnote marker.
    static let referenceWords: Set<String> = referenceNouns.union([
        "from", "to", "and", "or", "of", "on", "by", "in", "at", "between", "than", "over", "under", "about",
        "some", "only", "least", "nearly", "almost", "within", "every", "per", "with", "for", "all", "first",
        "its", "the", "a", "an", "sub", "approximately",
    ])

    /// A short line with no closing punctuation that does not end mid-phrase, or a numbered
    /// heading such as "II. Implementation of …".
    static func isHeading(_ text: [Unicode.Scalar]) -> Bool {
        guard let first = text.first, !TextPatterns.startsLowercase(text), first != "(" else { return false }
        let words = TextPatterns.wordCount(text)
        if TextPatterns.headingNumber(text) { return words <= 24 }
        return words <= 12 && !TextPatterns.endsWithTerminator(text)
            && !TextPatterns.connectors.contains(TextPatterns.lastWord(text))
            && TextPatterns.paragraphNumber(text, at: 0) == nil
    }

    /// "77th plenary meeting", optionally followed by the date: the meeting and the ISO date.
    static func adoption(_ scalars: ArraySlice<Unicode.Scalar>) -> (meeting: String, date: String?)? {
        guard let first = scalars.first, first.isDigit, scalars.count < 80 else { return nil }
        // An ordinal, "77th": digits, then st, nd, rd or th (numbered paragraphs stop here).
        var index = scalars.startIndex
        while index < scalars.endIndex, scalars[index].isDigit { index += 1 }
        guard index + 1 < scalars.endIndex,
            ["st", "nd", "rd", "th"].contains(String(scalars: scalars[index...(index + 1)]))
        else { return nil }
        let text = String(scalars: scalars)
        let words = text.split(separator: " ")
        guard words.count >= 2, let ordinal = words.first, isOrdinal(ordinal) else { return nil }
        var meetingWords = 2
        if words[1] == "plenary" {
            guard words.count >= 3, words[2] == "meeting" else { return nil }
            meetingWords = 3
        } else if words[1] != "meeting" {
            return nil
        }
        let meeting = words.prefix(meetingWords).joined(separator: " ")
        let rest = words.dropFirst(meetingWords).joined(separator: " ")
        if rest.isEmpty { return (meeting, nil) }
        guard let date = UNDate.iso(rest[...]) else { return nil }
        return (meeting, date)
    }

    static func isOrdinal(_ word: Substring) -> Bool {
        let digits = word.prefix { $0.isNumber }
        let suffix = word.dropFirst(digits.count)
        return !digits.isEmpty && ["st", "nd", "rd", "th"].contains(String(suffix))
    }

    /// "Annex", "Annex II", "Annex 2025 Political Declaration…": the label and any title after it.
    static func annexLine(_ scalars: ArraySlice<Unicode.Scalar>) -> (label: String, title: String?)? {
        guard scalars.count < 400, scalars.starts(with: "Annex".unicodeScalars),
            scalars.count == 5 || scalars[scalars.startIndex + 5] == " "
        else { return nil }
        let text = String(scalars: scalars)
        let rest = text.dropFirst(5).drop { $0 == " " }
        if rest.isEmpty { return ("Annex", nil) }
        let first = rest.prefix { $0 != " " }
        if TextPatterns.isRoman(first.lowercased()) && first == first.uppercased() {
            let title = rest.dropFirst(first.count).drop { $0 == " " }
            return ("Annex \(first)", title.isEmpty ? nil : String(title))
        }
        guard !TextPatterns.endsWithTerminator(Array(text.unicodeScalars)) else { return nil }
        return ("Annex", String(rest))
    }
}
