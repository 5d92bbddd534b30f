import Foundation
import ResolintKit
import Testing

/// One defect injected into a real text per test, the way a new user would try the linter: the
/// finding appears at the right line with the right rule and category.
@Suite struct InjectedDefectTests {
    struct Defect: CustomTestStringConvertible, Sendable {
        let file: String
        let find: String
        let replace: String
        let rule: String
        let category: RuleCategory
        var testDescription: String { "\(rule) in \(file)" }
    }

    static let defects: [Defect] = [
        // Numbering
        Defect(
            file: "corpus/A-RES-58-140.txt", find: " 7. Supports the high priority",
            replace: " 8. Supports the high priority",
            rule: "operative-numbering", category: .numbering),
        Defect(
            file: "corpus/A-RES-80-1.md", find: "(b) The State of Palestine may deliver",
            replace: "(c) The State of Palestine may deliver", rule: "subparagraph-sequence", category: .numbering),
        // Citations
        Defect(
            file: "corpus/A-RES-58-140.txt", find: "its resolution 58/135 of 22 December 2003",
            replace: "its resolution 58-135 of 22 December 2003", rule: "resolution-symbol-form", category: .citation),
        Defect(
            file: "corpus/A-RES-58-140.txt", find: "resolution \n1373 (2001) concerning",
            replace: "resolution \n1373(2001) concerning",
            rule: "citation-parenthesis-space", category: .citation),
        Defect(
            file: "corpus/A-RES-58-140.txt", find: "Recalling Economic and Social Council resolution 2003/24",
            replace: "Recalling ECOSOC resolution 2003/24", rule: "organ-name-in-full", category: .citation),
        Defect(
            file: "corpus/A-RES-80-14.md", find: "Recalling its resolutions 51/53 of 10 December 1996 and 56/17",
            replace: "Recalling its resolution 51/53 of 10 December 1996 and 56/17", rule: "plural-resolutions",
            category: .citation),
        Defect(
            file: "corpus/A-RES-80-11.md", find: "Security Council resolution 1325 (2000)",
            replace: "Security Council resolution 1325",
            rule: "sc-resolution-year", category: .citation),
        // Dates
        Defect(
            file: "corpus/A-RES-58-140.txt", find: "its resolution 58/4 of 31 October 2003",
            replace: "its resolution 58/4 of 31 October 2002", rule: "citation-year", category: .date),
        Defect(
            file: "corpus/A-RES-80-14.md", find: "56/17 of 29 November 2001", replace: "56/17 of 29th November 2001",
            rule: "date-format", category: .date),
        Defect(
            file: "corpus/A-RES-80-14.md", find: "on 15 July 2009", replace: "on 31 June 2009", rule: "invalid-date",
            category: .date),
        // Footnotes
        Defect(
            file: "corpus/A-RES-58-140.txt", find: "Challenges of the Twenty-first Century,2",
            replace: "Challenges of the Twenty-first Century2,",
            rule: "footnote-after-punctuation", category: .footnote),
        Defect(
            file: "corpus/A-RES-80-14.md", find: "Nuclear Weapons[^5] that", replace: "Nuclear Weapons[^6] that",
            rule: "footnote-resolution", category: .footnote),
        // Instruments
        Defect(
            file: "corpus/A-RES-58-140.txt", find: "the United Nations Convention against Corruption, through",
            replace: "the United Nations Convention Against Corruption, through", rule: "instrument-name",
            category: .instrument),
        Defect(
            file: "corpus/A-RES-58-140.txt",
            find:
                "the implementation of the Vienna Declaration on Crime and Justice: Meeting the \nChallenges of the Twenty-first Century;3",
            replace:
                "the implementation of the Vienna Declaration On Crime and Justice: Meeting the \nChallenges of the Twenty-first Century;3",
            rule: "instrument-consistency", category: .instrument),
        // Punctuation and structure
        Defect(
            file: "corpus/A-RES-80-14.md", find: "enhance global and regional peace and security,",
            replace: "enhance global and regional peace and security;", rule: "paragraph-ending", category: .punctuation
        ),
        Defect(
            file: "corpus/A-RES-80-14.md", find: "Considering that the establishment",
            replace: "It is considered that the establishment",
            rule: "paragraph-opener", category: .wording),
        Defect(
            file: "corpus/A-RES-80-14.md", find: "Recalling further the Cairo Declaration",
            replace: "Recalling also the Cairo Declaration",
            rule: "also-further-order", category: .wording),
        Defect(
            file: "corpus/A-RES-80-14.md", find: "The General Assembly,\n", replace: "", rule: "organ-formula",
            category: .structure),
        Defect(
            file: "corpus/A-RES-80-14.md", find: "52nd plenary meeting 1 December 2025", replace: "",
            rule: "adoption-block", category: .structure),
    ]

    @Test(arguments: defects)
    func defectIsFoundWhereItIs(_ defect: Defect) throws {
        let original = try String(contentsOfFile: Fixtures.path(defect.file), encoding: .utf8)
        let range = try #require(original.range(of: defect.find), "the text to change is in \(defect.file)")
        let changed = original.replacingCharacters(in: range, with: defect.replace)
        let rules = try Fixtures.ruleSet().rules
        let (_, before) = try Fixtures.lint(original, rules: rules, path: defect.file)
        let (_, after) = try Fixtures.lint(changed, rules: rules, path: defect.file)
        let new = after.filter { finding in
            finding.ruleID == defect.rule
                && !before.contains { $0.ruleID == finding.ruleID && $0.message == finding.message }
        }
        let line = original[..<range.lowerBound].filter { $0 == "\n" }.count + 1
        let lines = defect.find.filter { $0 == "\n" }.count
        #expect(!new.isEmpty, "no new \(defect.rule) finding")
        #expect(new.allSatisfy { $0.category == defect.category })
        if defect.rule != "organ-formula" && defect.rule != "adoption-block" {
            let first = try #require(new.first)
            #expect((line...(line + lines)).contains(first.range.start.line), "found at \(first.range)")
        }
    }
}

/// One slip, one finding: two rules that see the same slip do not both report it.
@Suite struct OneFindingPerSlipTests {
    @Test func theWiderFindingReports() throws {
        let text = """
            The General Assembly,

            Recalling ECOSOC resolution 2003/24 of 22 July 2003 and the UN Charter,

            1. Decides to act.
            """
        let (_, found) = try Fixtures.lint(text, rules: try Fixtures.ruleSet().rules)
        #expect(found.map(\.ruleID) == ["organ-name-in-full", "instrument-name"])
    }
}
