/// The text opens with the organ's formula, "The General Assembly,".
public struct OrganFormulaRule: Rule {
    public init() {}

    public let description = RuleDescription(
        id: "organ-formula", category: .structure, severity: .error,
        summary: "the text opens with the organ's name: \"The General Assembly,\"",
        rationale: """
            A resolution is one sentence whose subject is the organ: its name, followed by a \
            comma, comes before the preamble (Editorial Manual, order of elements, II.C).
            """,
        triggering: [
            RuleExample("↓Recalling its resolution 57/173,\n\n1. Decides to act.\n", whole: true),
            RuleExample(
                "↓The General Assembly\n\nRecalling its resolution 57/173,\n\n1. Decides to act.\n", whole: true),
        ],
        nonTriggering: [
            RuleExample(
                "The General Assembly,\n\nRecalling its resolution 57/173,\n\n1. Decides to act.\n", whole: true),
            RuleExample(
                "The General Assembly\n\nAdopts the declaration annexed to the present resolution.\n", whole: true),
        ],
        corrections: [
            RuleCorrection(
                "The General Assembly\n\nRecalling its resolution 57/173,\n\n1. Decides to act.\n",
                "The General Assembly,\n\nRecalling its resolution 57/173,\n\n1. Decides to act.\n", whole: true)
        ])

    public func check(_ document: LintDocument) -> [Finding] {
        guard let formula = document.resolution.formula else {
            let start = document.units.first?.paragraph.range.start ?? SourcePosition(line: 1, column: 1)
            return [
                finding(
                    "no organ's formula such as \"The General Assembly,\" before the paragraphs",
                    at: SourceRange(start: start, end: SourcePosition(line: start.line, column: start.column + 1)))
            ]
        }
        guard !formula.text.hasSuffix(","), !document.resolution.preamble.isEmpty else { return [] }
        return [
            finding(
                "write \"\(formula.text),\" with a comma before the preamble", at: formula.range,
                fix: Fix(range: formula.range, replacement: formula.text + ","))
        ]
    }
}
