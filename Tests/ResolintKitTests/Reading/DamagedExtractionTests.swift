import ResolintKit
import Testing

/// 80/3, 80/5 and 80/9 adopt political declarations whose extraction is damaged. Each test names
/// a real fault of the file (checked by reading it) and what the reader recovers and reports.
@Suite struct DamagedExtractionTests {
    /// 80/3: the second operative paragraph ("Expresses its profound gratitude…") lost its "2.".
    @Test func lostOperativeNumber() throws {
        let resolution = try Fixtures.resolution("corpus/A-RES-80-3.md")
        #expect(resolution.operative.map(\.number) == ["1", "2"])
        #expect(resolution.operative[1].numberAssumed)
        #expect(resolution.operative[1].text.hasPrefix("Expresses its profound gratitude"))
        let diagnostic = try #require(
            resolution.diagnostics.first { $0.message == "paragraph has no number; read as paragraph 2" })
        #expect(diagnostic.range.start == SourcePosition(line: 30, column: 1))
        #expect(diagnostic.severity == .warning)
    }

    /// 80/3, annex: paragraph 2 is lost where paragraph 1 runs into it ("…the development agenda
    /// of the We welcome…"); paragraphs 3, 9, 13, 15, 17, 20 and 23 are run into the text or the
    /// heading before them ("Global context and shared commitments 3. We gather…").
    @Test func annexParagraphsRunTogether() throws {
        let resolution = try Fixtures.resolution("corpus/A-RES-80-3.md")
        let annex = try #require(resolution.annexes.first)
        #expect(annex.label == "Annex")
        let expected = ["1"] + (3...25).map { String($0) }
        #expect(annex.paragraphs.map(\.number) == expected)
        #expect(annex.paragraphs[0].text.contains("the development agenda of the We welcome the Awaza Programme"))
        let missing = resolution.diagnostics.filter { $0.message.hasPrefix("annex paragraph 2 is missing") }
        #expect(missing.count == 1)
        #expect(missing.first?.range.start == SourcePosition(line: 42, column: 39))
        let runIn = resolution.diagnostics.filter {
            $0.message.hasSuffix("was run into the text before it; read as a new paragraph")
        }
        #expect(runIn.map { $0.message.split(separator: " ")[1] } == ["3", "9", "13", "15", "17", "20", "23"])
        #expect(
            annex.headings.map(\.text) == [
                "I. Global context and shared commitments",
                "II. Implementation of the Awaza Programme of Action for Landlocked Developing Countries for the Decade 2024–2034",
                "Partnerships and support mechanisms",
                "Governance, accountability and monitoring",
                "III. Conclusion and call to action",
            ])
        #expect(annex.paragraphs[11].subparagraphs.map(\.number) == ["(a)", "(b)", "(c)", "(d)", "(e)"])
    }

    /// 80/5: a one-paragraph resolution adopting the Doha declaration; in the annex paragraph 2 is
    /// run into paragraph 1's footnote marker and paragraph 9 into paragraph 8, and the labels
    /// (a), (b)… of the lists are not in the extraction.
    @Test func doha() throws {
        let resolution = try Fixtures.resolution("corpus/A-RES-80-5.md")
        #expect(resolution.preamble.isEmpty)
        #expect(resolution.operative.count == 1)
        #expect(resolution.operative[0].number == nil)
        #expect(resolution.operative[0].text.hasPrefix("Adopts the Doha Political Declaration"))
        let annex = try #require(resolution.annexes.first)
        #expect(annex.title?.hasPrefix("Doha Political Declaration of the “World Social Summit”") == true)
        #expect(annex.paragraphs.map(\.number) == (1...44).map { String($0) })
        let runIn = resolution.diagnostics.filter {
            $0.message.hasSuffix("was run into the text before it; read as a new paragraph")
        }
        #expect(runIn.map { $0.message.split(separator: " ")[1] } == ["2", "9"])
        let paragraph35 = annex.paragraphs[34]
        #expect(paragraph35.subparagraphs.count == 6)
        #expect(paragraph35.subparagraphs.allSatisfy { $0.numberAssumed })
        #expect(
            resolution.diagnostics.contains {
                $0.message == "subparagraph labels of paragraph 35 are not printed; assumed (a)–(f)"
            })
        #expect(annex.headings.map(\.text) == ["A call to action", "Follow-up"])
    }

    /// 80/9: in the annex paragraphs 6 and 7 are run into paragraph 5 and paragraph 11 into 10.
    @Test func traffickingDeclaration() throws {
        let resolution = try Fixtures.resolution("corpus/A-RES-80-9.md")
        #expect(resolution.operative.count == 1)
        let annex = try #require(resolution.annexes.first)
        #expect(
            annex.title
                == "2025 Political Declaration on the Implementation of the United Nations Global Plan of Action to Combat Trafficking in Persons"
        )
        #expect(annex.paragraphs.map(\.number) == (1...31).map { String($0) })
        let runIn = resolution.diagnostics.filter {
            $0.message.hasSuffix("was run into the text before it; read as a new paragraph")
        }
        #expect(runIn.map { $0.message.split(separator: " ")[1] } == ["6", "7", "11"])
    }

    /// 80/6 and 80/18: a note line that starts with a number became a note of its own
    /// (`[^2013]: (S/INF/68).`, `[^7]: February 1984.`); it is read back into its note.
    @Test func noteLineStartingWithNumber() throws {
        let court = try Fixtures.resolution("corpus/A-RES-80-6.md")
        #expect(court.footnotes.count == 10)
        #expect(court.footnotes[8].text.hasSuffix("1 August 2012–31 July 2013 (S/INF/68)."))
        let disarmament = try Fixtures.resolution("corpus/A-RES-80-18.md")
        #expect(disarmament.footnotes.map(\.marker) == ["1", "2", "3", "4", "5", "6", "7"])
        #expect(disarmament.footnotes[1].text.hasSuffix("as from 7 February 1984."))
        #expect(disarmament.diagnostics.contains { $0.message.hasPrefix("\"[^7]:\" continues footnote 2") })
    }

    /// 80/1 and 80/16: the running page header (the title) stands in the middle of a paragraph.
    @Test func runningHeaderSetAside() throws {
        let resolution = try Fixtures.resolution("corpus/A-RES-80-1.md")
        let sub = try #require(resolution.operative.first?.subparagraphs.first)
        #expect(sub.text.contains("during the general debate of the Assembly at its eightieth session"))
        #expect(
            resolution.layout.contains {
                $0.text == "Participation by the State of Palestine during the eightieth session"
                    && $0.range.start.line == 40
            })
    }
}
