import ResolintKit

/// The AKN4UN names of a resolution: its IRIs and the actor codes of the organs.
enum AKNNames {
    static let namespace = "http://docs.oasis-open.org/legaldocml/ns/akn/3.0"

    /// "un-ga", "un-sc", "un-ecosoc", "un-hrc".
    static func actor(_ organ: Organ) -> String {
        switch organ {
        case .generalAssembly: "un-ga"
        case .securityCouncil: "un-sc"
        case .economicAndSocialCouncil: "un-ecosoc"
        case .humanRightsCouncil: "un-hrc"
        }
    }

    /// The organ an actor code names.
    static func organ(actor: String) -> Organ? {
        Organ.allCases.first { self.actor($0) == actor }
    }

    /// `/akn/un/statement/deliberation/un-ga/2003-12-22/58-140`.
    static func work(organ: Organ, date: String, number: String) -> String {
        "/akn/un/statement/deliberation/\(actor(organ))/\(date)/\(component(number))"
    }

    /// A number as an IRI component: "58/140" → "58-140", "1373 (2001)" → "1373-2001".
    static func component(_ number: String) -> String {
        var out = ""
        for character in number {
            if character.isLetter || character.isNumber {
                out.append(character)
            } else if !out.hasSuffix("-"), !out.isEmpty {
                out.append("-")
            }
        }
        while out.hasSuffix("-") { out.removeLast() }
        return out.isEmpty ? "unnumbered" : out
    }

    /// An eId component from a printed number or label: "7." → "7", "(a)" → "a".
    static func eIdNumber(_ printed: String) -> String {
        let kept = printed.filter { $0.isLetter || $0.isNumber }
        return kept.isEmpty ? "x" : kept
    }

    /// The AKN4UN container name of a preambular paragraph: its opening phrase in lower camel
    /// case ("Recalling also" → "recallingAlso", "Bearing in mind" → "bearingInMind").
    static func containerName(_ text: String) -> String {
        // Only the first four words count: cut there on the bytes before looking at letters.
        let utf8 = text.utf8
        var cut = utf8.startIndex
        var spaces = 0
        while cut < utf8.endIndex, spaces < 4 {
            if utf8[cut] == UInt8(ascii: " ") { spaces += 1 }
            cut = utf8.index(after: cut)
        }
        let words = text[..<cut].split(separator: " ").prefix(4).map(\.letters)
        var name = ""
        for (index, word) in words.enumerated() where !word.isEmpty {
            let isOpener = index == 0 || openerWords.contains(word.lowercased())
            guard isOpener else { break }
            name += index == 0 ? word.lowercased() : word.prefix(1).uppercased() + word.dropFirst().lowercased()
        }
        return name.isEmpty ? "paragraph" : name
    }

    /// Words that continue an opening phrase ("Recalling also", "Taking into account").
    static let openerWords: Set<String> = ["also", "further", "in", "mind", "note", "into", "account"]
}
