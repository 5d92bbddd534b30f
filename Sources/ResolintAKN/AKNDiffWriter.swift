import ResolintKit

/// The new text of a diff as Akoma Ntoso: inserted words in `<ins>`, deleted words and
/// paragraphs in `<del>` (a deleted paragraph stays where it stood, `status="removed"`), and
/// every change recorded under `meta/analysis/passiveModifications` as a `textualMod`.
public struct AKNDiffWriter: Sendable {
    public init() {}

    public func write(_ diff: ResolutionDiff) -> String {
        var writer = Writer(diff: diff)
        writer.document()
        return writer.xml.output
    }
}

extension Writer {
    /// The changes whose paragraph stands in `section` (deleted ones where they stood).
    mutating func diffParagraphs(_ section: Section, prefix: String) {
        guard let diff else { return }
        var deletedCount = 0
        for (index, change) in diff.changes.enumerated() where (change.new ?? change.old)?.section == section {
            let place = change.new ?? change.old
            let base: String
            if change.kind == .deleted {
                deletedCount += 1
                base =
                    section == .preamble
                    ? "preamble__container_del_\(deletedCount)" : "\(prefix)para_del_\(deletedCount)"
            } else if section == .preamble {
                base = "preamble__container_\(place?.index ?? 0)"
            } else {
                base = "\(prefix)para_\(place?.number.map(AKNNames.eIdNumber) ?? String(place?.index ?? 0))"
            }
            let id = eId(base)
            changeEIds[index] = id
            let status: [(String, String)] = change.kind == .deleted ? [("status", "removed")] : []
            let content = marked(
                change.words, owner: id, deleted: change.kind == .deleted, added: change.kind == .added)
            if section == .preamble {
                xml.open(
                    "container",
                    [("eId", id), ("name", AKNNames.containerName(change.newText ?? change.oldText ?? ""))] + status)
                xml.inline("p", content: content)
                xml.close()
            } else {
                xml.open("paragraph", [("eId", id)] + status)
                if let number = place?.number { xml.inline("num", content: XMLBuilder.escape(number + ".")) }
                xml.open("content")
                xml.inline("p", content: content)
                xml.close()
                xml.close()
            }
        }
    }

    /// Word changes as inline XML, each insertion and deletion with an eId.
    func marked(_ words: [WordChange], owner: String, deleted: Bool, added: Bool) -> String {
        var count = 0
        return words.map { word in
            switch word.operation {
            case .equal:
                return XMLBuilder.escape(word.text)
            case .insert, .delete:
                count += 1
                let name = word.operation == .insert ? "ins" : "del"
                return "<\(name) eId=\"\(owner)__\(name)_\(count)\">\(XMLBuilder.escape(word.text))</\(name)>"
            }
        }.joined(separator: " ")
    }

    /// `analysis` with one `textualMod` per change, and one per renumbering.
    mutating func analysis() {
        guard let diff else { return }
        // eIds are given while the body is written, after meta: name them the same way here.
        var preview = self
        preview.xml = XMLBuilder()
        preview.diffParagraphs(.preamble, prefix: "")
        preview.diffParagraphs(.operative, prefix: "")
        for index in diff.new.annexes.indices { preview.diffParagraphs(.annex(index), prefix: "att_\(index + 1)__") }
        let ids = preview.changeEIds
        var modifications: [(type: String, destination: String)] = []
        for (index, change) in diff.changes.enumerated() {
            guard let id = ids[index] else { continue }
            switch change.kind {
            case .added: modifications.append(("insertion", id))
            case .deleted: modifications.append(("repeal", id))
            case .amended: modifications.append(("substitution", id))
            case .unchanged: break
            }
            if change.renumbered { modifications.append(("renumbering", id)) }
        }
        guard !modifications.isEmpty else { return }
        xml.open("analysis", [("source", "#resolint")])
        xml.open("passiveModifications")
        for (number, modification) in modifications.enumerated() {
            xml.open("textualMod", [("type", modification.type), ("eId", "tmod_\(number + 1)")])
            xml.empty("source", [("href", "#previous")])
            xml.empty("destination", [("href", "#\(modification.destination)")])
            xml.close()
        }
        xml.close()
        xml.close()
    }
}
