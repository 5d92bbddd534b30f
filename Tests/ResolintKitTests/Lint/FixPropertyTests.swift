import Foundation
import ResolintKit
import Testing

/// `--fix` never changes text outside its fix ranges. Each corpus text gets faults with certain
/// fixes injected at random places (seeded), a random half of the rules runs, and every line no
/// fix touches must come out the same, as must the text before and after the fixes on the lines
/// they touch.
@Suite struct FixPropertyTests {
    /// A small, seeded generator, so that a failure can be replayed.
    struct Generator: RandomNumberGenerator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return state
        }
    }

    static let months = [
        "January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
        "November", "December",
    ]

    /// Faults the rules fix with certainty, written into the first place each can go and into
    /// some of the others.
    static func inject(_ text: String, using random: inout Generator) -> String {
        var out = text
        var first = true
        func maybe(_ random: inout Generator) -> Bool {
            defer { first = false }
            return first || Bool.random(using: &random)
        }
        out = out.replacing(#/the United Nations /#) { _ in maybe(&random) ? "the UN " : "the United Nations " }
        first = true
        out = out.replacing(/Secretary-General/) { _ in maybe(&random) ? "Secretary General" : "Secretary-General" }
        first = true
        out = out.replacing(/resolution ([0-9]{2})\/([0-9]{1,3})/) { match in
            maybe(&random) ? "resolution \(match.1) / \(match.2)" : String(match.0)
        }
        first = true
        out = out.replacing(
            /\ ([0-9]{1,2}) (January|February|March|April|May|June|July|August|September|October|November|December) ((?:19|20)[0-9]{2})/
        ) { match in
            maybe(&random) ? " \(match.2) \(match.1), \(match.3)" : String(match.0)
        }
        return out
    }

    @Test(arguments: Fixtures.corpusFiles)
    func fixesTouchOnlyTheirRanges(file: String) throws {
        var random = Generator(state: UInt64(file.unicodeScalars.reduce(7) { $0 &* 31 &+ UInt64($1.value) }))
        let original = try String(contentsOfFile: Fixtures.path(file), encoding: .utf8)
        let faulty = Self.inject(original, using: &random)
        let allRules = try Fixtures.ruleSet().rules
        var applied = 0
        defer { #expect(applied > 0, "the run applied fixes") }
        for _ in 0..<4 {
            let rules = allRules.filter { _ in Bool.random(using: &random) }
            let (document, findings) = try Fixtures.lint(faulty, rules: rules, path: file)
            let fixes = findings.compactMap(\.fix)
            applied += fixes.count
            let fixed = document.source.applying(fixes)
            let before = faulty.components(separatedBy: "\n")
            let after = fixed.components(separatedBy: "\n")
            #expect(before.count == after.count, "fixes here replace within lines")
            guard before.count == after.count else { continue }
            for (index, line) in before.enumerated() {
                let number = index + 1
                let touching = fixes.filter { $0.range.start.line <= number && $0.range.end.line >= number }
                guard let first = touching.map(\.range.start).min(), let last = touching.map(\.range.end).max() else {
                    #expect(after[index] == line, "\(file):\(number) changed without a fix")
                    continue
                }
                let scalars = Array(line.unicodeScalars)
                let fixedScalars = Array(after[index].unicodeScalars)
                let head = first.line == number ? first.column - 1 : 0
                let tail = last.line == number ? scalars.count - (last.column - 1) : 0
                #expect(
                    Array(fixedScalars.prefix(head)) == Array(scalars.prefix(head)), "\(file):\(number) before the fix")
                #expect(
                    Array(fixedScalars.suffix(tail)) == Array(scalars.suffix(tail)), "\(file):\(number) after the fix")
            }
        }
    }
}
