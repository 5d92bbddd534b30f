/// A General Assembly resolution or decision is cited as session/number: `57/173`.
public struct ResolutionSymbolFormRule: DeviationRule {
    static let kind = Deviation.Kind.numberForm

    public init() {}

    public let description = RuleDescription(
        id: "resolution-symbol-form", category: .citation, severity: .error,
        summary: "a resolution is cited as \"resolution 57/173\": two numbers joined by a slash, no spaces",
        rationale: """
            From the thirty-first session the General Assembly numbers resolutions and decisions \
            as session/number, two arabic numbers joined by a slash without spaces (Editorial \
            Manual, identification of resolutions and decisions, I.B.1).
            """,
        triggering: [
            "Recalling its resolution ↓57-173 of 18 December 2002,",
            "Recalling its resolution ↓57 / 173 of 18 December 2002,",
            "Recalling its resolutions 57/173 and ↓57 /174 of 18 December 2002,",
        ],
        nonTriggering: [
            "Recalling its resolution 57/173 of 18 December 2002 and decision 57/530 of 20 December 2002,",
            "Recalling Security Council resolution 1373 (2001) of 28 September 2001,",
            "Bearing in mind resolution CM/Res.1153 (XLVIII) of the Council of Ministers,",
            "Noting the report of the Secretary-General (A/58/222) and the biennium 2020-2021,",
        ],
        corrections: [
            RuleCorrection(
                "Recalling its resolution 57 / 173 of 18 December 2002,",
                "Recalling its resolution 57/173 of 18 December 2002,")
        ])

}
