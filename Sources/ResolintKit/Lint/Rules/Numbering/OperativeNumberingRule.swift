/// Operative paragraphs are numbered 1, 2, 3… with no gap, repeat or missing number.
public struct OperativeNumberingRule: Rule {
    public init() {}

    public let description = RuleDescription(
        id: "operative-numbering", category: .numbering, severity: .error,
        summary: "operative paragraphs are numbered 1…n with no gap, repeat or missing number",
        rationale: """
            Operative paragraphs are numbered consecutively in arabic numerals, and paragraphs are \
            cited by those numbers (Editorial Manual, resolutions and decisions, numbering and \
            arrangement). A gap or repeat usually means a paragraph was deleted or merged during \
            negotiation and the numbers were not redone.
            """,
        triggering: [
            "1. Decides to act;\n\n↓3. Requests the Secretary-General to report.",
            "1. Decides to act;\n\n↓1. Requests the Secretary-General to report.",
            "1. Decides to act;\n\n↓Requests the Secretary-General to report.",
        ],
        nonTriggering: [
            "1. Decides to act;\n\n2. Requests the Secretary-General to report.",
            "Decides to include the item in the agenda of its next session.",
        ])

    public func check(_ document: LintDocument) -> [Finding] {
        NumberingCheck.faults(document.resolution.operative, what: "operative paragraph").map {
            finding($0.message, at: $0.range)
        }
    }
}
