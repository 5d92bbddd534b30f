import Foundation
import ResolintAKN
import ResolintKit
import Testing

/// Text → Akoma Ntoso → model gives the same model: texts, numbers, notes and where they are
/// referenced, adoption, annexes.
@Suite struct RoundTripTests {
    struct Shape: Equatable {
        var number: String?
        var assumed: Bool
        var text: String
        var refs: [String]
        var subparagraphs: [Shape]

        init(_ paragraph: Paragraph) {
            number = paragraph.number
            assumed = paragraph.numberAssumed
            text = paragraph.text
            refs = paragraph.footnoteRefs.map { "\($0.marker)@\($0.offset)" }
            subparagraphs = paragraph.subparagraphs.map(Shape.init)
        }
    }

    @Test(arguments: AKNFixtures.corpusFiles)
    func sameModel(file: String) throws {
        let original = try AKNFixtures.resolution(file)
        let xml = AKNWriter().write(original)
        let back = try AKNReader().read(SourceText(path: "\(file).xml", text: xml))

        #expect(back.symbol == original.symbol)
        #expect(back.number == original.number)
        #expect(back.title?.text == original.title?.text)
        #expect(back.organ == original.organ)
        #expect(back.formula?.text == original.formula?.text)
        #expect(back.masthead.lines.map(\.text) == original.masthead.lines.map(\.text))
        #expect(back.preamble.map { Shape($0).text } == original.preamble.map { Shape($0).text })
        #expect(
            back.preamble.map { $0.footnoteRefs.map(\.offset) }
                == original.preamble.map { $0.footnoteRefs.map(\.offset) })
        #expect(back.operative.map(Shape.init) == original.operative.map(Shape.init))
        #expect(back.footnotes.map(\.marker) == original.footnotes.map(\.marker))
        #expect(back.footnotes.map(\.text) == original.footnotes.map(\.text))
        #expect(back.adoption?.meeting == original.adoption?.meeting)
        #expect(back.adoption?.date == original.adoption?.date)
        #expect(back.annexes.map(\.title) == original.annexes.map(\.title))
        #expect(
            back.annexes.map { $0.paragraphs.map(Shape.init) } == original.annexes.map { $0.paragraphs.map(Shape.init) }
        )
        #expect(back.annexes.map { $0.headings.map(\.text) } == original.annexes.map { $0.headings.map(\.text) })
        #expect(back.headings.map(\.text) == original.headings.map(\.text))
    }

    /// The preamble's subparagraphs come back with their labels (80/1 has none; a draft has).
    @Test func preambularSubparagraphs() throws {
        let text =
            "The General Assembly,\n\nRecalling the following:\n\n(a) Its resolution 57/173;[^1]\n\n(b) Its resolution 58/140,\n\n1. Decides to act.\n\n[^1]: A/58/222.\n"
        let original = try DocumentReader().read(data: Data(text.utf8), path: "draft.txt")
        let back = try AKNReader().read(SourceText(path: "draft.xml", text: AKNWriter().write(original)))
        #expect(back.preamble.map(Shape.init) == original.preamble.map(Shape.init))
    }
}
