/// An Economic and Social Council resolution (numbered year/number since 1978) is cited with the
/// Council's name unless the Council's own text cites it.
public struct EconomicAndSocialCouncilCitationRule: Rule {
    public init() {}

    static let pattern = TextRuleSupport.pattern(
        #"(Council |its )?\bresolution ((?:19[7-9][0-9]|20[0-9]{2})/[0-9]{1,3})\b"#)

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

    public func check(_ document: LintDocument) -> [Finding] {
        guard document.organ != .economicAndSocialCouncil else { return [] }
        return TextRuleSupport.matches(Self.pattern, in: document, requiring: ["resolution 19", "resolution 20"])
            .compactMap {
                unit, match in
                guard TextRuleSupport.capture(match, 1, in: unit.text).isEmpty else { return nil }
                return finding(
                    "write \"Economic and Social Council resolution \(TextRuleSupport.capture(match, 2, in: unit.text))\"",
                    at: unit.range(match.range))
            }
    }
}
