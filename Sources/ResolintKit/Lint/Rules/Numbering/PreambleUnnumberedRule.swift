/// Preambular paragraphs are not numbered: a numbered paragraph that opens with a participle
/// and ends with a comma is a preambular paragraph given a number.
public struct PreambleUnnumberedRule: Rule {
    let openers: OpenerList

    public init(openers: OpenerList) {
        self.openers = openers
    }

    public var description: RuleDescription {
        RuleDescription(
            id: "preamble-unnumbered", category: .numbering, severity: .error,
            summary: "preambular paragraphs are not numbered",
            rationale: """
                Only operative paragraphs are numbered; the preamble states reasons and is not \
                cited by number (Editorial Manual, order of elements of a resolution).
                """,
            triggering: ["↓1. Recalling its resolution 57/173 of 18 December 2002,\n\n2. Decides to act."],
            nonTriggering: ["Recalling its resolution 57/173 of 18 December 2002,\n\n1. Decides to act."])
    }

    public func check(_ document: LintDocument) -> [Finding] {
        document.resolution.operative.compactMap { paragraph in
            guard paragraph.number != nil, !paragraph.numberAssumed, paragraph.text.hasSuffix(","),
                let opener = openers.preambularOpener(of: paragraph.text)
            else { return nil }
            return finding(
                "paragraph \(paragraph.number ?? "") opens with \"\(opener)\" and ends with a comma: "
                    + "a preambular paragraph is not numbered",
                at: paragraph.numberRange)
        }
    }
}
