/// Preambular paragraphs open with a participle or adjective ("Recalling", "Aware"); operative
/// paragraphs with a verb in the present tense ("Decides", "Also requests").
public struct ParagraphOpenerRule: ConfigurableRule {
    let openers: OpenerList

    public init(openers: OpenerList) {
        self.openers = openers
    }

    public var description: RuleDescription {
        RuleDescription(
            id: "paragraph-opener", category: .wording, severity: .warning,
            summary:
                "preambular paragraphs open with a participle or adjective, operative ones with a present-tense verb",
            rationale: """
                A preambular paragraph opens with a present, past or perfect participle or an \
                adjective; an operative paragraph with an operative verb in the present tense \
                (Editorial Manual, order of elements of a resolution, II.C). The lists are in \
                Rules/openers.yml and can be extended with a rule directory.
                """,
            triggering: [
                "↓The Assembly recalls its resolution 57/173,\n\n1. Decides to act.",
                "Recalling its resolution 57/173,\n\n1. ↓Requesting the Secretary-General to report.",
                "↓Deeply the Assembly is concerned,\n\n1. Decides to act.",
            ],
            nonTriggering: [
                "Recalling its resolution 57/173,\n\nDeeply concerned by the situation,\n\nAware of the need to act,\n\n1. Also requests the Secretary-General to report;\n\n2. Decides to remain seized of the matter.",
                "Ever mindful of the Charter,\n\nDeeply disappointed by the delay,\n\nFirmly believing in the rule of law,\n\n1. Urgently calls upon all States to act;\n\n2. Once again reaffirms its resolution 57/173.",
            ])
    }

    /// Options `preambular: [...]` and `operative: [...]` add openers to the lists of `Rules/`.
    public func configured(_ options: YAMLNode, path: String) throws(ConfigurationError) -> any Rule {
        var preambular = openers.preambular
        var operative = openers.operative
        for entry in options.entries ?? [] {
            guard let words = entry.value.items?.compactMap(\.string) else {
                throw ConfigurationError(
                    path: path, line: entry.line, message: "\"\(entry.key)\" must be a list of words")
            }
            switch entry.key {
            case "preambular": preambular += words
            case "operative": operative += words
            default:
                throw ConfigurationError(
                    path: path, line: entry.line,
                    message: "unknown option \"\(entry.key)\" for paragraph-opener (preambular, operative)")
            }
        }
        if options.entries == nil {
            throw ConfigurationError(
                path: path, line: options.line, message: "options of paragraph-opener must be a mapping")
        }
        return ParagraphOpenerRule(openers: OpenerList(preambular: preambular, operative: operative))
    }

    public func check(_ document: LintDocument) -> [Finding] {
        var findings: [Finding] = []
        for unit in document.units where !unit.isSubparagraph {
            let word = OpenerList.firstWord(unit.text)
            let bounds = unit.text.startIndex..<unit.text.index(unit.text.startIndex, offsetBy: max(word.count, 1))
            switch unit.role {
            case .preamble where openers.preambularOpener(of: unit.text) == nil:
                findings.append(
                    finding(
                        "preambular paragraph opens with \"\(word)\", not a participle or adjective",
                        at: unit.range(bounds)))
            case .operative where openers.operativeOpener(of: unit.text) == nil:
                findings.append(
                    finding("operative paragraph opens with \"\(word)\", not an operative verb", at: unit.range(bounds))
                )
            default:
                break
            }
        }
        return findings
    }
}
