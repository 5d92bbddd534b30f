/// An adopted resolution closes with the meeting and the date of adoption.
public struct AdoptionBlockRule: Rule {
    public init() {}

    public let description = RuleDescription(
        id: "adoption-block", category: .structure, severity: .warning,
        summary: "an adopted resolution ends with its meeting and date (\"77th plenary meeting / 22 December 2003\")",
        rationale: """
            The adopted text of a General Assembly resolution closes with the plenary meeting at \
            which it was adopted and the date (Editorial Manual, order of elements, II.C); a draft \
            has neither.
            """,
        triggering: [
            RuleExample(
                "Resolution adopted by the General Assembly on 22 December 2003\n\n58/140. Crime prevention\n\n"
                    + "The General Assembly,\n\nRecalling its resolution 57/173,\n\n1. Decides to act.↓\n", whole: true)
        ],
        nonTriggering: [
            RuleExample(
                "58/140. Crime prevention\n\nThe General Assembly,\n\nRecalling its resolution 57/173,\n\n"
                    + "1. Decides to act.\n\n77th plenary meeting\n22 December 2003\n", whole: true),
            "Recalling its resolution 57/173,\n\n1. Decides to act.",
        ])

    public func check(_ document: LintDocument) -> [Finding] {
        guard document.isAdopted else { return [] }
        let end =
            (document.resolution.operative.last?.range ?? document.resolution.formula?.range)?.end
            ?? SourcePosition(line: 1, column: 1)
        let at = SourceRange(start: end, end: SourcePosition(line: end.line, column: end.column + 1))
        guard let adoption = document.resolution.adoption else {
            return [finding("no closing meeting and date of adoption", at: at)]
        }
        if adoption.meeting == nil {
            return [finding("no closing meeting line (\"… plenary meeting\")", at: at)]
        }
        if adoption.dateFromMasthead, let range = adoption.range {
            return [finding("the closing block gives no date of adoption", at: range)]
        }
        return []
    }
}
