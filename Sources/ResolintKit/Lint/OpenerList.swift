/// The words that open preambular and operative paragraphs, from `Rules/openers.yml`.
public struct OpenerList: Sendable {
    public let preambular: [String]
    public let operative: [String]
    /// Words that may come before an operative verb: "Also requests", "Further decides".
    public static let modifiers = ["Also", "Further", "Strongly", "Once again", "Again", "Hereby", "Firmly", "Deeply"]

    public init(preambular: [String], operative: [String]) {
        // Longest first, so that "Bearing in mind" wins over "Bearing".
        self.preambular = preambular.sorted { ($0.count, $0) > ($1.count, $1) }
        self.operative = operative.sorted { ($0.count, $0) > ($1.count, $1) }
    }

    /// The preambular opener that starts `text`, if any: a listed opener or a participle.
    public func preambularOpener(of text: String) -> String? {
        if let listed = preambular.first(where: { Self.starts(text, with: $0) }) { return listed }
        let word = Self.firstWord(text)
        return word.count > 4 && (word.hasSuffix("ing") || word.hasSuffix("ed")) ? word : nil
    }

    /// The operative verb that starts `text` (after "Also", "Further"…), if it is one: a listed
    /// verb, or a capitalised word in the third person singular.
    public func operativeOpener(of text: String) -> String? {
        var rest = Substring(text)
        for modifier in Self.modifiers where Self.starts(String(rest), with: modifier) {
            rest = rest.dropFirst(modifier.count).drop { $0 == " " }
            break
        }
        let candidate = String(rest)
        if let listed = operative.first(where: {
            Self.starts(candidate, with: $0) || Self.starts(candidate, with: $0.lowercased())
        }) {
            return listed
        }
        // A verb in the third person singular: "Continues", "Deems".
        let word = Self.firstWord(candidate)
        return word.count > 3 && word.first?.isUppercase == true && word.hasSuffix("s") && !word.hasSuffix("ss")
            ? word : nil
    }

    static func starts(_ text: String, with phrase: String) -> Bool {
        guard text.hasPrefix(phrase) else { return false }
        let next = text.dropFirst(phrase.count).first
        return next == nil || !(next!.isLetter || next!.isNumber)
    }

    static func firstWord(_ text: String) -> String {
        String(text.prefix { $0.isLetter || $0 == "-" || $0 == "\u{2011}" })
    }
}
