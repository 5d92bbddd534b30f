import CLibXML2
import ResolintKit

/// A list of amendments to a draft as an Akoma Ntoso `amendment` document, the way the AKN4UN
/// life cycle of 68/144 models the amendment A/C.3/68/L.77 to the draft A/C.3/68/L.75: the
/// instructions, in the UN's phrasing, as the `amendmentContent`, one `p` each; the document
/// it amends as an `activeRef` of the references; and, in `analysis`, each instruction as a
/// `textualMod` (substitution, insertion, repeal or renumbering) from its `p` to the paragraph
/// of the target it changes. `read` gives back the target and the instructions, which
/// `AmendmentParser` reads as it reads a typed list.
public enum AKNAmendments {
    /// The amendments to `target` as XML; `symbol` and `date` name the amendment document, as
    /// `AKNIdentity` names a draft.
    public static func write(
        _ amendments: [Amendment], to target: Resolution, symbol: String? = nil, date: String? = nil
    )
        -> String
    {
        let targetIdentity = AKNIdentity(target)
        let name = symbol.map(AKNIdentity.symbolComponent) ?? "amendments-to-\(targetIdentity.numberComponent)"
        let when = date ?? targetIdentity.date
        let actor = AKNNames.actor(targetIdentity.organ)
        let work = "/akn/un/amendment/deliberation/\(actor)/\(when)/\(name)"
        let targetName = targetIdentity.symbol ?? targetIdentity.number
        let eIds = AKNWriter().paragraphEIds(of: target)
        var xml = XMLBuilder()
        xml.open("akomaNtoso", [("xmlns", AKNNames.namespace)])
        xml.open("amendment", [("name", "amendment"), ("contains", "originalVersion")])
        xml.open("meta")
        FRBRIdentification(
            work: work, date: when, dateName: date == nil ? "unknown" : "publication", author: "#" + actor,
            editor: "#resolint", name: symbol
        ).write(into: &xml, source: "#resolint")
        xml.open("analysis", [("source", "#resolint")])
        xml.open("activeModifications")
        for (index, amendment) in amendments.enumerated() {
            xml.open("textualMod", [("eId", "mod_\(index + 1)"), ("type", kind(amendment))])
            xml.empty("source", [("href", "#amendment_\(index + 1)")])
            xml.empty("destination", [("href", targetIdentity.expression + "!main" + place(amendment, target, eIds))])
            xml.close()
        }
        xml.close()
        xml.close()
        xml.open("references", [("source", "#resolint")])
        xml.empty("activeRef", [("eId", "target"), ("href", targetIdentity.work), ("showAs", targetName)])
        xml.empty(
            "TLCOrganization",
            [
                ("eId", actor), ("href", "/akn/ontology/organizations/un/\(actor)"),
                ("showAs", targetIdentity.organ.name),
            ])
        xml.empty(
            "TLCOrganization",
            [("eId", "resolint"), ("href", "/akn/ontology/organizations/resolint"), ("showAs", "resolint")])
        xml.close()
        xml.close()
        xml.open("preface")
        xml.inline(
            "p",
            content: "<docTitle>Amendments to <ref href=\"\(XMLBuilder.escape(targetIdentity.work, attribute: true))\">"
                + "\(XMLBuilder.escape(targetName))</ref></docTitle>")
        xml.close()
        xml.open("amendmentBody")
        xml.open("amendmentContent", [("eId", "amendments")])
        for (index, amendment) in amendments.enumerated() {
            xml.inline("p", [("eId", "amendment_\(index + 1)")], content: XMLBuilder.escape(amendment.phrase))
        }
        xml.close()
        xml.close()
        xml.close()
        xml.close()
        return xml.output
    }

    /// What an amendment document says: the symbol of the text it amends and its instructions,
    /// in order.
    public struct Document: Sendable, Equatable {
        public var target: String?
        public var instructions: [String]
    }

    /// The amendments of an `amendment` document, or nil when the XML is another document.
    public static func read(_ text: String, path: String) throws(ReadError) -> Document? {
        let xml = try SafeXML.parse(text, path: path)
        guard let root = xml.root, root.name == "akomaNtoso", let amendment = root.elements.first,
            amendment.name == "amendment"
        else { return nil }
        let target = amendment.child("meta")?.child("references")?.elements.first { $0.name == "activeRef" }?
            .attribute("showAs")
        var instructions: [String] = []
        for block in amendment.child("amendmentBody")?.elements ?? [] where block.name == "amendmentContent" {
            for paragraph in block.elements where paragraph.name == "p" { instructions.append(paragraph.content) }
        }
        return Document(target: target, instructions: instructions)
    }

    /// The kind of textual modification an instruction makes.
    static func kind(_ amendment: Amendment) -> String {
        switch amendment {
        case .replaceWords: "substitution"
        case .insertWords, .insertParagraph: "insertion"
        case .deleteWords, .deleteParagraph: "repeal"
        case .moveParagraph, .renumber: "renumbering"
        }
    }

    /// The fragment naming the paragraph changed, by the eId the export of the target gives it
    /// (`#para_5`, `#sec_2__para_14`, `#preamble__container_3`); the part for an insertion at its
    /// start or a renumbering.
    static func place(_ amendment: Amendment, _ target: Resolution, _ eIds: [String: String]) -> String {
        func fragment(_ named: ParagraphTarget) -> String {
            let place = AmendmentApplier.resolved(named, target)
            let part: String
            switch place.part {
            case .preamble: part = "preamble"
            case .operative: part = "operative"
            case .annex(let annex): part = "annex\(annex + 1)"
            }
            return eIds["\(part) \(place.index)"].map { "#" + $0 } ?? (part == "preamble" ? "#preamble" : "#mainBody")
        }
        switch amendment {
        case .replaceWords(let place, _, _), .insertWords(let place, _, _, _), .deleteWords(let place, _),
            .deleteParagraph(let place), .moveParagraph(let place, _, _):
            return fragment(place)
        case .insertParagraph(let after, let part, _):
            return after.map(fragment) ?? (part == .preamble ? "#preamble" : "#mainBody")
        case .renumber:
            return "#mainBody"
        }
    }
}
