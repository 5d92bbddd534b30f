import ResolintKit
import Testing

/// 58/140 as extracted from its PDF: the facts in `../shared/corpus/README.md`, checked one by one.
@Suite struct Resolution58140Tests {
    let resolution: Resolution

    init() throws {
        resolution = try Fixtures.resolution("corpus/A-RES-58-140.txt")
    }

    @Test func identity() {
        #expect(resolution.symbol == "A/RES/58/140")
        #expect(resolution.number == "58/140")
        #expect(resolution.organ == .generalAssembly)
        #expect(resolution.formula?.text == "The General Assembly,")
        #expect(
            resolution.title?.text
                == "Strengthening the United Nations Crime Prevention and Criminal Justice Programme, "
                + "in particular its technical cooperation capacity")
    }

    @Test func counts() {
        #expect(resolution.preamble.count == 22)
        #expect(resolution.operative.count == 24)
        #expect(resolution.operative.map(\.number) == (1...24).map { String($0) })
        #expect(resolution.footnotes.map(\.marker) == ["1", "2", "3", "4"])
        #expect(resolution.footnoteReferences.map(\.marker) == ["1", "2", "3", "4", "3"])
        #expect(resolution.diagnostics.isEmpty)
    }

    @Test func adoption() {
        #expect(resolution.adoption?.meeting == "77th plenary meeting")
        #expect(resolution.adoption?.date == "2003-12-22")
        #expect(resolution.adoption?.dateFromMasthead == false)
    }

    /// Footnote 1 is printed between the two halves of preambular paragraph 17; the second half
    /// follows the note's last line with no blank line between.
    @Test func paragraphSplitByFootnoteBlockIsWhole() {
        let paragraph = resolution.preamble[16]
        #expect(paragraph.text.hasPrefix("Recalling its relevant resolutions, in which it requested"))
        #expect(
            paragraph.text.contains(
                "to provide the United Nations Crime Prevention and Criminal Justice Programme with sufficient"))
        #expect(paragraph.text.hasSuffix("attached to the Programme,"))
        #expect(!paragraph.text.contains("Most recently"))
        #expect(resolution.footnotes[0].text.hasSuffix("as part of the Puebla Process."))
    }

    /// Footnotes 2–4 sit between operative paragraphs 5 and 6.
    @Test func footnotesBetweenOperativeParagraphs() {
        #expect(resolution.operative[4].text.hasSuffix("reconstruction of national criminal justice systems;"))
        #expect(resolution.operative[5].text.hasPrefix("Recognizes the progress made"))
        #expect(resolution.footnotes[3].text == "A/58/222.")
    }

    /// Preambular paragraphs 7 and 8 are separated by an indented line only, not a blank line.
    @Test func indentedLineStartsParagraph() {
        #expect(resolution.preamble[6].text.hasSuffix("fairness, humanity and professional conduct,"))
        #expect(
            resolution.preamble[7].text
                == "Recognizing that action against global criminal activity is a common and shared responsibility,")
    }

    @Test func gluedMarkersAreTakenOutOfTheText() throws {
        let puebla = resolution.preamble[9]
        #expect(puebla.text.hasSuffix("the ongoing work of the Bali and Puebla Processes,"))
        let ref = try #require(puebla.footnoteRefs.first)
        #expect(ref.marker == "1")
        #expect(ref.offset == puebla.text.unicodeScalars.count)
        #expect(ref.range == SourceRange(start: .init(line: 59, column: 78), end: .init(line: 59, column: 79)))

        let first = resolution.operative[0]
        #expect(first.text.hasSuffix("General Assembly resolution 57/173;"))
        #expect(first.footnoteRefs.map(\.marker) == ["4"])
        #expect(resolution.operative[8].footnoteRefs.map(\.marker) == ["3"])
        #expect(resolution.operative[8].text.hasSuffix("the Twenty-first Century;"))
    }

    @Test func numbersInTheTextAreNotMarkers() {
        #expect(resolution.operative[1].text.contains("pursuant to resolution 1373 (2001) concerning"))
        #expect(resolution.preamble[4].text.contains("resolution 2003/24 of 22 July 2003"))
    }

    @Test func strayLeadingSpaceInsideParagraph() {
        #expect(
            resolution.operative[14].text.contains(
                "the World Bank, and other international funding agencies to increase"))
    }
}
