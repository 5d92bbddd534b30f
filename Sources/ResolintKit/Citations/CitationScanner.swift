/// The one citation grammar: reads every reference to a resolution or decision in a paragraph,
/// well or badly written, into `Citation`s.
///
/// A citation is a noun ("resolution", "decisions", or the abbreviations "Res." and "Dec."),
/// the issuer written before it ("its", an organ's name, another body's name), then a list of
/// numbers joined by commas, "and" or "to", each with an optional date. A number is
/// session/number ("57/173", "S-26/2"), year/number ("2003/24"), number (year) ("1373 (2001)")
/// or number (session) ("3363 (XXX)"), with optional capital letters ("31/16 A", "36/87 A and
/// B"). What departs from the canonical form — spacing, a glued letter, a missing year or organ
/// name, the joint before a date, the number of the noun, a date outside the session — is read
/// as a `Deviation` with its replacement.
enum CitationScanner {
    struct Reading {
        var citations: [Citation] = []
        var deviations: [Deviation] = []
    }

    static func read(_ scan: ScalarScan, symbols: [DocumentSymbol], organ: Organ) -> Reading {
        var reading = Reading()
        guard scan.scalars.contains(where: ScalarScan.isDigit) else { return reading }
        for symbol in symbols {
            if let deviation = symbolDeviation(scan, symbol) { reading.deviations.append(deviation) }
        }
        let masked = SymbolMask(symbols)
        var index = 0
        while index < scan.count {
            if let end = masked.end(containing: index) {
                index = end
                continue
            }
            guard scan.scalars[index].isLetter, scan.startsWord(index), let noun = noun(scan, at: index) else {
                index += 1
                continue
            }
            if let group = group(scan, noun: noun, masked: masked, organ: organ) {
                reading.citations += group.citations
                reading.deviations += group.deviations
                index = group.end
            } else {
                index = noun.range.upperBound
            }
        }
        return reading
    }

    // MARK: - Symbols

    /// The symbols a paragraph may not carry: a resolution's own symbol ("A/RES/57/173": cite it
    /// by number) and a document symbol in parentheses ("(A/58/222)": cite it in a footnote).
    private static func symbolDeviation(_ scan: ScalarScan, _ symbol: DocumentSymbol) -> Deviation? {
        let parts = symbol.text.split(separator: "/")
        if parts.contains("RES"), ["A", "S", "E"].contains(parts[0]) {
            return Deviation(
                .symbolInText, symbol.range,
                message: "cite the resolution by its number, not its symbol \"\(symbol.text)\"")
        }
        guard ["A", "S", "E"].contains(parts[0]) else { return nil }
        var open = symbol.range.lowerBound - 1
        if scan.text((open - 3)..<(open + 1)) == "see ", open >= 4 { open -= 4 }
        guard scan[open] == "(" else { return nil }
        var close = symbol.range.upperBound
        if scan[close] == "," {
            while let scalar = scan[close], scalar != ")", scalar != "(", close - symbol.range.upperBound < 40 {
                close += 1
            }
        }
        guard scan[close] == ")" else { return nil }
        return Deviation(
            .symbolInText, open..<(close + 1), message: "cite \"\(symbol.text)\" in a footnote, not in the text")
    }

    /// The symbols' ranges, to step over: a number inside a symbol is no citation.
    private struct SymbolMask {
        let ranges: [Range<Int>]
        init(_ symbols: [DocumentSymbol]) { ranges = symbols.map(\.range) }

        func end(containing index: Int) -> Int? {
            ranges.first { $0.contains(index) }?.upperBound
        }
    }

    // MARK: - The noun and the issuer

    private struct Noun {
        let kind: Citation.Noun
        let range: Range<Int>
        let plural: Bool
        /// "Res.", "res", "Dec.": the abbreviation, to be written in full.
        let abbreviated: Bool
    }

    private static let nouns: [String: (Citation.Noun, Bool)] = [
        "resolution": (.resolution, false), "resolutions": (.resolution, true), "Resolution": (.resolution, false),
        "Resolutions": (.resolution, true), "decision": (.decision, false), "decisions": (.decision, true),
        "Decision": (.decision, false), "Decisions": (.decision, true),
    ]
    private static let abbreviations: [String: Citation.Noun] = [
        "Res": .resolution, "res": .resolution, "Dec": .decision, "dec": .decision,
    ]

    private static func noun(_ scan: ScalarScan, at index: Int) -> Noun? {
        let end = scan.letters(from: index)
        guard (3...11).contains(end - index), scan[index - 1] != "/", scan[index - 1] != "." else { return nil }
        let word = scan.text(index..<end)
        if let (kind, plural) = nouns[word] {
            return Noun(kind: kind, range: index..<end, plural: plural, abbreviated: false)
        }
        guard let kind = abbreviations[word] else { return nil }
        let stop = scan.has(".", at: end) ? end + 1 : end
        // An abbreviation counts only before a number: "Res. 57/173", "res.1373 (2001)".
        let next = scan.spaces(from: stop)
        guard
            ScalarScan.isDigit(scan[next]) || (scan[next] == "S" || scan[next] == "E") && scan.has("-", at: next + 1)
                || scan.has("ES-", at: next)
        else { return nil }
        return Noun(kind: kind, range: index..<stop, plural: false, abbreviated: true)
    }

    private static let organAbbreviations: [String: Organ] = [
        "GA": .generalAssembly, "UNGA": .generalAssembly, "SC": .securityCouncil, "UNSC": .securityCouncil,
        "ECOSOC": .economicAndSocialCouncil, "HRC": .humanRightsCouncil,
    ]

    /// Who the text names before the noun, where, and the deviation of an abbreviated name.
    private static func issuer(_ scan: ScalarScan, before noun: Range<Int>) -> (
        Citation.Issuer, Range<Int>?, Deviation?
    ) {
        guard let word = scan.word(before: noun.lowerBound) else { return (.unnamed, nil, nil) }
        let text = scan.text(word)
        if text == "its" { return (.own, word, nil) }
        for organ in Organ.allCases.sorted(by: { $0.name.count > $1.name.count }) {
            let length = organ.name.unicodeScalars.count
            let start = word.upperBound - length
            if start >= 0, scan.text(start..<word.upperBound) == organ.name, scan.startsWord(start) {
                return (.organ(organ), start..<word.upperBound, nil)
            }
        }
        if let organ = organAbbreviations[text] {
            return (
                .organ(organ), word,
                Deviation(
                    .organName, word, replacement: organ.name,
                    message: "name the organ in full: \"\(organ.name)\", not \"\(text)\"")
            )
        }
        // "Assembly resolution 1541 (XV)": the General Assembly named short, as a text does after
        // naming it once; "World Health Assembly resolution" is another body.
        if text == "Assembly",
            !(scan.word(before: word.lowerBound).map { scan[$0.lowerBound]?.properties.isUppercase == true } ?? false)
        {
            return (.organ(.generalAssembly), word, nil)
        }
        if scan[word.lowerBound - 1] == "’" || scan[word.lowerBound - 1] == "'" { return (.other, word, nil) }
        guard let initial = scan[word.lowerBound], initial.properties.isUppercase, !text.hasSuffix("ing") else {
            return (.unnamed, nil, nil)
        }
        // The first word of a sentence or of the paragraph is no name: "Resolution", "Recalling".
        let before = scan.spaces(before: word.lowerBound)
        if before == 0 || ".;:(“\"".unicodeScalars.contains(scan.scalars[before - 1]) { return (.unnamed, nil, nil) }
        return (.other, word, nil)
    }

    /// True when another body is named after the citation: "resolution 8/10 of 20 December
    /// 2019 of the Conference of the States Parties", "resolution 25/2 of the Commission".
    private static func namesOtherBodyAfter(_ scan: ScalarScan, _ end: Int) -> Bool {
        var index = end
        if scan.has(",", at: index) { index += 1 }
        index = scan.spaces(from: index)
        for lead in ["of the ", "adopted by the "] where scan.has(lead, at: index) {
            let name = index + lead.unicodeScalars.count
            guard let initial = scan[name], initial.properties.isUppercase else { return false }
            return !Organ.allCases.contains { scan.has($0.name, at: name) }
        }
        return false
    }

    /// Where "the" or the organ's name starts when only a paragraph's opening words stand before
    /// it ("Recalling General Assembly resolution", "Recalling also the General Assembly
    /// decision"): an organ that cites its own resolution there says "its".
    private static func openingBefore(_ scan: ScalarScan, _ issuer: Range<Int>) -> Int? {
        var start = issuer.lowerBound
        if let word = scan.word(before: start), scan.text(word) == "the" { start = word.lowerBound }
        let words = scan.text(0..<start).split(separator: " ")
        guard (1...4).contains(words.count), let first = words.first?.unicodeScalars.first,
            first.properties.isUppercase,
            words.allSatisfy({ $0.unicodeScalars.allSatisfy(\.isLetter) }),
            words.dropFirst().allSatisfy({ $0.unicodeScalars.first?.properties.isLowercase == true })
        else { return nil }
        return start
    }

    // MARK: - The list

    private struct Group {
        var citations: [Citation] = []
        var deviations: [Deviation] = []
        var end = 0
    }

    private struct Item {
        let number: Number
        var date: WrittenDate?
        let end: Int
    }

    private static func group(_ scan: ScalarScan, noun: Noun, masked: SymbolMask, organ: Organ) -> Group? {
        var (issuer, issuerRange, organDeviation) = issuer(scan, before: noun.range)
        let securityCouncil = issuer == .organ(.securityCouncil) || issuer == .own && organ == .securityCouncil
        var group = Group()
        var items: [Item] = []
        var position = noun.range.upperBound
        while true {
            let start = scan.spaces(from: position)
            guard start > position || noun.abbreviated && items.isEmpty, masked.end(containing: start) == nil,
                let number = number(scan, at: start, afterNoun: items.isEmpty, securityCouncil: securityCouncil)
            else { break }
            var item = Item(number: number, date: nil, end: number.range.upperBound)
            if let (date, joint) = date(scan, after: number.range.upperBound) {
                item = Item(number: number, date: date, end: date.range.upperBound)
                if let joint { group.deviations.append(joint) }
            }
            items.append(item)
            position = item.end
            guard let next = nextNumber(scan, after: position), masked.end(containing: next) == nil,
                Self.number(scan, at: next, afterNoun: false, securityCouncil: securityCouncil) != nil
            else { break }
            position = scan.spaces(before: next)
        }
        guard let first = items.first, let last = items.last else { return nil }
        group.end = last.end
        if issuer == .unnamed, namesOtherBodyAfter(scan, last.end) { issuer = .other }
        if let organDeviation { group.deviations.append(organDeviation) }
        if issuer == .organ(organ), let issuerRange, let opening = openingBefore(scan, issuerRange) {
            let noun = scan.text(noun.range)
            group.deviations.append(
                Deviation(
                    .selfCitation, opening..<issuerRange.upperBound, replacement: "its",
                    message: "write \"its \(noun)\": the \(organ.name) cites its own"))
        }
        if noun.abbreviated {
            let full =
                noun.kind.rawValue + (scan.spaces(from: noun.range.upperBound) == noun.range.upperBound ? " " : "")
            group.deviations.append(
                Deviation(
                    .nounInFull, noun.range, replacement: full,
                    message: "write \"\(noun.kind.rawValue)\" in full, not \"\(scan.text(noun.range))\""))
        }
        let nounText = scan.text(noun.range)
        if !noun.plural, !noun.abbreviated, items.count > 1 || items.contains(where: { $0.number.letters.count > 1 }) {
            group.deviations.append(
                Deviation(
                    .nounNumber, noun.range, replacement: nounText + "s",
                    message: "write \"\(nounText)s\": more than one is cited"))
        }
        if issuer == .unnamed, first.number.shape == .yearNumber, organ != .economicAndSocialCouncil,
            noun.kind == .resolution || noun.kind == .decision, !noun.abbreviated
        {
            let named = "Economic and Social Council \(nounText)"
            group.deviations.append(
                Deviation(
                    .organMissing, noun.range, replacement: named,
                    message: "write \"\(named) \(first.number.canonical)\""))
        }
        // A date written after several numbers of one session or year ("53/111 and 53/114 of 9
        // December 1998") is theirs too. Numbers of other sessions written without a date were
        // cited with it before ("70/299, and 72/305 of 23 July 2018"): no date is given them.
        let own = items.map(\.date)
        var shared: (date: WrittenDate, period: Int?)?
        for index in items.indices.reversed() {
            let period = items[index].number.session ?? items[index].number.year
            if let date = items[index].date {
                shared = (date, period)
            } else if let (date, sharedPeriod) = shared, period != nil, period == sharedPeriod {
                items[index].date = date
            } else {
                shared = nil
            }
        }
        for (offset, (item, ownDate)) in zip(items, own).enumerated() {
            let itemOrgan = self.organ(issuer, item.number.shape, organ)
            group.deviations += item.number.deviations
            group.deviations += scYearDeviations(
                item, securityCouncil: securityCouncil || itemOrgan == .securityCouncil)
            if let date = ownDate, let fit = dateFit(item.number, itemOrgan, date, scan) {
                group.deviations.append(fit)
            }
            group.citations.append(
                Citation(
                    noun: noun.kind, issuer: issuer, organ: itemOrgan, shape: item.number.shape,
                    number: item.number.canonical, letters: item.number.letters, session: item.number.session,
                    year: item.number.year, range: item.number.range, nounRange: noun.range,
                    issuerRange: issuerRange,
                    extent: (offset == 0 ? noun.range.lowerBound : item.number.range.lowerBound)..<item.end,
                    date: item.date))
        }
        return group
    }

    /// The start of the next number of a list after `index`: past ", ", " and ", ", and ", " to ".
    private static func nextNumber(_ scan: ScalarScan, after index: Int) -> Int? {
        var next = index
        if scan.has(",", at: next) { next += 1 }
        let word = scan.spaces(from: next)
        guard word > next || next > index else { return nil }
        for joint in ["and", "to"] where scan.hasWord(joint, at: word) {
            let after = scan.spaces(from: word + joint.unicodeScalars.count)
            return after > word + joint.unicodeScalars.count ? after : nil
        }
        return next > index ? word : nil
    }

    /// The organ of a citation: the one named, the text's own, or the one its number's shape says.
    private static func organ(_ issuer: Citation.Issuer, _ shape: Citation.Shape, _ own: Organ) -> Organ? {
        switch issuer {
        case .own:
            // "its resolutions 57/173 and 1373 (2001)": a number of another organ's shape is that organ's.
            switch (own, shape) {
            case (.generalAssembly, .yearNumber), (.generalAssembly, .numberYear), (.humanRightsCouncil, .numberYear):
                return organ(.unnamed, shape, own)
            default: return own
            }
        case .organ(let organ): return organ
        case .other: return nil
        case .unnamed:
            switch shape {
            case .yearNumber: return .economicAndSocialCouncil
            case .numberYear, .bare: return .securityCouncil
            case .numberSession: return .generalAssembly
            case .sessionNumber: return own == .humanRightsCouncil ? .humanRightsCouncil : .generalAssembly
            }
        }
    }

    // MARK: - The date

    /// The date after a number and, when it is not joined by " of ", the deviation of the joint:
    /// ", 18 December 2002", " dated 18 December 2002", " adopted on …", " 18 December 2002".
    private static func date(_ scan: ScalarScan, after end: Int) -> (WrittenDate, Deviation?)? {
        func joint(_ dateStart: Int) -> Deviation {
            let stop = scan.spaces(before: dateStart)
            guard stop > end else {
                // Nothing stands between number and date: the space becomes " of ".
                return Deviation(
                    .dateJoint, end..<dateStart, replacement: " of ",
                    message: "write \"of\" between the number and the date")
            }
            return Deviation(
                .dateJoint, end..<stop, replacement: " of",
                message: "write \"of\" before the date, not \"\(DateGrammar.spacesFolded(scan.text(end..<stop)))\"")
        }
        let word = scan.spaces(from: end)
        if scan.hasWord("of", at: word) {
            let start = scan.spaces(from: word + 2)
            guard start > word + 2, let date = DateGrammar.date(scan, at: start) else { return nil }
            return (date, nil)
        }
        if scan.has(",", at: end) {
            let start = scan.spaces(from: end + 1)
            if let date = DateGrammar.date(scan, at: start), start > end + 1 { return (date, joint(start)) }
            // ", adopted on 31 October 2000": a clause, not the joint.
            if let (date, _) = adopted(scan, at: start) { return (date, nil) }
            return nil
        }
        guard word > end else { return nil }
        if scan.hasWord("dated", at: word) {
            let start = scan.spaces(from: word + 5)
            if let date = DateGrammar.date(scan, at: start) { return (date, joint(start)) }
        }
        if let (date, start) = adopted(scan, at: word) { return (date, joint(start)) }
        if let date = DateGrammar.date(scan, at: word) { return (date, joint(word)) }
        return nil
    }

    /// "adopted on 18 December 2002", "adopted 18 December 2002": the date and where it starts.
    private static func adopted(_ scan: ScalarScan, at word: Int) -> (WrittenDate, Int)? {
        guard scan.hasWord("adopted", at: word) else { return nil }
        var start = scan.spaces(from: word + 7)
        if scan.hasWord("on", at: start) { start = scan.spaces(from: start + 2) }
        return DateGrammar.date(scan, at: start).map { ($0, start) }
    }

    /// The date outside the session or year a number says.
    private static func dateFit(_ number: Number, _ organ: Organ?, _ date: WrittenDate, _ scan: ScalarScan)
        -> Deviation?
    {
        let written = scan.text(date.range)
        let day = date.first
        switch (number.shape, organ) {
        case (.sessionNumber, .generalAssembly?), (.numberSession, .generalAssembly?):
            guard let session = number.session else { return nil }
            let opens = 1945 + session
            guard (day.year, day.month) < (opens, 9) || (day.year, day.month) > (opens + 1, 9) else { return nil }
            return Deviation(
                .dateFit, date.range,
                message:
                    "\(written) is not in the \(ordinal(session)) session (September \(opens) to September \(opens + 1))"
            )
        case (.yearNumber, _), (.numberYear, _):
            guard let year = number.year, year != day.year else { return nil }
            let form = number.shape == .yearNumber ? "\(year)/…" : "… (\(year))"
            return Deviation(.dateFit, date.range, message: "resolution \(form) is of \(year), not \(day.year)")
        default:
            return nil
        }
    }

    static func ordinal(_ number: Int) -> String {
        let suffix: String
        switch (number % 10, number % 100) {
        case (1, let tens) where tens != 11: suffix = "st"
        case (2, let tens) where tens != 12: suffix = "nd"
        case (3, let tens) where tens != 13: suffix = "rd"
        default: suffix = "th"
        }
        return "\(number)\(suffix)"
    }

    /// A Security Council number without its year, or with it in the wrong form.
    private static func scYearDeviations(_ item: Item, securityCouncil: Bool) -> [Deviation] {
        guard securityCouncil, let problem = item.number.yearProblem else { return [] }
        let number = item.number
        let year = item.date?.first.year
        switch problem {
        case .missing:
            let right = year.map { "\(number.canonical) (\($0))" }
            return [
                Deviation(
                    .securityCouncilYear, number.range, replacement: right,
                    message:
                        "give the year of Security Council resolution \(number.canonical) in parentheses: \"\(right ?? "\(number.canonical) (year)")\""
                )
            ]
        case .twoDigits(let value):
            let right = year.flatMap { $0 % 100 == value ? "\(number.base) (\($0))" : nil }
            return [
                Deviation(
                    .securityCouncilYear, number.range, replacement: right,
                    message: "give the year of resolution \(number.base) in four digits")
            ]
        case .slash:
            return [
                Deviation(
                    .securityCouncilYear, number.range, replacement: number.canonical,
                    message: "write \"\(number.canonical)\", not \"\(number.written)\"")
            ]
        }
    }
}
