/// Operative paragraphs are numbered 1, 2, 3… with no gap, repeat or missing number. The fix
/// renumbers them in order, their subparagraphs with them, and every reference of the text to
/// them (`Renumbering`); a reference that cannot follow is reported, never guessed.
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
        ],
        corrections: [
            RuleCorrection(
                "The General Assembly,\n\n1. Decides to act as set out in paragraph 3 below;\n\n2. Invites States to act;\n\n2. Requests a report;\n\n3. Decides to remain seized of the matter.\n",
                "The General Assembly,\n\n1. Decides to act as set out in paragraph 4 below;\n\n2. Invites States to act;\n\n3. Requests a report;\n\n4. Decides to remain seized of the matter.\n",
                whole: true)
        ])

    public func check(_ document: LintDocument) -> [Finding] {
        let faults = NumberingCheck.faults(document.resolution.operative, what: "operative paragraph")
        guard let first = faults.first else { return [] }
        let renumbering = Renumbering(document)
        var findings = [
            finding(
                first.message, at: first.range,
                fix: renumbering.edits.isEmpty ? nil : Fix(edits: renumbering.edits))
        ]
        findings += faults.dropFirst().map { finding($0.message, at: $0.range) }
        findings += renumbering.unresolved.map { finding($0.message, at: $0.range) }
        return findings
    }
}
