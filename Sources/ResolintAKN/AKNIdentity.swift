import ResolintKit

/// Who and what a document is, as its Akoma Ntoso names say it (the AKN4UN naming convention,
/// part 1, "AKN4UN Naming convention": `/akn/{jurisdiction}/{docType}/{subType}/{actor}/{date}/
/// {docNumber}`): the organ, the date and the number of an adopted resolution ("58/140" of
/// 22 December 2003), or the symbol and date of issue of a draft ("A/C.3/80/L.12" of 24 October
/// 2025), read from the text or given by the user (`export --symbol`, `--date`). A draft is
/// named by its whole symbol, so that drafts of different committees with the same L number and
/// date stay apart. A document that says neither is named by a digest of its words, so that two
/// different documents never share a name, and `missing` says what to give.
public struct AKNIdentity: Sendable, Equatable {
    public let organ: Organ
    /// ISO date: adoption, or a draft's date of issue.
    public let date: String
    /// What the date is: "adoption", "publication" (a draft's date of issue) or "unknown".
    public let dateName: String
    /// The number as printed ("58/140", "A/C.3/80/L.12") and as an IRI component.
    public let number: String
    public let numberComponent: String
    public let symbol: String?
    public let isDraft: Bool
    /// What the text does not say and the user did not give: "symbol", "date".
    public let missing: [String]

    /// The identity of `resolution`, with the user's `symbol` and `date` (ISO) before what the
    /// text says.
    public init(_ resolution: Resolution, symbol: String? = nil, date: String? = nil) {
        organ = resolution.organ ?? .generalAssembly
        let adopted =
            resolution.number != nil || resolution.adoption?.date != nil
            || resolution.masthead.adoptionDate != nil
        isDraft = !adopted || resolution.masthead.isDraft
        let givenSymbol = symbol ?? resolution.symbol ?? resolution.masthead.symbol
        self.symbol = givenSymbol
        let knownDate =
            date ?? resolution.adoption?.date ?? resolution.masthead.adoptionDate
            ?? resolution.masthead.distributionDate
        self.date = knownDate ?? "0001-01-01"
        dateName =
            knownDate == nil
            ? "unknown"
            : (date == nil && (resolution.adoption?.date != nil || resolution.masthead.adoptionDate != nil))
                ? "adoption" : (isDraft ? "publication" : "adoption")
        var missing: [String] = []
        if !isDraft, let printed = resolution.number {
            number = printed
            numberComponent = AKNNames.component(printed)
        } else if let givenSymbol {
            number = givenSymbol
            numberComponent = Self.symbolComponent(givenSymbol)
        } else {
            missing.append("symbol")
            let digest = Self.digest(resolution)
            number = "draft-\(digest)"
            numberComponent = number
        }
        if knownDate == nil { missing.append("date") }
        self.missing = missing
    }

    /// `/akn/un/statement/deliberation/un-ga/2003-12-22/58-140`.
    public var work: String { "/akn/un/statement/deliberation/\(AKNNames.actor(organ))/\(date)/\(numberComponent)" }
    /// The English expression, `…/eng@`, and its main component, `…/eng@!main`, as the naming
    /// page writes them.
    public var expression: String { work + "/eng@" }
    /// The XML manifestation, `…/eng@.xml`.
    public var manifestation: String { work + "/eng@.xml" }

    /// A symbol as an IRI component: its slashes become hyphens, its full stops stay, as the
    /// guidance's draft example keeps them ("L.77"): "A/C.3/80/L.12" → "A-C.3-80-L.12".
    static func symbolComponent(_ symbol: String) -> String {
        var out = ""
        for character in symbol {
            if character.isLetter || character.isNumber || character == "." {
                out.append(character)
            } else if !out.isEmpty, !out.hasSuffix("-") {
                out.append("-")
            }
        }
        while out.hasSuffix("-") { out.removeLast() }
        return out.isEmpty ? "unnumbered" : out
    }

    /// Eight hexadecimal digits of a 64-bit FNV-1a digest of the paragraphs' words: the same
    /// text, the same name; another text, another name.
    static func digest(_ resolution: Resolution) -> String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        func add(_ text: String) {
            for byte in text.utf8 {
                hash ^= UInt64(byte)
                hash &*= 0x100_0000_01b3
            }
            hash ^= 0x0A
            hash &*= 0x100_0000_01b3
        }
        add(resolution.title?.text ?? "")
        for paragraph in resolution.preamble + resolution.operative { add(Differ.comparedText(paragraph)) }
        let hex = String(hash, radix: 16)
        return String((String(repeating: "0", count: max(0, 16 - hex.count)) + hex).prefix(8))
    }
}
