/// An Economic and Social Council resolution (numbered year/number since 1978) is cited with the
/// Council's name unless the Council's own text cites it.
public struct EconomicAndSocialCouncilCitationRule: DeviationRule {
    static let kind = Deviation.Kind.organMissing

    public init() {}

    public let description = RuleDescription(
        id: "ecosoc-resolution-organ", category: .citation, severity: .warning,
        summary: "a year/number resolution is cited as \"Economic and Social Council resolution 2003/24\"",
        rationale: """
            A resolution of another organ is cited with that organ's full name; a number of the \
            form 2003/24 is an Economic and Social Council resolution (Editorial Manual, \
            identification of resolutions and decisions, I.C).
            """,
        triggering: [
            "Acknowledging the role of standards and norms, as reflected in ↓resolution 2003/30 of 22 July 2003,"
        ],
        nonTriggering: [
            "Recalling Economic and Social Council resolution 2003/24 of 22 July 2003,",
            RuleExample(
                "The Economic and Social Council,\n\nRecalling its resolution 2003/24 of 22 July 2003,\n", whole: true),
        ])

    func reports(_ deviation: Deviation, in unit: TextUnit, of document: LintDocument) -> Bool {
        document.organ != .economicAndSocialCouncil
    }
}
