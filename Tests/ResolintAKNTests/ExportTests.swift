import Foundation
import FoundationXML
import ResolintAKN
import ResolintKit
import Testing

/// Every resolution of the corpus exports to Akoma Ntoso that the OASIS schema accepts, with one
/// `paragraph` per operative paragraph, one `container` per preambular paragraph and one
/// `authorialNote` per footnote reference. The XML is inspected with FoundationXML, not with the
/// project's own reader.
@Suite(.enabled(if: AKNFixtures.validator != nil, "needs the schema: run Scripts/fetch-schemas"))
struct ExportTests {
    @Test(arguments: AKNFixtures.corpusFiles)
    func validAndComplete(file: String) throws {
        let resolution = try AKNFixtures.resolution(file)
        let xml = AKNWriter().write(resolution)
        let validator = try #require(AKNFixtures.validator)
        #expect(validator.validate(xml: xml, path: file) == [])

        let document = try XMLDocument(xmlString: xml)
        func count(_ xpath: String) throws -> Int { try document.nodes(forXPath: xpath).count }
        let statement = "/*[local-name()='akomaNtoso']/*[local-name()='statement']"
        #expect(
            try count("\(statement)/*[local-name()='mainBody']//*[local-name()='paragraph']")
                == resolution.operative.count)
        #expect(
            try count("\(statement)/*[local-name()='preamble']/*[local-name()='container'][@name!='heading']")
                == resolution.preamble.count)
        // Every reference is a note or, for a note cited before, a reference to it.
        #expect(
            try count("//*[local-name()='authorialNote']") + count("//*[local-name()='noteRef']")
                == resolution.footnoteReferences.count)
        #expect(
            try count("//*[local-name()='authorialNote']") == Set(resolution.footnoteReferences.map(\.marker)).count)
        #expect(
            try count("\(statement)/*[local-name()='attachments']/*[local-name()='attachment']")
                == resolution.annexes.count)
    }

    @Test func resolution58140() throws {
        let xml = AKNWriter().write(try AKNFixtures.resolution("A-RES-58-140.txt"))
        #expect(xml.contains(#"<FRBRuri value="/akn/un/statement/deliberation/un-ga/2003-12-22/58-140"/>"#))
        #expect(xml.contains(#"<FRBRnumber value="58-140" showAs="58/140"/>"#))
        #expect(xml.contains(#"<p><docNumber>58/140</docNumber>. <docTitle>Strengthening the United Nations"#))
        #expect(xml.contains(#"<formula name="enactingFormula">"#))
        #expect(
            xml.contains(
                #"Recalling its <ref href="/akn/un/statement/deliberation/un-ga/1991-12-18/46-152">resolution 46/152 of 18 December 1991</ref> on the creation"#
            ))
        #expect(
            xml.contains(
                #"Bali and Puebla Processes,<authorialNote marker="1" placement="bottom" eId="preamble__container_10__authorialNote_1"><p>Most recently"#
            ))
        #expect(xml.contains(#"<paragraph eId="para_24">"#))
        #expect(xml.contains(##"<p><event refersTo="#meeting">77th plenary meeting</event></p>"##))
        #expect(xml.contains(##"<docDate date="2003-12-22" refersTo="#adoptionDate">22 December 2003</docDate>"##))
    }

    /// Every citation the citation grammar reads links when its date is known — written with it,
    /// shared in a list, or written with the same number elsewhere in the text — Security
    /// Council ones included; one whose date is nowhere stays plain text.
    @Test func everyDatedOrDatableCitationLinks() throws {
        let text = """
            The General Assembly,

            Recalling its resolutions 53/111 and 53/114 of 9 December 1998 and Security Council resolution 1373 (2001) of 28 September 2001,

            Recalling also its resolution 57/173 of 18 December 2002,

            1. Decides to act on resolutions 57/173, 1373 (2001) and 56/261;
            """
        let resolution = ResolutionParser().parse(SourceText(path: "draft.txt", text: text))
        let xml = AKNWriter().write(resolution)
        let document = try XMLDocument(xmlString: xml)
        let hrefs = try document.nodes(forXPath: "//*[local-name()='ref']/@href").map { $0.stringValue ?? "" }
        let texts = try document.nodes(forXPath: "//*[local-name()='ref']").map { $0.stringValue ?? "" }
        let refs = Array(zip(hrefs, texts))
        #expect(
            refs.map(\.0) == [
                "/akn/un/statement/deliberation/un-ga/1998-12-09/53-111",
                "/akn/un/statement/deliberation/un-ga/1998-12-09/53-114",
                "/akn/un/statement/deliberation/un-sc/2001-09-28/1373-2001",
                "/akn/un/statement/deliberation/un-ga/2002-12-18/57-173",
                "/akn/un/statement/deliberation/un-ga/2002-12-18/57-173",
                "/akn/un/statement/deliberation/un-sc/2001-09-28/1373-2001",
            ])
        #expect(refs.map(\.1).first == "resolutions 53/111")
        #expect(refs.map(\.1).last == "1373 (2001)")
        #expect(!refs.contains { $0.1.contains("56/261") }, "no date anywhere: plain text")
        if let validator = AKNFixtures.validator { #expect(validator.validate(xml: xml, path: "draft.xml") == []) }
    }

    @Test func sameBytesEveryTime() throws {
        let resolution = try AKNFixtures.resolution("A-RES-80-5.md")
        #expect(AKNWriter().write(resolution) == AKNWriter().write(resolution))
    }

    struct OrganCase: Sendable, CustomTestStringConvertible {
        let head: String
        let formula: String
        let close: String
        let actor: String
        let work: String
        let symbol: String
        var testDescription: String { actor }
    }

    static let organs = [
        OrganCase(
            head:
                "Resolution 2719 (2023)\n\nAdopted by the Security Council at its 9490th meeting, on 30 December 2023",
            formula: "The Security Council,", close: "", actor: "un-sc", work: "un-sc/2023-12-30/2719-2023",
            symbol: "S/RES/2719 (2023)"),
        OrganCase(
            head: "2023/5. Cooperation", formula: "The Economic and Social Council,",
            close: "9th plenary meeting\n30 December 2023", actor: "un-ecosoc", work: "un-ecosoc/2023-12-30/2023-5",
            symbol: "E/RES/2023/5"),
        OrganCase(
            head: "55/1. Cooperation", formula: "The Human Rights Council,", close: "41st meeting\n30 December 2023",
            actor: "un-hrc", work: "un-hrc/2023-12-30/55-1", symbol: "A/HRC/RES/55/1"),
    ]

    /// Organs other than the General Assembly get their actor in the FRBR data, and citations
    /// of their resolutions the right IRI.
    @Test(arguments: organs)
    func otherOrgans(_ organ: OrganCase) throws {
        let text = """
            \(organ.head)

            \(organ.formula)

            Recalling Security Council resolution 1373 (2001) of 28 September 2001 and Economic and Social Council resolution 2003/24 of 22 July 2003,

            1. Decides to remain seized of the matter.

            \(organ.close)
            """
        let resolution = try DocumentReader().read(data: Data(text.utf8), path: "draft.txt")
        #expect(resolution.adoption?.date == "2023-12-30")
        let xml = AKNWriter().write(resolution)
        #expect(xml.contains("<FRBRauthor href=\"#\(organ.actor)\"/>"))
        #expect(xml.contains("<FRBRuri value=\"/akn/un/statement/deliberation/\(organ.work)\"/>"))
        #expect(xml.contains("<FRBRname value=\"\(organ.symbol)\"/>"))
        #expect(
            xml.contains(
                #"href="/akn/un/statement/deliberation/un-sc/2001-09-28/1373-2001">resolution 1373 (2001) of 28 September 2001</ref>"#
            ))
        #expect(
            xml.contains(
                #"href="/akn/un/statement/deliberation/un-ecosoc/2003-07-22/2003-24">resolution 2003/24 of 22 July 2003</ref>"#
            ))
        if let validator = AKNFixtures.validator { #expect(validator.validate(xml: xml, path: "draft") == []) }
    }

    /// Text that XML must escape, and characters it cannot hold at all.
    @Test func escaping() throws {
        let text =
            "The General Assembly,\n\nRecalling <the> \"A & B\" report’s ]]> end \u{0B} here,\n\n1. Decides to act.\n"
        let xml = AKNWriter().write(try DocumentReader().read(data: Data(text.utf8), path: "draft.txt"))
        #expect(xml.contains("Recalling &lt;the&gt; \"A &amp; B\" report’s ]]&gt; end \u{FFFD} here,"))
        if let validator = AKNFixtures.validator { #expect(validator.validate(xml: xml, path: "draft") == []) }
    }
}
