/// A date that does not exist: "31 February 2003", "29 February 2001".
public struct InvalidDateRule: DeviationRule {
    static let kind = Deviation.Kind.invalidDate

    public init() {}

    public let description = RuleDescription(
        id: "invalid-date", category: .date, severity: .error,
        summary: "a date must exist in the calendar",
        rationale: "A day beyond the end of its month is a typing error that makes a citation unverifiable.",
        triggering: [
            "Recalling its resolution 57/300 of ↓31 February 2003,", "Noting the meeting of ↓29 February 2001,",
        ],
        nonTriggering: ["Recalling its resolution 58/300 of 29 February 2004,"])

}
