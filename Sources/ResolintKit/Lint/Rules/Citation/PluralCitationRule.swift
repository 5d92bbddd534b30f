/// Two or more resolutions cited together take the plural: "resolutions 55/25 and 55/255".
public struct PluralCitationRule: DeviationRule {
    static let kind = Deviation.Kind.nounNumber

    public init() {}

    public let description = RuleDescription(
        id: "plural-resolutions", category: .citation, severity: .warning,
        summary: "several resolutions cited together take the plural noun: \"resolutions … and …\"",
        rationale: """
            When two or more resolutions or decisions are cited together the noun is plural and \
            "and" joins the last two (Editorial Manual, identification of resolutions and decisions).
            """,
        triggering: ["Recalling its ↓resolution 55/25 of 15 November 2000 and 55/255 of 31 May 2001,"],
        nonTriggering: [
            "Recalling its resolutions 55/25 of 15 November 2000 and 55/255 of 31 May 2001,",
            "Recalling its resolution 55/25 of 15 November 2000 and Security Council resolution 1373 (2001),",
        ],
        corrections: [
            RuleCorrection(
                "Recalling its resolution 55/25 and 55/255,", "Recalling its resolutions 55/25 and 55/255,")
        ])

}
