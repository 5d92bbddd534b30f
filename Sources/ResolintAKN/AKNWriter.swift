import ResolintKit

/// Writes a `Resolution` as Akoma Ntoso 3.0 following AKN4UN: `statement name="resolution"` with
/// `meta` (FRBR identification, references, lifecycle), `coverPage` (the masthead lines),
/// `preface`, `preamble`, `mainBody`, `conclusions` and `attachments` for annexes.
public struct AKNWriter: Sendable {
    /// The symbol and date the user gives, before what the text says (`export --symbol`, `--date`).
    public var symbol: String?
    public var date: String?
    /// Wrap the statement in the publication the UN issues (`export --publication`).
    public var publication: Bool

    public init(symbol: String? = nil, date: String? = nil, publication: Bool = false) {
        self.symbol = symbol
        self.date = date
        self.publication = publication
    }

    /// The XML text; the same resolution always gives the same bytes.
    public func write(_ resolution: Resolution) -> String {
        var writer = Writer(resolution: resolution, identity: identity(of: resolution))
        if publication { writer.publication() } else { writer.document() }
        return writer.xml.output
    }

    /// The eId each top-level paragraph is exported under, by its part and place: "preamble
    /// 3", "operative 5", "annex1 2".
    public func paragraphEIds(of resolution: Resolution) -> [String: String] {
        var writer = Writer(resolution: resolution, identity: identity(of: resolution))
        writer.document()
        return writer.paragraphEIds
    }

    /// The numbers cited whose dates are nowhere in the text, each once, in reading order: their
    /// citations stay plain text, an IRI needing the full date.
    public func undatedCitations(of resolution: Resolution) -> [String] {
        let links = CitationLinks(resolution: resolution)
        var seen: Set<String> = []
        var result: [String] = []
        func visit(_ paragraphs: [Paragraph]) {
            for paragraph in paragraphs {
                for number in links.unlinked(in: paragraph.text) where seen.insert(number).inserted {
                    result.append(number)
                }
                visit(paragraph.subparagraphs)
            }
        }
        visit(resolution.preamble)
        visit(resolution.operative)
        for annex in resolution.annexes { visit(annex.paragraphs) }
        return result
    }

    /// The names the document is exported under, and what it lacks to be named fully.
    public func identity(of resolution: Resolution) -> AKNIdentity {
        AKNIdentity(resolution, symbol: symbol, date: date)
    }
}

/// One export in progress. With a `diff`, the paragraphs come from the diff's changes — the new
/// text with insertions and deletions marked — and `meta` records the changes under `analysis`.
struct Writer {
    let resolution: Resolution
    var diff: ResolutionDiff?
    /// The eId each change got, for the analysis.
    var changeEIds: [Int: String] = [:]
    let identity: AKNIdentity
    let organ: Organ
    let date: String
    let number: String
    let work: String
    let inline: InlineContent
    var xml = XMLBuilder()
    var usedEIds: Set<String> = []
    /// The eId each top-level paragraph was written under: "preamble 3", "operative 5" (its
    /// place in its part), "annex1 2".
    var paragraphEIds: [String: String] = [:]
    /// The part being written, for `paragraphEIds`.
    var part = "operative"

    init(resolution: Resolution, identity: AKNIdentity? = nil) {
        self.resolution = resolution
        let identity = identity ?? AKNIdentity(resolution)
        self.identity = identity
        organ = identity.organ
        date = identity.date
        number = identity.number
        work = identity.work
        inline = InlineContent(
            notes: Dictionary(
                resolution.footnotes.map { ($0.marker, $0.text) }, uniquingKeysWith: { first, _ in first }),
            citations: CitationLinks(resolution: resolution))
    }

    init(diff: ResolutionDiff) {
        self.init(resolution: diff.new)
        self.diff = diff
    }

    mutating func document() {
        xml.open("akomaNtoso", [("xmlns", AKNNames.namespace)])
        statement(coverPage: true)
        xml.close()
    }

    /// The publication, as the naming page's example names one ("/akn/un/collection/
    /// publication/un-ga/2012-01-13/A-RES-66-1", "United Nations General Assembly publication
    /// A/RES/66/1 of 13th January 2012"): a `documentCollection` named by the document's symbol
    /// and date of issue, its masthead as the `coverPage`, the statement its one component.
    mutating func publication() {
        let issued = resolution.masthead.distributionDate ?? date
        let name = identity.symbol.map(AKNIdentity.symbolComponent) ?? identity.numberComponent
        let collection = "/akn/un/collection/publication/\(AKNNames.actor(organ))/\(issued)/\(name)"
        xml.open("akomaNtoso", [("xmlns", AKNNames.namespace)])
        xml.open("documentCollection", [("name", "publication")])
        xml.open("meta")
        FRBRIdentification(
            work: collection, date: issued, dateName: "publication", author: "#publication__" + AKNNames.actor(organ),
            editor: "#publisher", name: identity.symbol
        ).write(into: &xml, source: "#publisher")
        xml.open("references", [("source", "#publisher")])
        xml.empty(
            "TLCOrganization",
            [
                ("eId", "publication__" + AKNNames.actor(organ)),
                ("href", "/akn/ontology/organizations/un/\(AKNNames.actor(organ))"),
                ("showAs", organ.name),
            ])
        xml.empty(
            "TLCOrganization",
            [
                ("eId", "publisher"), ("href", "/akn/ontology/organizations/un/secretariat"),
                ("showAs", "United Nations"),
            ])
        xml.close()
        xml.close()
        coverPage()
        xml.open("collectionBody")
        xml.open("component", [("eId", "cmp_1")])
        statement(coverPage: false)
        xml.close()
        xml.close()
        xml.close()
        xml.close()
    }

    /// The resolution itself; its masthead as its own `coverPage` unless a publication holds it.
    mutating func statement(coverPage withCoverPage: Bool) {
        xml.open("statement", [("name", "resolution"), ("contains", "originalVersion")])
        meta(component: nil)
        if withCoverPage { coverPage() }
        preface()
        preamble()
        mainBody()
        conclusions()
        attachments()
        xml.close()
    }

    /// A unique eId: `base`, or `base_2`, `base_3`… when it is taken.
    mutating func eId(_ base: String) -> String {
        var candidate = base
        var suffix = 2
        while usedEIds.contains(candidate) {
            candidate = "\(base)_\(suffix)"
            suffix += 1
        }
        usedEIds.insert(candidate)
        return candidate
    }

    // MARK: - meta

    /// The `meta` block of the resolution, or of an annex (`component`), whose references take
    /// eIds of their own (`att_1__un-ga`) since eIds are unique across the file.
    mutating func meta(component: String?, eIdPrefix: String = "") {
        let actor = "#\(eIdPrefix)\(AKNNames.actor(organ))"
        let tool = "#\(eIdPrefix)resolint"
        let part = component.map { "!\($0)" } ?? "!main"
        let dateName = identity.dateName
        xml.open("meta")
        FRBRIdentification(
            work: work, component: part, date: date, dateName: dateName, author: actor, editor: tool,
            number: (identity.numberComponent, number), name: identity.symbol
        ).write(into: &xml, source: tool)
        if component == nil, resolution.adoption?.date != nil {
            xml.open("lifecycle", [("source", "#resolint")])
            xml.empty(
                "eventRef", [("eId", "evt_adoption"), ("date", date), ("source", "#original"), ("type", "generation")])
            xml.close()
        }
        if component == nil, diff != nil { analysis() }
        xml.open("references", [("source", tool)])
        if component == nil, let old = diff?.old {
            let oldWork = AKNIdentity(old).work
            xml.empty("passiveRef", [("eId", "previous"), ("href", oldWork), ("showAs", old.symbol ?? old.path)])
        }
        xml.empty(
            "original",
            [("eId", "\(eIdPrefix)original"), ("href", "\(work)/eng@"), ("showAs", resolution.symbol ?? number)])
        xml.empty(
            "TLCOrganization",
            [
                ("eId", eIdPrefix + AKNNames.actor(organ)),
                ("href", "/akn/ontology/organizations/un/\(AKNNames.actor(organ))"),
                ("showAs", organ.name),
            ])
        xml.empty(
            "TLCOrganization",
            [("eId", "\(eIdPrefix)resolint"), ("href", "/akn/ontology/organizations/resolint"), ("showAs", "resolint")])
        if component == nil, let meeting = resolution.adoption?.meeting {
            xml.empty(
                "TLCEvent",
                [
                    ("eId", "meeting"), ("href", "/akn/ontology/events/un/\(AKNNames.component(meeting))"),
                    ("showAs", meeting),
                ])
        }
        if component == nil, resolution.adoption?.date != nil {
            xml.empty(
                "TLCConcept",
                [
                    ("eId", "adoptionDate"), ("href", "/akn/ontology/concepts/un/adoptionDate"),
                    ("showAs", "adoption date"),
                ])
        }
        xml.close()
        xml.close()
    }

    // MARK: - blocks

    mutating func coverPage() {
        guard !resolution.masthead.lines.isEmpty else { return }
        xml.open("coverPage")
        for line in resolution.masthead.lines {
            xml.inline("p", content: XMLBuilder.escape(line.text))
        }
        xml.close()
    }

    mutating func preface() {
        guard resolution.number != nil || resolution.title != nil else { return }
        var content = ""
        // The full stop after the number stands outside `docNumber`, as in the guidance's 71/4.
        if let number = resolution.number { content += "<docNumber>\(XMLBuilder.escape(number))</docNumber>." }
        if let title = resolution.title {
            content += (content.isEmpty ? "" : " ") + "<docTitle>\(XMLBuilder.escape(title.text))</docTitle>"
        }
        xml.open("preface")
        xml.inline("p", content: content)
        xml.close()
    }

    mutating func preamble() {
        guard resolution.formula != nil || !resolution.preamble.isEmpty else { return }
        xml.open("preamble")
        if let formula = resolution.formula {
            xml.open("formula", [("name", "enactingFormula")])
            xml.inline("p", content: XMLBuilder.escape(formula.text))
            xml.close()
        }
        if diff != nil {
            diffParagraphs(.preamble, prefix: "")
            xml.close()
            return
        }
        let headings = resolution.headings.filter { $0.section == .preamble }
        for (index, paragraph) in resolution.preamble.enumerated() {
            for heading in headings where heading.paragraphIndex == index { preambleHeading(heading) }
            let id = eId("preamble__container_\(index + 1)")
            paragraphEIds["preamble \(index + 1)"] = id
            xml.open("container", [("eId", id), ("name", AKNNames.containerName(paragraph.text))])
            blockContent(paragraph, owner: id)
            xml.close()
        }
        for heading in headings where heading.paragraphIndex >= resolution.preamble.count { preambleHeading(heading) }
        xml.close()
    }

    mutating func preambleHeading(_ heading: Heading) {
        let id = eId("preamble__container_heading")
        xml.open("container", [("eId", id), ("name", "heading")])
        xml.inline("p", content: XMLBuilder.escape(heading.text))
        xml.close()
    }

    /// The `<p>` of a preambular paragraph, then one `<p>` per subparagraph, its label first.
    mutating func blockContent(_ paragraph: Paragraph, owner: String) {
        var notes = 0
        func labelled(_ sub: Paragraph) -> (String, [FootnoteReference]) {
            let label = sub.number.map { $0 + " " } ?? ""
            let shift = label.unicodeScalars.count
            let refs = sub.footnoteRefs.map {
                FootnoteReference(marker: $0.marker, offset: $0.offset + shift, range: $0.range)
            }
            return (label + sub.text, refs)
        }
        xml.inline(
            "p", content: inline.xml(text: paragraph.text, refs: paragraph.footnoteRefs, owner: owner, counter: &notes))
        var queue = paragraph.subparagraphs[...]
        while let sub = queue.popFirst() {
            let (text, refs) = labelled(sub)
            xml.inline("p", content: inline.xml(text: text, refs: refs, owner: owner, counter: &notes))
            queue = sub.subparagraphs[...] + queue
        }
    }

    mutating func mainBody() {
        xml.open("mainBody")
        let hasBody =
            diff.map { $0.changes.contains { ($0.new ?? $0.old)?.section == .operative } } ?? !resolution.operative
            .isEmpty
        if !hasBody {
            xml.open("hcontainer", [("eId", eId("hcontainer_1")), ("name", "noOperativePart")])
            xml.open("content")
            xml.inline("p", content: "")
            xml.close()
            xml.close()
        }
        if diff != nil {
            diffParagraphs(.operative, prefix: "")
        } else {
            writeNumbered(
                resolution.operative, headings: resolution.headings.filter { $0.section == .operative }, prefix: "")
        }
        xml.close()
    }

    /// Paragraphs, grouped into `section`s where headings stand between them.
    mutating func writeNumbered(_ paragraphs: [Paragraph], headings: [Heading], prefix: String) {
        var index = 0
        var sectionNumber = 0
        while index < paragraphs.count || headings.contains(where: { $0.paragraphIndex == index }) {
            let here = headings.filter { $0.paragraphIndex == index }
            if !here.isEmpty {
                let end = headings.map(\.paragraphIndex).filter { $0 > index }.min() ?? paragraphs.count
                sectionNumber += 1
                let id = eId("\(prefix)sec_\(sectionNumber)")
                if end == index {
                    xml.open("hcontainer", [("eId", id), ("name", "heading")])
                    headingContent(here.map(\.text).joined(separator: " "))
                    xml.close()
                    if index >= paragraphs.count { break }
                    continue
                }
                xml.open("section", [("eId", id)])
                headingContent(here.map(\.text).joined(separator: " "))
                for position in index..<end {
                    self.paragraph(paragraphs[position], prefix: "\(id)__", position: position)
                }
                xml.close()
                index = end
            } else {
                paragraph(paragraphs[index], prefix: prefix, position: index)
                index += 1
            }
        }
    }

    mutating func headingContent(_ text: String) {
        let words = text.split(separator: " ", maxSplits: 1)
        if let first = words.first, first.hasSuffix("."),
            first.dropLast().allSatisfy({ "IVXLC".contains($0) || $0.isUppercase }),
            words.count == 2
        {
            xml.inline("num", content: XMLBuilder.escape(String(first)))
            xml.inline("heading", content: XMLBuilder.escape(String(words[1])))
        } else {
            xml.inline("heading", content: XMLBuilder.escape(text))
        }
    }

    mutating func paragraph(_ paragraph: Paragraph, prefix: String, position: Int) {
        let id = eId("\(prefix)para_\(paragraph.number.map(AKNNames.eIdNumber) ?? String(position + 1))")
        if paragraphEIds["\(part) \(position + 1)"] == nil { paragraphEIds["\(part) \(position + 1)"] = id }
        xml.open("paragraph", [("eId", id)])
        if let number = paragraph.number {
            // A number the reader assumed (not printed) is marked so, and read back as assumed.
            xml.inline(
                "num", paragraph.numberAssumed ? [("class", "assumed")] : [], content: XMLBuilder.escape(number + "."))
        }
        hierarchy(paragraph, id: id)
        xml.close()
    }

    /// `content`, or a `list` with the text as `intro` and the subparagraphs as `point`s.
    mutating func hierarchy(_ paragraph: Paragraph, id: String) {
        var notes = 0
        let text = inline.xml(text: paragraph.text, refs: paragraph.footnoteRefs, owner: id, counter: &notes)
        guard !paragraph.subparagraphs.isEmpty else {
            xml.open("content")
            xml.inline("p", content: text)
            xml.close()
            return
        }
        let listId = eId("\(id)__list_1")
        xml.open("list", [("eId", listId)])
        xml.open("intro")
        xml.inline("p", content: text)
        xml.close()
        for (offset, sub) in paragraph.subparagraphs.enumerated() {
            let pointId = eId("\(listId)__point_\(sub.number.map(AKNNames.eIdNumber) ?? String(offset + 1))")
            xml.open("point", [("eId", pointId)])
            if let label = sub.number {
                xml.inline("num", sub.numberAssumed ? [("class", "assumed")] : [], content: XMLBuilder.escape(label))
            }
            hierarchy(sub, id: pointId)
            xml.close()
        }
        xml.close()
    }

    mutating func conclusions() {
        guard let adoption = resolution.adoption, adoption.meeting != nil || adoption.date != nil else { return }
        xml.open("conclusions")
        xml.open("container", [("eId", "conclusions__container_1"), ("name", "conclusion")])
        if let meeting = adoption.meeting {
            xml.inline("p", content: "<event refersTo=\"#meeting\">\(XMLBuilder.escape(meeting))</event>")
        }
        if let date = adoption.date {
            let printed = XMLBuilder.escape(UNDate.printed(date))
            let attributes = XMLBuilder.attributes([("date", date), ("refersTo", "#adoptionDate")])
            xml.inline("p", content: "<docDate\(attributes)>\(printed)</docDate>")
        }
        xml.close()
        xml.close()
    }

    mutating func attachments() {
        guard !resolution.annexes.isEmpty else { return }
        xml.open("attachments")
        for (index, annex) in resolution.annexes.enumerated() {
            let id = "att_\(index + 1)"
            xml.open("attachment", [("eId", id)])
            xml.open("doc", [("name", "annex")])
            meta(component: "annex_\(index + 1)", eIdPrefix: "\(id)__")
            xml.open("preface")
            var content = "<docNumber>\(XMLBuilder.escape(annex.label.isEmpty ? "Annex" : annex.label))</docNumber>"
            if let title = annex.title { content += " <docTitle>\(XMLBuilder.escape(title))</docTitle>" }
            xml.inline("p", content: content)
            xml.close()
            xml.open("mainBody")
            if annex.paragraphs.isEmpty {
                xml.open("hcontainer", [("eId", eId("\(id)__hcontainer_1")), ("name", "empty")])
                xml.open("content")
                xml.inline("p", content: "")
                xml.close()
                xml.close()
            }
            if diff != nil {
                diffParagraphs(.annex(index), prefix: "\(id)__")
            } else {
                part = "annex\(index + 1)"
                writeNumbered(annex.paragraphs, headings: annex.headings, prefix: "\(id)__")
            }
            xml.close()
            xml.close()
            xml.close()
        }
        xml.close()
    }
}
