/// The rules `resolint lint` knows: the Swift rules, fed the registers of `Rules/*.yml`, and
/// the data rules of those files.
public struct RuleSet: Sendable {
    public let rules: [any Rule]

    public init(rules: [any Rule]) {
        self.rules = rules
    }

    /// Every rule, built with `data`, in id order.
    public static func standard(data: RuleData) -> RuleSet {
        let openers = OpenerList(preambular: data.preambularOpeners, operative: data.operativeOpeners)
        let swiftRules: [any Rule] = [
            OperativeNumberingRule(), AnnexNumberingRule(), SubparagraphSequenceRule(), CrossReferenceRule(),
            PreambleUnnumberedRule(openers: openers),
            ResolutionSymbolFormRule(), ResolutionNounInFullRule(), LetterSuffixRule(), ParenthesisSpaceRule(),
            OrganNameRule(),
            DocumentSymbolInTextRule(), SecurityCouncilYearRule(), PluralCitationRule(),
            EconomicAndSocialCouncilCitationRule(), CitationDateOfRule(),
            DateFormatRule(), InvalidDateRule(), CitationYearRule(),
            FootnoteResolutionRule(), FootnoteOrderRule(), FootnoteAfterPunctuationRule(),
            InstrumentNameRule(register: data.instruments), InstrumentConsistencyRule(),
            ParagraphEndingRule(), ParagraphOpenerRule(openers: openers), AlsoFurtherOrderRule(),
            SuperfluousDisableRule(),
            SelfCitationRule(), OrganFormulaRule(), AdoptionBlockRule(),
        ]
        return RuleSet(rules: (swiftRules + data.substitutions).sorted { $0.description.id < $1.description.id })
    }

    /// The ids of the rules written in Swift, which a data rule may not take.
    public static let builtInIDs: Set<String> = Set(standard(data: RuleData()).rules.map(\.description.id))

    /// The rule with this id.
    public func rule(_ id: String) -> (any Rule)? {
        rules.first { $0.description.id == id }
    }
}
