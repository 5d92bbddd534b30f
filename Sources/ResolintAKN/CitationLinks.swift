import ResolintKit

/// The `ref`s of a resolution's citations, as the citation grammar reads them (`CitedText`):
/// every citation of a General Assembly, Security Council, Economic and Social Council or Human
/// Rights Council resolution or decision whose date is known — written with it, shared with the
/// next number of its list, or written with another citation of the same number in the text —
/// links to its work IRI ("/akn/un/statement/deliberation/un-ga/1991-12-18/46-152"). A citation
/// whose date is nowhere in the text stays plain text: an IRI needs the full date.
struct CitationLinks {
    struct Link {
        /// Unicode-scalar offsets in the text.
        let bounds: Range<Int>
        let href: String
    }

    let organ: Organ
    /// The date each cited number is written with somewhere in the text, by organ and number.
    private let dates: [String: String]

    init(resolution: Resolution) {
        let organ = resolution.organ ?? .generalAssembly
        self.organ = organ
        var dates: [String: String] = [:]
        func collect(_ paragraphs: [Paragraph]) {
            for paragraph in paragraphs {
                for citation in CitedText(paragraph.text, organ: organ).citations {
                    guard let cited = citation.organ, let date = citation.date, date.first.exists else { continue }
                    let key = Self.key(cited, citation.number)
                    if dates[key] == nil { dates[key] = date.first.iso }
                }
                collect(paragraph.subparagraphs)
            }
        }
        collect(resolution.preamble)
        collect(resolution.operative)
        for annex in resolution.annexes { collect(annex.paragraphs) }
        self.dates = dates
    }

    private static func key(_ organ: Organ, _ number: String) -> String { "\(organ.rawValue)|\(number)" }

    /// The numbers cited in `text` that get no link, their dates being nowhere in the text
    /// ("57/173" of "resolution 57/173;"), as printed.
    func unlinked(in text: String) -> [String] {
        CitedText(text, organ: organ).citations.compactMap { citation in
            guard let cited = citation.organ, citation.shape != .bare else { return nil }
            let dated = citation.date.map { $0.first.exists } ?? false
            return dated || dates[Self.key(cited, citation.number)] != nil ? nil : citation.number
        }
    }

    func links(in text: String) -> [Link] {
        CitedText(text, organ: organ).citations.compactMap { citation in
            guard let cited = citation.organ, citation.shape != .bare else { return nil }
            let date =
                citation.date.flatMap { $0.first.exists ? $0.first.iso : nil }
                ?? dates[Self.key(cited, citation.number)]
            guard let date else { return nil }
            return Link(
                bounds: citation.extent, href: AKNNames.work(organ: cited, date: date, number: citation.number))
        }
    }
}
