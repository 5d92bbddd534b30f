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
            ],
            nonTriggering: [
                "Welcoming the entry into force of the United Nations Convention against Corruption,",
                "Welcoming the United Nations Convention against Transnational Organized Crime (Palermo Convention),",
                "Recalling the United Nations Framework Convention on Climate Change,",
                "Recalling its resolution entitled “Implementation of the NPT safeguards agreement”,",
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

    public func check(_ document: LintDocument) -> [Finding] {
        var findings: [Finding] = []
        for unit in document.units {
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
                    for match in TextSearch.occurrences(of: variant, in: haystack, folding: false)
                    where !allCanonical.contains(where: { $0.contains(match.lowerBound) })
                        && !Self.isParenthesizedAlias(match, in: unit.text) && !Self.isQuoted(match, in: unit.text)
                    {
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
