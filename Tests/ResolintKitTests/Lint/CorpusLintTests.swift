import ResolintKit
import Testing

/// The adopted resolutions of the corpus lint clean but for the real faults of their texts or
/// of their extraction, each listed here with what it is (checked by reading the file).
@Suite struct CorpusLintTests {
    struct Expected: Hashable, CustomStringConvertible {
        let file: String
        let line: Int
        let rule: String
        var description: String { "\(file):\(line) [\(rule)]" }
    }

    /// Every error finding on the corpus, and why it is right.
    static let knownErrors: [Expected: String] = [
        // 80/3: "Expresses its profound gratitude…" lost its "2." in extraction.
        Expected(file: "A-RES-80-3.md", line: 30, rule: "operative-numbering"): "lost operative number 2",
        // 80/3 annex: paragraph 2 is run into paragraph 1 ("…the development agenda of the We welcome…").
        Expected(file: "A-RES-80-3.md", line: 42, rule: "annex-numbering"): "annex paragraph 2 lost",
        // 80/11 operative 1 and 2, 80/12 operative 7 and 10: the labels (a), (b)… are not in the extraction.
        Expected(file: "A-RES-80-11.md", line: 64, rule: "subparagraph-sequence"): "labels lost",
        Expected(file: "A-RES-80-11.md", line: 90, rule: "subparagraph-sequence"): "labels lost",
        // 80/11 1 (b) "…efforts by:" introduces (i), (ii) whose labels are partly lost.
        Expected(file: "A-RES-80-11.md", line: 66, rule: "paragraph-ending"): "nesting lost with the labels",
        Expected(file: "A-RES-80-12.md", line: 76, rule: "subparagraph-sequence"): "labels lost",
        Expected(file: "A-RES-80-12.md", line: 96, rule: "subparagraph-sequence"): "labels lost",
        // 80/24 operative 2 and 10, 80/25 operative 3 and 6: the end of the paragraph is lost at a
        // page break ("…agreements to" is followed by "4. Encourages…").
        Expected(file: "A-RES-80-24.md", line: 106, rule: "paragraph-ending"): "text lost at page break",
        Expected(file: "A-RES-80-24.md", line: 124, rule: "paragraph-ending"): "text lost at page break",
        Expected(file: "A-RES-80-25.md", line: 52, rule: "paragraph-ending"): "text lost at page break",
        Expected(file: "A-RES-80-25.md", line: 60, rule: "paragraph-ending"): "text lost at page break",
    ]

    /// 80/5 and 80/9 annexes: the labels of every list in the declarations are not in the extraction.
    static let lostLabelLines: [String: [Int]] = [
        "A-RES-80-5.md": [55, 94, 153, 170, 201, 241, 252, 266, 273, 287, 302, 307, 330],
        "A-RES-80-9.md": [56, 78, 87],
    ]

    /// The warnings, reviewed: each is true of the text as extracted.
    static let knownWarnings: Set<Expected> = [
        // 80/1 and 80/10 close with "3rd plenary meeting" / "51st plenary meeting" and no date.
        Expected(file: "A-RES-80-1.md", line: 52, rule: "adoption-block"),
        Expected(file: "A-RES-80-10.md", line: 54, rule: "adoption-block"),
        // 80/23 operative 5 opens "Pending …, decides" — a participle before the verb.
        Expected(file: "A-RES-80-23.md", line: 50, rule: "paragraph-opener"),
    ]

    @Test(arguments: Fixtures.corpusFiles)
    func onlyRealFaults(file: String) throws {
        let name = String(file.dropFirst("corpus/".count))
        let findings = try Fixtures.lint(file: file)
        let errors = Set(
            findings.filter { $0.severity == .error }.map {
                Expected(file: name, line: $0.range.start.line, rule: $0.ruleID)
            })
        var expected = Set(Self.knownErrors.keys.filter { $0.file == name })
        for line in Self.lostLabelLines[name] ?? [] {
            expected.insert(Expected(file: name, line: line, rule: "subparagraph-sequence"))
        }
        #expect(errors == expected)
        let warnings = Set(
            findings.filter { $0.severity == .warning }.map {
                Expected(file: name, line: $0.range.start.line, rule: $0.ruleID)
            })
        #expect(warnings == Self.knownWarnings.filter { $0.file == name })
    }

    /// The complete extractions of the series (`../shared/corpus/series`) lint with no error or
    /// warning at all: their page furniture, notes and markers are read as such.
    @Test(arguments: Fixtures.seriesFiles)
    func seriesHaveNoFault(file: String) throws {
        let faults = try Fixtures.lint(file: file).filter { $0.severity != .info }
        #expect(faults.isEmpty, "\(faults.map { "\($0.range.start.line): \($0.message) [\($0.ruleID)]" })")
    }

    /// 58/140, the text the issue names, is clean.
    @Test func resolution58140IsClean() throws {
        #expect(try Fixtures.lint(file: "corpus/A-RES-58-140.txt").isEmpty)
        #expect(try Fixtures.lint(file: "drafts/A-RES-58-140-typed.txt").isEmpty)
    }
}
