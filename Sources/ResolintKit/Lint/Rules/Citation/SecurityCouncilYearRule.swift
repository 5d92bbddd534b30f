/// A Security Council resolution carries its four-digit year: "resolution 1373 (2001)".
public struct SecurityCouncilYearRule: DeviationRule {
    static let kind = Deviation.Kind.securityCouncilYear

    public init() {}

    public let description = RuleDescription(
        id: "sc-resolution-year", category: .citation, severity: .error,
        summary: "a Security Council resolution is cited with its year: \"1373 (2001)\"",
        rationale: """
            Security Council resolutions are numbered across years and always cited with the \
            four-digit year of adoption in parentheses after the number.
            """,
        triggering: [
            "Recalling Security Council resolution ↓1373 of 28 September 2001,",
            "Recalling Security Council resolution ↓1373/2001,",
            "Recalling Security Council resolutions 1325 (2000) and ↓1820 of 19 June 2008,",
        ],
        nonTriggering: ["Recalling Security Council resolutions 1325 (2000) and 1820 (2008),"],
        corrections: [
            RuleCorrection(
                "Recalling Security Council resolution 1373/2001,", "Recalling Security Council resolution 1373 (2001),"
            ),
            RuleCorrection(
                "Recalling Security Council resolution 1373 of 28 September 2001,",
                "Recalling Security Council resolution 1373 (2001) of 28 September 2001,"),
        ])

}
