/// One instrument is written one way throughout a text: not "Convention against Corruption" in
/// one paragraph and "Convention Against Corruption" or "Non‑Proliferation" / "Non-Proliferation"
/// in another.
public struct InstrumentConsistencyRule: Rule {
    public init() {}

    static let keywords: Set<String> = [
        "convention", "treaty", "protocol", "protocols", "charter", "covenant", "agreement", "declaration",
    ]
    static let connectors: Set<String> = ["of", "the", "on", "against", "for", "and", "in", "to", "from", "between"]

    public let description = RuleDescription(
        id: "instrument-consistency", category: .instrument, severity: .warning,
        summary: "an instrument's name is written the same way every time",
        rationale: """
            The same title written two ways (in its capitals, or its words) reads as two \
            instruments. Names are compared as a reader sees them: a no-break hyphen is a hyphen, \
            a no-break space a space, a curly quote a quote.
            """,
        triggering: [
            "Recalling the Treaty on the Non-Proliferation of Nuclear Weapons,\n\n1. Calls for universal adherence to the ↓Treaty on the Non-proliferation of Nuclear Weapons."
        ],
        nonTriggering: [
            "Recalling the Treaty on the Non-Proliferation of Nuclear Weapons,\n\n1. Calls for universal adherence to the Treaty on the Non-Proliferation of Nuclear Weapons.",
            "Recalling the Treaty on the Non\u{2011}Proliferation of Nuclear Weapons,\n\n1. Calls for universal adherence to the Treaty on the Non-Proliferation of Nuclear Weapons.",
        ])

    struct Occurrence {
        let unit: Int
        let bounds: Range<String.Index>
        let text: String
    }

    public func check(_ document: LintDocument) -> [Finding] {
        var groups: [String: [Occurrence]] = [:]
        var order: [String] = []
        // A name holds a keyword, capitalised (runs are capitalised words and connectors).
        let capitalised = Self.keywords.filter { !$0.hasSuffix("s") }.map { $0.prefix(1).uppercased() + $0.dropFirst() }
        for (index, unit) in document.units.enumerated()
        where capitalised.contains(where: { unit.text.containsBytes($0) }) {
            for bounds in Self.names(in: unit.text) {
                let text = String(unit.text[bounds])
                let key = Self.key(text)
                if groups[key] == nil { order.append(key) }
                groups[key, default: []].append(Occurrence(unit: index, bounds: bounds, text: text))
            }
        }
        var findings: [Finding] = []
        for key in order {
            // Compared as a reader sees them: "Non‑Proliferation" with a no-break hyphen is
            // "Non-Proliferation"; a difference of case or words is a difference.
            guard let occurrences = groups[key], Set(occurrences.map { Self.readerForm($0.text) }).count > 1 else {
                continue
            }
            let first = occurrences[0].text
            for occurrence in occurrences where Self.readerForm(occurrence.text) != Self.readerForm(first) {
                let unit = document.units[occurrence.unit]
                findings.append(
                    finding(
                        "\"\(occurrence.text)\" is written \"\(first)\" elsewhere in the text",
                        at: unit.range(occurrence.bounds)))
            }
        }
        return findings
    }

    /// A name as a reader sees it: every hyphen the ASCII one, no soft hyphen, no-break and thin
    /// spaces as spaces, curly quotes straight.
    static func readerForm(_ text: String) -> String {
        var result = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\u{2010}", "\u{2011}", "\u{2012}": result.append("-")
            case "\u{00AD}": continue
            case "\u{00A0}", "\u{202F}", "\u{2009}", "\u{2007}": result.append(" ")
            case "\u{2018}", "\u{2019}": result.append("'")
            case "\u{201C}", "\u{201D}": result.append("\"")
            default: result.append(scalar)
            }
        }
        return String(result)
    }

    /// The reader's form in lower case: the names one instrument may be written as.
    static func key(_ name: String) -> String {
        readerForm(name).lowercased()
    }

    /// Runs of capitalised words and connectors that contain an instrument keyword, from the
    /// first capitalised word to the last, never the paragraph's first word.
    static func names(in text: String) -> [Range<String.Index>] {
        // Words are cut on the UTF-8 bytes (spaces, and the stops: ASCII punctuation and the
        // curly quotes E2 80 9C/9D); only a capitalised word or a short lower-case one (a
        // possible connector) becomes a String.
        let bytes = Array(text.utf8)
        let utf8 = text.utf8
        func index(_ offset: Int) -> String.Index { utf8.index(utf8.startIndex, offsetBy: offset) }
        func isStop(_ byte: UInt8) -> Bool {
            switch byte {
            case UInt8(ascii: ","), UInt8(ascii: ";"), UInt8(ascii: ":"), UInt8(ascii: "."), UInt8(ascii: "("),
                UInt8(ascii: ")"), UInt8(ascii: "\""):
                true
            default: false
            }
        }
        func curlyQuote(endingAt end: Int) -> Bool {
            end >= 3 && bytes[end - 3] == 0xE2 && bytes[end - 2] == 0x80
                && (bytes[end - 1] == 0x9C || bytes[end - 1] == 0x9D)
        }
        var words: [(Range<String.Index>, String, Bool, Bool)] = []  // range, word, ends a run, starts one
        var position = 0
        while position < bytes.count {
            while position < bytes.count, bytes[position] == 0x20 { position += 1 }
            var start = position
            while position < bytes.count, bytes[position] != 0x20 { position += 1 }
            guard start < position else { break }
            var end = position
            var stops = false
            while end > start {
                if isStop(bytes[end - 1]) {
                    end -= 1
                } else if end - 3 >= start, curlyQuote(endingAt: end) {
                    end -= 3
                } else {
                    break
                }
                stops = true
            }
            // An opening parenthesis or quotation mark starts a new run with the word after it.
            var opens = false
            if start == end {
                // Nothing but punctuation.
            } else if bytes[start] == UInt8(ascii: "(") {
                start += 1
                opens = true
            } else if start + 3 <= end, curlyQuote(endingAt: start + 3), bytes[start + 2] == 0x9C {
                start += 3
                opens = true
            }
            guard start < end else {
                words.append((index(end)..<index(end), "", true, opens))
                continue
            }
            let lead = bytes[start]
            let wanted: Bool
            if lead < 0x80 {
                wanted = (0x41...0x5A).contains(lead) || end - start <= 7
            } else {
                wanted = text[index(start)...].unicodeScalars.first?.properties.isUppercase ?? false
            }
            let range = index(start)..<index(end)
            words.append((range, wanted ? String(text[range]) : "", stops, opens))
        }
        var result: [Range<String.Index>] = []
        var run: [Int] = []
        func close() {
            while let last = run.last, !(words[last].1.first?.isUppercase ?? false) { run.removeLast() }
            if run.count >= 2, run.contains(where: { keywords.contains(words[$0].1.lowercased()) }),
                let first = run.first, let last = run.last
            {
                result.append(words[first].0.lowerBound..<words[last].0.upperBound)
            }
            run.removeAll()
        }
        for (position, word) in words.enumerated() {
            if word.3 { close() }
            let capital = word.1.first?.isUppercase ?? false
            let connector = connectors.contains(word.1)
            if position > 0, capital || (connector && !run.isEmpty), !word.1.isEmpty {
                run.append(position)
            } else {
                close()
            }
            if word.2 { close() }
        }
        close()
        return result
    }
}
