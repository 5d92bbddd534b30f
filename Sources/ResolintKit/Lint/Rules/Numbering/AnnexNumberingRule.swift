/// The numbered paragraphs of an annex run 1, 2, 3… like operative paragraphs.
public struct AnnexNumberingRule: Rule {
    public init() {}

    public let description = RuleDescription(
        id: "annex-numbering", category: .numbering, severity: .error,
        summary: "numbered annex paragraphs run 1…n with no gap, repeat or missing number",
        rationale: """
            An annexed declaration or programme numbers its paragraphs on its own, from 1, and \
            is cited by them ("paragraph 12 of the annex"); a gap means a lost or merged paragraph.
            """,
        triggering: [
            RuleExample(
                "The General Assembly,\n\nAdopts the declaration annexed to the present resolution.\n\n"
                    + "Annex\n\n1. We commit ourselves to act.\n\n↓3. We decide to meet again.\n", whole: true)
        ],
        nonTriggering: [
            RuleExample(
                "The General Assembly,\n\nAdopts the declaration annexed to the present resolution.\n\n"
                    + "Annex\n\n1. We commit ourselves to act.\n\n2. We decide to meet again.\n", whole: true)
        ])

    public func check(_ document: LintDocument) -> [Finding] {
        document.resolution.annexes.flatMap { annex in
            NumberingCheck.faults(annex.paragraphs, what: "annex paragraph").map { finding($0.message, at: $0.range) }
        }
    }
}
