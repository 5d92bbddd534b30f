import Foundation
import ResolintAKN
import ResolintKit
import Testing

/// The export held to the AKN4UN guidance (UNSCEB-HLCM/unsceb-hlcm.github.io), one rule per
/// test, each quoting the example of the guidance it follows; and drafts, which the guidance
/// names by their symbol and date of issue.
@Suite struct AKN4UNTests {
    /// A draft as the Secretariat issues it: symbol and distribution top right, session,
    /// committee and agenda item, the sponsors' line, the title, then 58/140's text.
    static func draft(symbol: String = "A/C.3/80/L.12", date: String = "24 October 2025", committee: String = "Third")
        throws -> String
    {
        let typed = try String(
            contentsOf: AKNFixtures.fixtures.appendingPathComponent("drafts/A-RES-58-140-typed.txt"), encoding: .utf8)
        let body = try #require(typed.range(of: "The General Assembly"))
        let adoption = try #require(typed.range(of: "77th plenary meeting"))
        let notes = try #require(typed.range(of: "_______________"))
        return """
            United Nations                                                     \(symbol)
            General Assembly                                                   Distr.: Limited
                                                                               \(date)

                                                                               Original: English

            Eightieth session
            \(committee) Committee
            Agenda item 105
            Crime prevention and criminal justice

            Austria, Italy and Japan: draft resolution

            Strengthening the United Nations Crime Prevention and Criminal Justice Programme, in particular its technical cooperation capacity


            """ + typed[body.lowerBound..<adoption.lowerBound] + typed[notes.lowerBound...]
    }

    static func read(_ text: String) throws -> Resolution {
        try DocumentReader().read(data: Data(text.utf8), path: "draft.txt")
    }

    static func value(_ element: String, in xml: String, after section: String) -> String? {
        guard let start = xml.range(of: "<\(section)>") else { return nil }
        guard let found = xml[start.upperBound...].range(of: "<\(element) value=\"") else { return nil }
        let rest = xml[found.upperBound...]
        return rest.firstIndex(of: "\"").map { String(rest[..<$0]) }
    }

    /// Naming page (part 1, "AKN4UN Naming convention"): the Work IRI is
    /// "/akn/{jurisdiction}/{docType}/{subType}/{actor}/{date}/{docNumber}", its example
    /// "/akn/un/collection/publication/un-ga/2012-01-13/A-RES-66-1"; the main component of the
    /// Expression is written "eng@!main" and the Manifestation "eng@.xml".
    @Test func workExpressionAndManifestationAsTheNamingPageWritesThem() throws {
        let xml = AKNWriter().write(try AKNFixtures.resolution("A-RES-58-140.txt"))
        let work = "/akn/un/statement/deliberation/un-ga/2003-12-22/58-140"
        #expect(Self.value("FRBRthis", in: xml, after: "FRBRWork") == work + "/!main")
        #expect(Self.value("FRBRuri", in: xml, after: "FRBRWork") == work)
        #expect(Self.value("FRBRthis", in: xml, after: "FRBRExpression") == work + "/eng@!main")
        #expect(Self.value("FRBRuri", in: xml, after: "FRBRExpression") == work + "/eng@")
        #expect(Self.value("FRBRthis", in: xml, after: "FRBRManifestation") == work + "/eng@!main.xml")
        #expect(Self.value("FRBRuri", in: xml, after: "FRBRManifestation") == work + "/eng@.xml")
        #expect(xml.contains(#"<FRBRnumber value="58-140" showAs="58/140"/>"#))
    }

    /// Part 3, General Assembly resolutions, the preface of 71/4: the full stop after the
    /// number stands outside `docNumber`.
    @Test func docNumberWithoutItsFullStop() throws {
        let xml = AKNWriter().write(try AKNFixtures.resolution("A-RES-58-140.txt"))
        #expect(xml.contains("<p><docNumber>58/140</docNumber>. <docTitle>Strengthening the United Nations"))
    }

    /// Part 3, the life cycle of 68/144: the draft A/C.3/68/L.77 of 21 November 2013 is named
    /// "/akn/un/statement/deliberation/ga/2013-11-21/L.77/eng@2013-12-16": its date of issue
    /// and its symbol. A draft read from its masthead is named the same way, by its whole
    /// symbol (so that A/C.1/80/L.12 and A/C.3/80/L.12 of one day stay two documents).
    @Test func draftNamedBySymbolAndDateOfIssue() throws {
        let draft = try Self.read(try Self.draft())
        #expect(draft.symbol == "A/C.3/80/L.12")
        #expect(draft.masthead.committee == "Third Committee")
        #expect(draft.masthead.sponsors == "Austria, Italy and Japan")
        #expect(draft.masthead.isDraft)
        let identity = AKNWriter().identity(of: draft)
        #expect(identity.isDraft && identity.missing.isEmpty)
        #expect(identity.work == "/akn/un/statement/deliberation/un-ga/2025-10-24/A-C.3-80-L.12")
        let xml = AKNWriter().write(draft)
        #expect(xml.contains(#"<FRBRdate date="2025-10-24" name="publication"/>"#))
        #expect(xml.contains(#"<FRBRname value="A/C.3/80/L.12"/>"#))
        if let validator = AKNFixtures.validator {
            #expect(validator.validate(xml: xml, path: "draft.xml").isEmpty)
        }
        // Given by the user, the symbol and date name the draft whatever its text prints.
        let given = AKNWriter(symbol: "A/80/L.7", date: "2025-11-03").identity(of: draft)
        #expect(given.work == "/akn/un/statement/deliberation/un-ga/2025-11-03/A-80-L.7")
    }

    /// Two drafts never share an IRI: the same L number of two committees on one day, or two
    /// drafts that print no symbol or date (named by their words); the same draft twice, the
    /// same IRI.
    @Test func twoDraftsNeverShareAnIRI() throws {
        let third = AKNWriter().identity(of: try Self.read(try Self.draft(committee: "Third")))
        let first = AKNWriter().identity(of: try Self.read(try Self.draft(symbol: "A/C.1/80/L.12", committee: "First")))
        #expect(third.work != first.work)
        let bare = "The General Assembly,\n\nRecalling its resolution 57/173,\n\n1. Decides to act.\n"
        let other = bare.replacingOccurrences(of: "to act", with: "to act now")
        let a = AKNWriter().identity(of: try Self.read(bare))
        let b = AKNWriter().identity(of: try Self.read(other))
        #expect(a.missing == ["symbol", "date"])
        #expect(a.work != b.work)
        #expect(AKNWriter().identity(of: try Self.read(bare)).work == a.work)
    }

    /// Part 3, the notes of a resolution are authorial notes at their markers; a note cited
    /// twice (58/140's note 3) is one `authorialNote`, the second citation a `noteRef` to it,
    /// and both citations read back.
    @Test func noteCitedTwiceIsWrittenOnce() throws {
        let original = try DocumentReader().read(
            path: AKNFixtures.fixtures.appendingPathComponent("drafts/A-RES-58-140-typed.txt").path)
        let cited = original.preamble.flatMap(\.footnoteRefs) + original.operative.flatMap(\.footnoteRefs)
        #expect(cited.filter { $0.marker == "3" }.count == 2)
        let xml = AKNWriter().write(original)
        #expect(xml.components(separatedBy: #"<authorialNote marker="3""#).count - 1 == 1)
        #expect(xml.contains(##"<noteRef href="#preamble__container_19__authorialNote_1" marker="3"/>"##))
        if let validator = AKNFixtures.validator {
            #expect(validator.validate(xml: xml, path: "58-140.xml").isEmpty)
        }
        let back = try AKNReader().read(SourceText(path: "58-140.xml", text: xml))
        let again = back.preamble.flatMap(\.footnoteRefs) + back.operative.flatMap(\.footnoteRefs)
        #expect(again.map(\.marker) == cited.map(\.marker))
        #expect(back.footnotes.map(\.text) == original.footnotes.map(\.text))
    }

    /// A draft reads back into the same model: its symbol, masthead lines and paragraphs.
    @Test func draftRoundTrip() throws {
        let original = try Self.read(try Self.draft())
        let back = try AKNReader().read(SourceText(path: "draft.xml", text: AKNWriter().write(original)))
        #expect(back.symbol == original.symbol)
        #expect(back.title?.text == original.title?.text)
        #expect(back.masthead.lines.map(\.text) == original.masthead.lines.map(\.text))
        #expect(back.preamble.map(\.text) == original.preamble.map(\.text))
        #expect(back.operative.map(\.text) == original.operative.map(\.text))
        #expect(back.operative.map(\.number) == original.operative.map(\.number))
    }

    /// Naming page: "/akn/un/collection/publication/un-ga/2012-01-13/A-RES-66-1", "United Nations
    /// General Assembly publication A/RES/66/1 of 13th January 2012". The publication of 59/159
    /// (distributed 3 February 2005) is that collection: its masthead the cover page, the
    /// resolution its one component; it validates and reads back into the same model.
    @Test func publicationAsTheNamingPageNamesIt() throws {
        let original = try DocumentReader().read(
            path: AKNFixtures.fixtures.appendingPathComponent("series/A-RES-59-159.txt").path)
        let xml = AKNWriter(publication: true).write(original)
        #expect(xml.contains(#"<documentCollection name="publication">"#))
        #expect(xml.contains(#"<FRBRuri value="/akn/un/collection/publication/un-ga/2005-02-03/A-RES-59-159"/>"#))
        #expect(xml.contains(#"<FRBRdate date="2005-02-03" name="publication"/>"#))
        #expect(xml.contains("<p>Distr.: General 3 February 2005</p>"))
        #expect(xml.contains(#"<component eId="cmp_1">"#))
        #expect(xml.contains(#"<FRBRuri value="/akn/un/statement/deliberation/un-ga/2004-12-20/59-159"/>"#))
        if let validator = AKNFixtures.validator {
            #expect(validator.validate(xml: xml, path: "59-159.xml").isEmpty)
        }
        let back = try AKNReader().read(SourceText(path: "59-159.xml", text: xml))
        #expect(back.symbol == original.symbol)
        #expect(back.masthead.lines.map(\.text) == original.masthead.lines.map(\.text))
        #expect(back.preamble.map(\.text) == original.preamble.map(\.text))
        #expect(back.operative.map(\.text) == original.operative.map(\.text))
        #expect(back.adoption?.date == original.adoption?.date)
    }

    /// Part 3, the life cycle of 68/144: the amendment A/C.3/68/L.77 to the draft L.75 is a
    /// document of its own whose `analysis` carries "the amending metadata". The amendments
    /// that turn 57/173 into 58/140 (as `diff --format amendments` words them) are an
    /// `amendment` document naming 57/173 as its target, each instruction a `p` and a
    /// `textualMod` to the paragraph it changes; it validates, and read back and applied to
    /// 57/173 it gives the words of 58/140's paragraphs.
    @Test func amendmentsAsAnAmendmentDocument() throws {
        let series = AKNFixtures.fixtures.appendingPathComponent("series")
        let old = try DocumentReader().read(path: series.appendingPathComponent("A-RES-57-173.txt").path)
        let new = try DocumentReader().read(path: series.appendingPathComponent("A-RES-58-140.pdftotext.txt").path)
        let amendments = AmendmentWriter.amendments(Differ().diff(old: old, new: new))
        let xml = AKNAmendments.write(amendments, to: old, symbol: "A/C.3/58/L.99", date: "2003-11-20")
        #expect(xml.contains(#"<amendment name="amendment" contains="originalVersion">"#))
        #expect(
            xml.contains(#"<FRBRuri value="/akn/un/amendment/deliberation/un-ga/2003-11-20/A-C.3-58-L.99"/>"#))
        #expect(
            xml.contains(
                #"<activeRef eId="target" href="/akn/un/statement/deliberation/un-ga/2002-12-18/57-173" showAs="A/RES/57/173"/>"#
            ))
        #expect(xml.components(separatedBy: "<textualMod ").count - 1 == amendments.count)
        #expect(
            xml.contains(
                ##"<destination href="/akn/un/statement/deliberation/un-ga/2002-12-18/57-173/eng@!main#preamble__container_2"/>"##
            ))
        if let validator = AKNFixtures.validator {
            #expect(validator.validate(xml: xml, path: "amendments.xml").isEmpty)
        }
        let document = try #require(try AKNAmendments.read(xml, path: "amendments.xml"))
        #expect(document.target == "A/RES/57/173")
        #expect(document.instructions == amendments.map(\.phrase))
        let applied = try AmendmentApplier.apply(
            try AmendmentParser.parse(document.instructions.joined(separator: "\n")), to: old)
        let result = try DocumentReader().read(data: Data(applied.utf8), path: "amended.txt")
        // The paragraphs' words (amendments carry no footnote texts).
        #expect(Differ().diff(old: result, new: new).changes.allSatisfy { $0.kind == .unchanged })
    }

    /// Every corpus text made a draft (its number and adoption taken away, a draft's symbol and
    /// date of issue given) exports to XML the schema accepts, under a name of its own.
    @Test func draftsOfEveryCorpusTextValidate() throws {
        guard let validator = AKNFixtures.validator else {
            Issue.record("no Akoma Ntoso schema: run Scripts/fetch-schemas")
            return
        }
        var names: Set<String> = []
        for (index, file) in AKNFixtures.corpusFiles.enumerated() {
            var draft = try AKNFixtures.resolution(file)
            draft.number = nil
            draft.symbol = nil
            draft.adoption = nil
            draft.masthead = Masthead()
            let writer = AKNWriter(symbol: "A/C.1/80/L.\(index + 1)", date: "2025-10-30")
            let identity = writer.identity(of: draft)
            #expect(identity.isDraft && identity.missing.isEmpty, "\(file)")
            #expect(names.insert(identity.work).inserted, "\(file): a name of its own")
            let violations = validator.validate(xml: writer.write(draft), path: file)
            #expect(violations.isEmpty, "\(file): \(violations.prefix(2))")
        }
    }

    /// A `textualMod` names the paragraph it changes by the eId the export gives it, under a
    /// heading too: 80/11's operative 14 stands in its second section, `sec_2__para_14`.
    @Test func amendmentDestinationIsTheExportedParagraph() throws {
        let old = try AKNFixtures.resolution("A-RES-80-11.md")
        var new = old
        new.operative[13].text = new.operative[13].text.replacingOccurrences(of: "Encourages", with: "Urges")
        #expect(new.operative[13].text != old.operative[13].text)
        let amendments = AmendmentWriter.amendments(Differ().diff(old: old, new: new))
        let xml = AKNAmendments.write(amendments, to: old)
        #expect(xml.contains(##"/80-11/eng@!main#sec_2__para_14"/>"##))
        #expect(AKNWriter().write(old).contains(#"<paragraph eId="sec_2__para_14">"#))
    }
}
