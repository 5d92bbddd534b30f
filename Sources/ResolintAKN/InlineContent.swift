import ResolintKit

/// The XML of a paragraph's text: escaped, with each footnote as an `authorialNote` at its
/// marker's first place and a `noteRef` to it at every later one (a note cited twice is one
/// note), and each citation of a resolution whose date is known as a `ref`.
struct InlineContent {
    /// The notes' texts by marker.
    let notes: [String: String]
    let citations: CitationLinks
    /// The eId each note was written under, by marker, across the whole document.
    let written = WrittenNotes()

    /// The notes written so far. A reference type, so that the writer's paragraphs, written one
    /// after another, share it.
    final class WrittenNotes: @unchecked Sendable {
        var eIds: [String: String] = [:]
    }

    /// `text` with `refs` (markers at offsets) and citation links, as inline XML. Note eIds are
    /// `<owner>__authorialNote_<n>`, counted by `counter`.
    func xml(text: String, refs: [FootnoteReference], owner: String, counter: inout Int) -> String {
        let scalars = Array(text.unicodeScalars)
        let links = citations.links(in: text).filter { link in
            !refs.contains { $0.offset > link.bounds.lowerBound && $0.offset < link.bounds.upperBound }
        }
        var pending = refs.sorted { $0.offset < $1.offset }[...]
        var out = ""
        var index = 0
        var nextLink = 0
        func flushNotes(upTo offset: Int) {
            while let ref = pending.first, ref.offset <= offset {
                if let eId = written.eIds[ref.marker] {
                    out += "<noteRef\(XMLBuilder.attributes([("href", "#" + eId), ("marker", ref.marker)]))/>"
                } else {
                    counter += 1
                    let eId = "\(owner)__authorialNote_\(counter)"
                    written.eIds[ref.marker] = eId
                    out += note(ref.marker, eId: eId)
                }
                pending = pending.dropFirst()
            }
        }
        while index < scalars.count {
            flushNotes(upTo: index)
            if nextLink < links.count, links[nextLink].bounds.lowerBound == index {
                let link = links[nextLink]
                let inner = String(scalars: scalars[link.bounds])
                out +=
                    "<ref href=\"\(XMLBuilder.escape(link.href, attribute: true))\">\(XMLBuilder.escape(inner))</ref>"
                index = link.bounds.upperBound
                nextLink += 1
                continue
            }
            // Plain text up to the next note or link, escaped as one run.
            var end = scalars.count
            if let ref = pending.first { end = min(end, max(ref.offset, index + 1)) }
            if nextLink < links.count { end = min(end, max(links[nextLink].bounds.lowerBound, index + 1)) }
            out += XMLBuilder.escape(String(scalars: scalars[index..<end]))
            index = end
        }
        flushNotes(upTo: Int.max)
        return out
    }

    private func note(_ marker: String, eId: String) -> String {
        let text = notes[marker] ?? ""
        let attributes = XMLBuilder.attributes([("marker", marker), ("placement", "bottom"), ("eId", eId)])
        return "<authorialNote\(attributes)><p>\(XMLBuilder.escape(text))</p></authorialNote>"
    }
}
