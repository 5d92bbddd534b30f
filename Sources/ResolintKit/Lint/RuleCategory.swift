/// The family a rule belongs to, as reports group them.
public enum RuleCategory: String, Sendable, CaseIterable {
    case numbering, citation, date, footnote, instrument, punctuation, structure, wording
}
