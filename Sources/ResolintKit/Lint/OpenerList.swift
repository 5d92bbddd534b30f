/// The words that open preambular and operative paragraphs, from `Rules/openers.yml`.
public struct OpenerList: Sendable {
    public let preambular: [String]
    public let operative: [String]
    /// Words that may come before an operative verb: "Also requests", "Further decides".
    public static let modifiers = ["Also", "Further", "Strongly", "Once again", "Again", "Hereby", "Firmly", "Deeply"]

    /// The operative verbs in lower case too ("requests"), as a paragraph may start that way.
    private let operativeLowercased: [String]
    /// The openers by their first run of letters (positions in the lists, in list order): only
    /// those whose first word is the paragraph's can open it.
    private let preambularByLead: [String: [Int]]
    private let operativeByLead: [String: [Int]]

    public init(preambular: [String], operative: [String]) {
        // Longest first, so that "Bearing in mind" wins over "Bearing".
        self.preambular = preambular.sorted { ($0.count, $0) > ($1.count, $1) }
        self.operative = operative.sorted { ($0.count, $0) > ($1.count, $1) }
        operativeLowercased = self.operative.map { $0.lowercased() }
        var preambularByLead: [String: [Int]] = [:]
        for (index, opener) in self.preambular.enumerated() {
            preambularByLead[Self.lead(opener), default: []].append(index)
        }
        var operativeByLead: [String: [Int]] = [:]
        for (index, verb) in self.operative.enumerated() {
            for lead in Set([Self.lead(verb), Self.lead(operativeLowercased[index])]) {
                operativeByLead[lead, default: []].append(index)
            }
        }
        self.preambularByLead = preambularByLead
        self.operativeByLead = operativeByLead
    }

    /// The first run of letters of `text`.
    static func lead(_ text: some StringProtocol) -> String {
        String(text.prefix { $0.isLetter })
    }

    /// An adverb that may stand before the head of an opener ("Deeply concerned", "Ever
    /// mindful", "Urgently calls upon", "Once again reaffirms"), and the text after it with its
    /// head written as at the start of a paragraph ("Mindful", "Calls upon").
    static func afterAdverb(_ text: String) -> String? {
        let first = firstWord(text)
        guard !first.isEmpty, ParagraphGrammar.isAdverb(first.lowercased()) else { return nil }
        var rest = text.dropFirst(first.count).drop { $0 == " " }
        if first.lowercased() == "once", rest.hasPrefix("again ") { rest = rest.dropFirst(6).drop { $0 == " " } }
        guard let head = rest.first, head.isLowercase else { return nil }
        return head.uppercased() + rest.dropFirst()
    }

    /// The preambular opener that starts `text`, if any: a listed opener or a participle,
    /// possibly after an adverb ("Firmly believing", "Ever mindful").
    public func preambularOpener(of text: String) -> String? {
        for index in preambularByLead[Self.lead(text)] ?? [] where Self.starts(text, with: preambular[index]) {
            return preambular[index]
        }
        let word = Self.firstWord(text)
        if word.count > 4 && (word.hasSuffix("ing") || word.hasSuffix("ed")) { return word }
        if let rest = Self.afterAdverb(text), let head = preambularOpener(of: rest) { return word + " " + head }
        return nil
    }

    /// The operative verb that starts `text` (after "Also", "Further"…), if it is one: a listed
    /// verb, or a capitalised word in the third person singular.
    public func operativeOpener(of text: String) -> String? {
        var rest = Substring(text)
        for modifier in Self.modifiers where Self.starts(rest, with: modifier) {
            rest = rest.dropFirst(modifier.count).drop { $0 == " " }
            break
        }
        for index in operativeByLead[Self.lead(rest)] ?? []
        where Self.starts(rest, with: operative[index]) || Self.starts(rest, with: operativeLowercased[index]) {
            return operative[index]
        }
        // A verb in the third person singular: "Continues", "Deems".
        let word = Self.firstWord(rest)
        if word.count > 3 && word.first?.isUppercase == true && word.hasSuffix("s") && !word.hasSuffix("ss") {
            return word
        }
        // Any adverb before the verb: "Urgently calls upon", "Solemnly declares".
        if let after = Self.afterAdverb(String(rest)), let verb = operativeOpener(of: after) {
            return Self.firstWord(rest) + " " + verb
        }
        return nil
    }

    /// True when `text` starts with the whole words of `phrase`.
    static func starts(_ text: some StringProtocol, with phrase: String) -> Bool {
        guard text.hasPrefix(phrase) else { return false }
        let next = text.dropFirst(phrase.count).first
        return next == nil || !(next!.isLetter || next!.isNumber)
    }

    /// The leading letters and hyphens of `text`: its first word. ASCII text is read byte by byte;
    /// only a word with other characters is read as Unicode letters.
    static func firstWord(_ text: some StringProtocol) -> String {
        let utf8 = text.utf8
        var index = utf8.startIndex
        while index < utf8.endIndex {
            let byte = utf8[index]
            if byte >= 0x80 {
                return String(text.prefix { $0.isLetter || $0 == "-" || $0 == "\u{2011}" })
            }
            guard (0x41...0x5A).contains(byte) || (0x61...0x7A).contains(byte) || byte == 0x2D else { break }
            index = utf8.index(after: index)
        }
        return String(text[..<index])
    }
}
