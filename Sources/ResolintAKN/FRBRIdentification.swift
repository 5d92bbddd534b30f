/// The `identification` block every Akoma Ntoso document carries: the Work, its English
/// Expression and the XML Manifestation, each with its IRI for the component (`!main`, an
/// annex's `!annex_1`) and for the whole, its date and its author, as the AKN4UN naming page
/// writes them (`…/58-140/!main`, `…/eng@!main`, `…/eng@.xml`). Written the same way for a
/// resolution, its annexes, a publication and an amendment document.
struct FRBRIdentification {
    /// The Work IRI: `/akn/un/statement/deliberation/un-ga/2003-12-22/58-140`.
    let work: String
    /// `!main`, or the component of an annex.
    var component = "!main"
    let date: String
    /// What the date is: "adoption", "publication", "unknown".
    let dateName: String
    /// The organ's reference (`#un-ga`): author of the Work and the Expression.
    let author: String
    /// Who made the XML (`#resolint`): author of the Manifestation.
    let editor: String
    /// `FRBRnumber`, the number as an IRI component and as printed.
    var number: (value: String, showAs: String)?
    /// `FRBRname`: the document's symbol.
    var name: String?

    func write(into xml: inout XMLBuilder, source: String) {
        let expression = work + "/eng@"
        xml.open("identification", [("source", source)])
        xml.open("FRBRWork")
        xml.empty("FRBRthis", [("value", "\(work)/\(component)")])
        xml.empty("FRBRuri", [("value", work)])
        xml.empty("FRBRdate", [("date", date), ("name", dateName)])
        xml.empty("FRBRauthor", [("href", author)])
        xml.empty("FRBRcountry", [("value", "un")])
        if let number { xml.empty("FRBRnumber", [("value", number.value), ("showAs", number.showAs)]) }
        if let name { xml.empty("FRBRname", [("value", name)]) }
        xml.close()
        xml.open("FRBRExpression")
        xml.empty("FRBRthis", [("value", expression + component)])
        xml.empty("FRBRuri", [("value", expression)])
        xml.empty("FRBRdate", [("date", date), ("name", dateName)])
        xml.empty("FRBRauthor", [("href", author)])
        xml.empty("FRBRlanguage", [("language", "eng")])
        xml.close()
        xml.open("FRBRManifestation")
        xml.empty("FRBRthis", [("value", expression + component + ".xml")])
        xml.empty("FRBRuri", [("value", expression + ".xml")])
        xml.empty("FRBRdate", [("date", date), ("name", dateName)])
        xml.empty("FRBRauthor", [("href", editor)])
        xml.close()
        xml.close()
    }
}
