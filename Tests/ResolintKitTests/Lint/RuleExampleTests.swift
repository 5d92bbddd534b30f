import Foundation
import ResolintKit
import Testing

/// Every rule's own examples are its tests: a triggering example gives findings of that rule
/// exactly where its `↓` markers stand, a non-triggering one gives none, and each correction is
/// what the rule's fixes produce. Each example also runs with non-ASCII text in front.
@Suite struct RuleExampleTests {
    struct Case: CustomTestStringConvertible, Sendable {
        let ruleID: String
        let number: Int
        let example: RuleExample
        let triggering: Bool
        var testDescription: String { "\(ruleID) \(triggering ? "triggering" : "non-triggering") #\(number)" }
    }

    static let rules: [any Rule] = (try? Fixtures.ruleSet().rules) ?? []

    static let cases: [Case] = rules.flatMap { rule in
        rule.description.triggering.enumerated().map {
            Case(ruleID: rule.description.id, number: $0.offset + 1, example: $0.element, triggering: true)
        }
            + rule.description.nonTriggering.enumerated().map {
                Case(ruleID: rule.description.id, number: $0.offset + 1, example: $0.element, triggering: false)
            }
    }

    static let prefix = "Nations Unies — Организация Объединённых Наций — 联合国 — الأمم المتحدة 🇺🇳\n\n"

    private func findings(_ text: String, ruleID: String) throws -> [SourcePosition] {
        let rule = try #require(Self.rules.first { $0.description.id == ruleID })
        let (_, found) = try Fixtures.lint(text, rules: [rule])
        return found.filter { $0.ruleID == ruleID }.map(\.range.start).sorted()
    }

    @Test func ruleSetIsWellFormed() {
        #expect(Self.rules.count >= 30)
        let ids = Self.rules.map(\.description.id)
        #expect(Set(ids).count == ids.count, "rule ids are unique")
        for rule in Self.rules {
            let description = rule.description
            #expect(description.id.wholeMatch(of: /[a-z0-9]+(-[a-z0-9]+)*/) != nil, "\(description.id) is kebab-case")
            #expect(!description.triggering.isEmpty, "\(description.id) has a triggering example")
            #expect(!description.nonTriggering.isEmpty, "\(description.id) has a non-triggering example")
            #expect(!description.summary.isEmpty && !description.rationale.isEmpty)
            for example in description.triggering {
                #expect(
                    example.text.contains(RuleExample.marker),
                    "\(description.id): a triggering example marks its finding")
            }
        }
    }

    @Test(arguments: cases)
    func example(_ testCase: Case) throws {
        let (text, markers) = testCase.example.document
        let expected = testCase.triggering ? markers : []
        #expect(try findings(text, ruleID: testCase.ruleID) == expected)

        // The same with a line of non-ASCII text in front: every finding two lines lower.
        let shifted = expected.map { SourcePosition(line: $0.line + 2, column: $0.column) }
        #expect(try findings(Self.prefix + text, ruleID: testCase.ruleID) == shifted)
    }

    /// The rule's fixes turn each correction's "before" into its "after", and fixing again
    /// changes nothing.
    @Test(arguments: rules.filter { !$0.description.corrections.isEmpty }.map(\.description.id))
    func corrections(_ ruleID: String) throws {
        let rule = try #require(Self.rules.first { $0.description.id == ruleID })
        for correction in rule.description.corrections {
            let before = correction.before.document.text
            let (document, found) = try Fixtures.lint(before, rules: [rule])
            let fixed = document.source.applying(found.compactMap(\.fix))
            #expect(fixed == correction.after.document.text)
            let (again, refound) = try Fixtures.lint(fixed, rules: [rule])
            #expect(again.source.applying(refound.compactMap(\.fix)) == fixed)
        }
    }
}
