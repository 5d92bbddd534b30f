/// One instrument is written one way throughout a text: not "Convention against Corruption" in
/// one paragraph and "Convention Against Corruption" or "Non‑Proliferation" / "Non-Proliferation"
/// in another.
public struct InstrumentConsistencyRule: Rule {
    public init() {}

    static let keywords: Set<String> = [
        "convention", "treaty", "protocol", "protocols", "charter", "covenant", "agreement", "declaration",
    ]
    static let stopScalars: Set<Unicode.Scalar> = [",", ";", ":", ".", "(", ")", "“", "”", "\""]
    static let connectors: Set<String> = ["of", "the", "on", "against", "for", "and", "in", "to", "from", "between"]

    public let description = RuleDescription(
        id: "instrument-consistency", category: .instrument, severity: .warning,
        summary: "an instrument's name is written the same way every time",
        rationale: """
            The same title written two ways (case, hyphen or non-breaking hyphen) reads as two \
            instruments and defeats search in the adopted text.
            """,
        triggering: [
            "Recalling the Treaty on the Non-Proliferation of Nuclear Weapons,\n\n1. Calls for universal adherence to the ↓Treaty on the Non\u{2011}Proliferation of Nuclear Weapons."
        ],
        nonTriggering: [
            "Recalling the Treaty on the Non-Proliferation of Nuclear Weapons,\n\n1. Calls for universal adherence to the Treaty on the Non-Proliferation of Nuclear Weapons."
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
            guard let occurrences = groups[key], Set(occurrences.map(\.text)).count > 1 else { continue }
            let first = occurrences[0].text
            for occurrence in occurrences where occurrence.text != first {
                let unit = document.units[occurrence.unit]
                findings.append(
                    finding(
                        "\"\(occurrence.text)\" is written \"\(first)\" elsewhere in the text",
                        at: unit.range(occurrence.bounds)))
            }
        }
        return findings
    }

    /// Lower case, every hyphen the ASCII one.
    static func key(_ name: String) -> String {
        unifyHyphens(name.lowercased())
    }

    /// The text with non-breaking and Unicode hyphens written as "-".
    static func unifyHyphens(_ text: String) -> String {
        guard text.containsBytes("\u{2011}") || text.containsBytes("\u{2010}") else { return text }
        return String(text.map { $0 == "\u{2011}" || $0 == "\u{2010}" ? "-" : $0 })
    }

    /// Runs of capitalised words and connectors that contain an instrument keyword, from the
    /// first capitalised word to the last, never the paragraph's first word.
    static func names(in text: String) -> [Range<String.Index>] {
        // Words are cut on Unicode scalars, and only a capitalised word or a short lower-case one
        // (a possible connector) becomes a String: most words are looked at one scalar deep.
        let scalars = text.unicodeScalars
        var words: [(Range<String.Index>, String, Bool)] = []  // range, word, ends a run
        var index = scalars.startIndex
        while index < scalars.endIndex {
            while index < scalars.endIndex, scalars[index] == " " { index = scalars.index(after: index) }
            let start = index
            while index < scalars.endIndex, scalars[index] != " " { index = scalars.index(after: index) }
            guard start < index else { break }
            var end = index
            var stops = false
            while end > start, stopScalars.contains(scalars[scalars.index(before: end)]) {
                end = scalars.index(before: end)
                stops = true
            }
            if scalars[start] == "(" || scalars[start] == "“" { stops = true }
            let first = scalars[start]
            let wanted = first.properties.isUppercase || (first.isASCII && text.utf8[start..<end].count <= 7)
            words.append((start..<end, wanted && start < end ? String(text[start..<end]) : "", stops))
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
