import Foundation
import ResolintKit
import Testing

/// Footnote markers chosen as one assignment over the whole text, on the shapes unseen
/// session-80 texts print (each one once missed, hiding every later marker).
@Suite struct MarkerAssignmentTests {
    private func read(_ body: String, notes: Int) -> Resolution {
        let definitions = (1...notes).map { "[^\($0)]: Note \($0)." }.joined(separator: "\n\n")
        let text = "The General Assembly,\n\n" + body + "\n\n---\n\n" + definitions + "\n"
        return ResolutionParser().parse(SourceText(path: "draft.md", text: text))
    }

    @Test func everyShapeIsAMarker() throws {
        let resolution = read(
            """
            Recalling the relevant issues,1 and the Convention thereof,2

            Recalling further its obligations, 3

            Recalling also the Sustainable Development Goals;4 and the targets,

            Welcoming the Conference of the States Parties, 5and welcomes the Protocol on Weapons 6and its annex,

            Recalling its resolutions of 1990 7  and 1995, 8  and the statements of 2001,
            """, notes: 8)
        #expect(resolution.footnoteReferences.map(\.marker) == ["1", "2", "3", "4", "5", "6", "7", "8"])
        try #require(resolution.preamble.count == 5)
        #expect(resolution.preamble[0].text == "Recalling the relevant issues, and the Convention thereof,")
        #expect(resolution.preamble[3].text.hasPrefix("Welcoming the Conference of the States Parties, and welcomes"))
        #expect(
            resolution.preamble[4].text == "Recalling its resolutions of 1990 and 1995, and the statements of 2001,")
    }

    /// A marker the text lost (note 2 here) does not hide the ones after it.
    @Test func oneMissedMarkerHidesNothingElse() {
        let resolution = read(
            """
            Recalling the Convention,1

            Recalling also the Protocol,

            Noting the report,3 the plan 4 and the declaration,5
            """, notes: 5)
        #expect(resolution.footnoteReferences.map(\.marker) == ["1", "3", "4", "5"])
    }

    /// Numbers of the text stay: dates, symbols, counts and references are no markers.
    @Test func numbersOfTheTextStay() throws {
        let resolution = read(
            """
            Recalling its resolution 57/173 of 18 December 2002 and paragraph 2 of resolution 1373 (2001),1

            Noting that 3 years and 4 countries were named in document A/58/2,2
            """, notes: 4)
        #expect(resolution.footnoteReferences.map(\.marker) == ["1", "2"])
        try #require(resolution.preamble.count == 2)
        #expect(resolution.preamble[1].text == "Noting that 3 years and 4 countries were named in document A/58/2,")
    }

    /// A note cited again later is found again where its marker is glued to punctuation.
    @Test func aNoteCitedTwice() {
        let resolution = read(
            """
            Recalling the Declaration,1 and the plans of action,2

            1. Calls for the implementation of the plans of action;2
            """, notes: 2)
        #expect(resolution.footnoteReferences.map(\.marker) == ["1", "2", "2"])
    }
}
