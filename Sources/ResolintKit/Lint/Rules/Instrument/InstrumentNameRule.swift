/// Legal instruments are named as in the register `Rules/instruments.yml`: the canonical name in
/// its exact case (a non-breaking hyphen counts as a hyphen), never a known wrong variant.
public struct InstrumentNameRule: Rule {
    let register: [RuleData.Instrument]
    /// The words that must all be in a paragraph for a name or a variant to be there.
    private let keys: KeyWords
    /// For each entry, the indices in `keys` of its name's words.
    private let nameKeys: [[Int]]
    /// For each entry and variant, the indices in `keys` of the variant's words.
    private let variantKeys: [[[Int]]]

    public init(register: [RuleData.Instrument]) {
        self.register = register
        var words: [String] = []
        func indices(_ text: String) -> [Int] {
            Self.wordRuns(text).map { word in
                if let index = words.firstIndex(of: word) { return index }
                words.append(word)
                return words.count - 1
            }
        }
        nameKeys = register.map { indices($0.name) }
        variantKeys = register.map { $0.variants.map(indices) }
        keys = KeyWords(words)
    }

    /// The runs of letters and digits of `text`, in lower case (ASCII).
    static func wordRuns(_ text: String) -> [String] {
        text.unicodeScalars.split { !TextSearch.isWordScalar($0) }.map { String(scalars: $0).lowercased() }
    }

    public var description: RuleDescription {
        RuleDescription(
            id: "instrument-name", category: .instrument, severity: .error,
            summary: "legal instruments are named exactly as in the register of instruments",
            rationale: """
                A treaty is cited by its exact title (Editorial Manual, references; United Nations, \
                Treaty Series). The register in Rules/instruments.yml lists the canonical names of \
                the instruments resolutions cite most and the wrong forms seen in drafts.
                """,
            triggering: [
                "Welcoming the entry into force of the ↓United Nations Convention Against Corruption,",
                "Reaffirming the ↓UN Charter,",
                "Calling for the universality of the ↓Chemical Weapons Convention and the ↓Non\u{2011}Proliferation Treaty,",
            ],
            nonTriggering: [
                "Welcoming the entry into force of the United Nations Convention against Corruption,",
                "Welcoming the United Nations Convention against Transnational Organized Crime (Palermo Convention),",
                "Recalling the United Nations Framework Convention on Climate Change,",
                "Recalling its resolution entitled “Implementation of the NPT safeguards agreement”,",
                "Noting the working paper NPT/CONF.2020/WP.77 submitted to the Review Conference,",
                "Welcoming the Fourth Special Session of the Conference of the States Parties to Review the Operation of the Chemical Weapons Convention,",
                "Recalling the Treaty on the Non\u{2011}Proliferation of Nuclear Weapons,",
            ],
            corrections: [
                RuleCorrection("Reaffirming the UN Charter,", "Reaffirming the Charter of the United Nations,")
            ])
    }

    /// "(Palermo Convention)" right after the full name is an alias the text defines, not a fault.
    static func isParenthesizedAlias(_ bounds: Range<String.Index>, in text: String) -> Bool {
        bounds.lowerBound > text.startIndex && text[text.index(before: bounds.lowerBound)] == "("
            && bounds.upperBound < text.endIndex && text[bounds.upperBound] == ")"
    }

    /// Inside “…”: a quoted title is reproduced as it was adopted.
    static func isQuoted(_ bounds: Range<String.Index>, in text: String) -> Bool {
        let before = text[..<bounds.lowerBound]
        return before.filter { $0 == "“" }.count > before.filter { $0 == "”" }.count
    }

    /// Words that join the parts of a longer proper name: "Conference of the States Parties to
    /// Review the Operation of the Chemical Weapons Convention".
    static let nameConnectors: Set<String> = ["of", "the", "to", "on", "for", "against", "in"]

    /// True when the words at `bounds` (scalar offsets) are part of a longer proper name: a
    /// capitalised word stands right after them, or before them across connectors — one that
    /// does not open the paragraph or a sentence. A register name inside a longer name is not a
    /// use of that name.
    static func isInsideLongerName(_ bounds: Range<Int>, in scalars: [Unicode.Scalar]) -> Bool {
        let scan = ScalarScan(scalars)
        if let next = scan.word(after: bounds.upperBound), next.lowerBound == scan.spaces(from: bounds.upperBound),
            bounds.upperBound < next.lowerBound, scalars[next.lowerBound].properties.isUppercase
        {
            return true
        }
        var position = bounds.lowerBound
        while let word = scan.word(before: position), scan.spaces(before: position) == word.upperBound,
            word.upperBound < position
        {
            let text = scan.text(word)
            if nameConnectors.contains(text) {
                position = word.lowerBound
                continue
            }
            guard scalars[word.lowerBound].properties.isUppercase else { return false }
            // The first word of the paragraph or of a sentence is capitalised as such.
            let before = scan.spaces(before: word.lowerBound)
            return before > 0 && !".;:(“\"".unicodeScalars.contains(scalars[before - 1])
        }
        return false
    }

    public func check(_ document: LintDocument) -> [Finding] {
        var findings: [Finding] = []
        for (unitIndex, unit) in document.units.enumerated() {
            // One pass collects the unit's words; only entries whose key word is among them are
            // searched for, on a text prepared once.
            let present = keys.present(in: unit.text)
            let names = nameKeys.map { $0.allSatisfy { present[$0] } }
            let variants = variantKeys.map { $0.map { $0.allSatisfy { present[$0] } } }
            guard names.contains(true) || variants.contains(where: { $0.contains(true) }) else { continue }
            let haystack = TextSearch.Haystack(unit.text)
            // Canonical names in any case: variants inside one of them are not variants.
            let canonical = zip(register, names).map { entry, present in
                present ? TextSearch.occurrences(of: entry.name, in: haystack, folding: true) : []
            }
            let allCanonical = canonical.joined()
            for (index, (entry, matches)) in zip(register, canonical).enumerated() {
                for match in matches
                where InstrumentConsistencyRule.readerForm(String(unit.text[match])) != entry.name {
                    findings.append(
                        finding(
                            "write \"\(entry.name)\", not \"\(unit.text[match])\"", at: unit.range(match),
                            fix: TextRuleSupport.fix(unit, match, entry.name)))
                }
                for (variant, present) in zip(entry.variants, variants[index]) where present {
                    let symbols = document.cited(inUnit: unitIndex).symbols
                    for offsets in TextSearch.offsets(of: variant, in: haystack, folding: false)
                    where !symbols.contains(where: { $0.range.overlaps(offsets) })
                        && !Self.isInsideLongerName(offsets, in: haystack.scalars)
                    {
                        let scalars = unit.text.unicodeScalars
                        let lower = scalars.index(scalars.startIndex, offsetBy: offsets.lowerBound)
                        let match = lower..<scalars.index(lower, offsetBy: offsets.count)
                        guard !allCanonical.contains(where: { $0.contains(match.lowerBound) }),
                            !Self.isParenthesizedAlias(match, in: unit.text), !Self.isQuoted(match, in: unit.text)
                        else { continue }
                        findings.append(
                            finding(
                                "write \"\(entry.name)\", not \"\(variant)\"", at: unit.range(match),
                                fix: TextRuleSupport.fix(unit, match, entry.name)))
                    }
                }
            }
        }
        return findings
    }
}
