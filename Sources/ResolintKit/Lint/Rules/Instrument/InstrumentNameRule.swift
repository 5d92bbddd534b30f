/// Legal instruments are named as in the register `Rules/instruments.yml`: the canonical name in
/// its exact case (a non-breaking hyphen counts as a hyphen), never a known wrong variant.
public struct InstrumentNameRule: Rule {
    let register: [RuleData.Instrument]

    public init(register: [RuleData.Instrument]) {
        self.register = register
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

    /// The longest word of a name without a hyphen, as written, in lower case, capitalised and
    /// in capitals: one of them is in the text whenever the name is, in any of those casings.
    static func probes(_ name: String) -> [String] {
        let words = name.split(separator: " ").filter { !$0.contains("-") && !$0.contains("\u{2011}") }
        let word = String(words.max { $0.count < $1.count } ?? Substring(name))
        return [
            word, word.lowercased(), word.prefix(1).uppercased() + word.dropFirst().lowercased(), word.uppercased(),
        ]
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
        let probes = register.map { Self.probes($0.name) }
        for unit in document.units {
            // Canonical names in any case: variants inside one of them are not variants. A
            // name can only be there if its longest word is, in one of its casings.
            let haystack = TextSearch.Haystack(unit.text)
            let canonical = zip(register, probes).map { entry, probes in
                probes.contains { unit.text.containsBytes($0) }
                    ? TextSearch.occurrences(of: entry.name, in: haystack, folding: true) : []
            }
            let allCanonical = canonical.joined()
            for (entry, matches) in zip(register, canonical) {
                for match in matches
                where InstrumentConsistencyRule.unifyHyphens(String(unit.text[match])) != entry.name {
                    findings.append(
                        finding(
                            "write \"\(entry.name)\", not \"\(unit.text[match])\"", at: unit.range(match),
                            fix: TextRuleSupport.fix(unit, match, entry.name)))
                }
                for variant in entry.variants where unit.text.containsBytes(variant) {
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
