import Foundation
import ResolintKit

/// A structural diff as the Word document a delegation circulates: the new text in one column,
/// every change against the old as a Word tracked change — words inserted and deleted inside an
/// amended paragraph, whole paragraphs inserted or deleted, a moved paragraph as a move (taken
/// from its old place, put at its new one), a new number as a change of the number — footnotes
/// as Word footnotes, the title in bold and the opening words in italics as the UN prints them.
/// Accepting every change gives the new text; rejecting every change gives the old.
///
/// The XML is written as text by a small builder (`WordXML`): the parts are few and fixed, and
/// escaping is all they need. The package is a ZIP written by ZIPFoundation, with fixed dates, so
/// the same diff gives the same bytes.
public struct WordRedline: Sendable {
    /// The author of the tracked changes, as Word shows it.
    public var author: String
    /// The date of the changes (ISO 8601, "2003-12-22"); none when nil.
    public var date: String?

    public init(author: String = "resolint", date: String? = nil) {
        self.author = author
        self.date = date
    }

    /// The `.docx` bytes.
    public func write(_ diff: ResolutionDiff) throws -> [UInt8] {
        var document = RedlineDocument(diff: diff, author: author, date: date)
        let body = document.body()
        return try WordPackageWriter.package(
            document: WordXML.document(body: body), footnotes: WordXML.footnotes(document.notes))
    }
}

/// The body of the redline being written: paragraphs, change ids, footnotes.
struct RedlineDocument {
    let diff: ResolutionDiff
    let author: String
    let date: String?
    /// The footnotes written, in order: id and the runs of their text, tracked where the note's
    /// text changed.
    private(set) var notes: [(id: Int, runs: String)] = []
    /// A note's text in the old resolution, by its marker in the new, for the notes the diff
    /// found changed.
    private lazy var oldNoteTexts: [String: String] = {
        var texts: [String: String] = [:]
        for change in diff.footnotes where change.kind == .amended {
            if let marker = change.newMarker, let old = change.oldText { texts[marker] = old }
        }
        return texts
    }()
    /// The marker in the new text of each note written for a reference, by its id.
    private var noteMarkers: [Int: String] = [:]
    /// The new text's notes by marker.
    private lazy var newNoteText: [String: String] = Dictionary(
        diff.new.footnotes.map { ($0.marker, $0.text) }, uniquingKeysWith: { first, _ in first })
    /// The notes the diff found changed, as (old marker, new marker).
    private lazy var amendedNotes: Set<[String]> = Set(
        diff.footnotes.compactMap { change in
            guard change.kind == .amended, let old = change.oldMarker, let new = change.newMarker else { return nil }
            return [old, new]
        })
    /// The old text's notes by marker.
    private lazy var oldNoteText: [String: String] = Dictionary(
        diff.old.footnotes.map { ($0.marker, $0.text) }, uniquingKeysWith: { first, _ in first })
    private var changeID = 0
    /// The id of the move range being written.
    private var moveRangeID = 0
    private var out = ""
    /// The last paragraph, held back until the next is known: an inserted paragraph after it
    /// may change its mark (see `paragraph`).
    private var held: (style: String, mark: String, body: String, endsInserted: Bool)?

    init(diff: ResolutionDiff, author: String, date: String?) {
        self.diff = diff
        self.author = author
        self.date = date
    }

    /// The tracked-change attributes: id, author, date.
    private mutating func revision() -> String {
        changeID += 1
        let when = date.map { " w:date=\"\($0)T00:00:00Z\"" } ?? ""
        return " w:id=\"\(changeID)\" w:author=\"\(WordXML.escape(author))\"\(when)"
    }

    mutating func body() -> String {
        let new = diff.new
        let old = diff.old
        func title(_ resolution: Resolution) -> String {
            [resolution.number.map { "\($0)." }, resolution.title?.text].compactMap { $0 }.joined(separator: " ")
        }
        tracked(style: "Title", old: title(old), new: title(new))
        tracked(style: nil, old: old.formula?.text ?? "", new: new.formula?.text ?? "")
        let notesByMarker = Dictionary(
            new.footnotes.map { ($0.marker, $0.text) }, uniquingKeysWith: { first, _ in first })
        var section: Section?
        var headings = HeadingPlan(diff)
        for entry in Self.order(diff.changes) {
            let change = diff.changes[entry.change]
            let place = entry.isOld ? (change.old ?? change.new) : (change.new ?? change.old)
            // The headings that stand before this paragraph: the new text's where it stands in
            // the new order, the old text's deleted ones where they stood in the old.
            if !entry.isOld, let new = change.new {
                for (old, text) in headings.new(before: new) { tracked(style: "Heading", old: old ?? "", new: text) }
            }
            if let old = change.old, entry.isOld || change.new != nil, !change.moved || entry.isOld {
                for text in headings.deleted(before: old) { tracked(style: "Heading", old: text, new: "") }
            }
            if let place, place.section != section {
                section = place.section
                if case .annex(let index) = place.section {
                    func heading(_ resolution: Resolution) -> String {
                        guard index < resolution.annexes.count else { return "" }
                        let annex = resolution.annexes[index]
                        return [annex.label, annex.title].compactMap { $0 }.joined(separator: " ")
                    }
                    tracked(style: "Heading", old: heading(old), new: heading(new))
                }
            }
            if entry.isOld, change.kind != .deleted {
                moveFrom(change, name: "move\(entry.change)")
            } else {
                write(change, notes: notesByMarker, moveName: "move\(entry.change)")
            }
        }
        for (old, text) in headings.remainingNew() { tracked(style: "Heading", old: old ?? "", new: text) }
        for text in headings.remainingDeleted() { tracked(style: "Heading", old: text, new: "") }
        func adoption(_ resolution: Resolution) -> [String] {
            guard let adoption = resolution.adoption else { return ["", ""] }
            return [adoption.meeting ?? "", adoption.date.map(UNDate.printed) ?? ""]
        }
        for (before, after) in zip(adoption(old), adoption(new)) { tracked(style: "Adoption", old: before, new: after) }
        writeHeld()
        return out
    }

    /// A line outside the paragraphs (title, formula, meeting, date): its word changes tracked,
    /// the whole line inserted or deleted when one text has none.
    private mutating func tracked(style: String?, old: String, new: String) {
        switch (old.isEmpty, new.isEmpty) {
        case (true, true): return
        case (true, false): paragraph(style: style, [.inserted(new)], mark: .inserted)
        case (false, true): paragraph(style: style, [.deleted(old)], mark: .deleted)
        case (false, false):
            paragraph(style: style, []) { $0.amendedText(Differ.wordChanges(old, new), refs: [], opening: false) }
        }
    }

    /// One paragraph of the redline: a change at its new place, or a deleted or moved paragraph
    /// at its old place.
    struct Entry {
        let change: Int
        let isOld: Bool
    }

    /// The paragraphs in the redline's order. Every paragraph of the new text stands in the new
    /// order; a deleted paragraph, and the old place of a moved one, stand right after the
    /// paragraph that preceded them in the old text. Accepting every change leaves the new order;
    /// rejecting every change leaves the old.
    static func order(_ changes: [ParagraphChange]) -> [Entry] {
        var entries = changes.indices.filter { changes[$0].new != nil }.map { Entry(change: $0, isOld: false) }
        func rank(_ section: Section) -> Int {
            switch section {
            case .preamble: 0
            case .operative: 1
            case .annex(let index): 2 + index
            }
        }
        let oldOrder = changes.indices.filter { changes[$0].old != nil }.sorted {
            let (a, b) = (changes[$0].old!, changes[$1].old!)
            return (rank(a.section), a.index) < (rank(b.section), b.index)
        }
        var cursor = -1
        for index in oldOrder {
            let change = changes[index]
            if change.new != nil, !change.moved {
                cursor = entries.firstIndex { $0.change == index && !$0.isOld } ?? cursor
            } else {
                entries.insert(Entry(change: index, isOld: true), at: cursor + 1)
                cursor += 1
            }
        }
        return entries
    }

    // MARK: - Paragraphs

    /// A piece of a paragraph's content.
    enum Piece {
        case plain(String)
        case italic(String)
        case inserted(String)
        case deleted(String)
        /// A footnote reference; `inserted` when it stands in inserted text.
        case footnote(Int, inserted: Bool)
        /// A reference of the old text, in deleted text, to its note with this marker.
        case deletedFootnote(String)
    }

    /// A paragraph at its new place (or a deleted one at its old), each of its parts — its own
    /// text, then each subparagraph — a Word paragraph of its own, as the UN prints them.
    private mutating func write(_ change: ParagraphChange, notes: [String: String], moveName: String) {
        let number = change.new?.number ?? change.old?.number
        let oldParts = parts(change.old, in: diff.old, text: change.oldText)
        let newParts = parts(change.new, in: diff.new, text: change.newText)
        switch change.kind {
        case .deleted:
            for (index, part) in oldParts.enumerated() {
                let lead =
                    index == 0
                    ? numberPieces(old: change.old?.number, new: nil) : labelPieces(old: part.label, new: nil)
                paragraph(style: style(change, part), lead, mark: .deleted) {
                    $0.deletedText(part.text, oldRefs: Self.positions(part))
                }
            }
        case .added:
            let refs = references(change, notes: notes)
            for (index, part) in newParts.enumerated() {
                let lead = index == 0 ? numberPieces(old: nil, new: number) : labelPieces(old: nil, new: part.label)
                paragraph(style: style(change, part), lead, mark: .inserted) {
                    $0.newText(part.text, refs: refs[index], kind: .inserted(""), opening: index == 0)
                }
            }
        case .unchanged where !change.moved, .amended where !change.moved:
            let refs = references(change, notes: notes)
            if change.kind == .amended, oldParts.count > 1 || newParts.count > 1 {
                amendedParts(change, oldParts, newParts, refs: refs)
                return
            }
            for (index, part) in newParts.enumerated() {
                let lead =
                    index == 0
                    ? numberPieces(old: change.old?.number, new: change.new?.number)
                    : labelPieces(old: part.label, new: part.label)
                paragraph(style: style(change, part), lead) {
                    if change.kind == .unchanged {
                        let oldRefs = index < oldParts.count ? Self.positions(oldParts[index]) : []
                        $0.newText(part.text, refs: refs[index], kind: nil, opening: index == 0, oldRefs: oldRefs)
                    } else {
                        $0.amendedText(
                            change.words, refs: refs[index], oldRefs: oldParts.first.map(Self.positions) ?? [])
                    }
                }
            }
        case .unchanged, .amended:
            // Moved: the new text at its new place, inside a move; the old one leaves its old place.
            let refs = references(change, notes: notes)
            for (index, part) in newParts.enumerated() {
                let lead =
                    index == 0
                    ? numberPieces(old: nil, new: change.new?.number) : labelPieces(old: nil, new: part.label)
                let range = (start: index == 0, end: index == newParts.count - 1)
                paragraph(style: style(change, part), lead, mark: .movedTo(moveName, range)) {
                    $0.newText(part.text, refs: refs[index], kind: .inserted(""), opening: index == 0)
                }
            }
        }
    }

    /// An amended paragraph with subparagraphs: its own text's words tracked, each subparagraph
    /// kept (its label and words tracked), deleted or added as a Word paragraph of its own.
    private mutating func amendedParts(
        _ change: ParagraphChange, _ oldParts: [ParagraphPart], _ newParts: [ParagraphPart], refs: [[(Int, Int)]]
    ) {
        for step in ParagraphPart.align(oldParts, newParts) {
            switch step {
            case .kept(let oldIndex, let newIndex):
                let (before, after) = (oldParts[oldIndex], newParts[newIndex])
                let lead =
                    newIndex == 0
                    ? numberPieces(old: change.old?.number, new: change.new?.number)
                    : labelPieces(old: before.label, new: after.label)
                paragraph(style: style(change, after), lead) {
                    if before.text == after.text {
                        $0.newText(
                            after.text, refs: refs[newIndex], kind: nil, opening: newIndex == 0,
                            oldRefs: Self.positions(before))
                    } else {
                        $0.amendedText(
                            Differ.wordChanges(before.text, after.text), refs: refs[newIndex],
                            oldRefs: Self.positions(before), opening: newIndex == 0)
                    }
                }
            case .deleted(let oldIndex):
                let part = oldParts[oldIndex]
                paragraph(style: style(change, part), labelPieces(old: part.label, new: nil), mark: .deleted) {
                    $0.deletedText(part.text, oldRefs: Self.positions(part))
                }
            case .added(let newIndex):
                let part = newParts[newIndex]
                paragraph(style: style(change, part), labelPieces(old: nil, new: part.label), mark: .inserted) {
                    $0.newText(part.text, refs: refs[newIndex], kind: .inserted(""), opening: false)
                }
            }
        }
    }

    /// The old text of a moved paragraph at its old place.
    private mutating func moveFrom(_ change: ParagraphChange, name: String) {
        let oldParts = parts(change.old, in: diff.old, text: change.oldText)
        for (index, part) in oldParts.enumerated() {
            let lead =
                index == 0 ? numberPieces(old: change.old?.number, new: nil) : labelPieces(old: part.label, new: nil)
            let range = (start: index == 0, end: index == oldParts.count - 1)
            paragraph(style: style(change, part), lead, mark: .movedFrom(name, range)) {
                $0.deletedText(part.text, oldRefs: Self.positions(part))
            }
        }
    }

    /// The parts of the paragraph at `place`; its compared text as one part if it has no place.
    private func parts(_ place: ParagraphPlace?, in resolution: Resolution, text: String?) -> [ParagraphPart] {
        if let place, let paragraph = resolution.paragraph(at: place) { return ParagraphPart.parts(of: paragraph) }
        return text.map { [ParagraphPart(label: nil, text: $0, depth: 0, footnoteRefs: [])] } ?? []
    }

    private func style(_ change: ParagraphChange, _ part: ParagraphPart) -> String? {
        switch part.depth {
        case 0: style(change)
        case 1: "Subparagraph"
        default: "Subparagraph2"
        }
    }

    /// "(a)\t", "[-(c)-][+(b)+]\t" for a subparagraph relabelled: a label is led in as a number is.
    private func labelPieces(old: String?, new: String?) -> [Piece] { leadPieces(old: old, new: new, closing: "") }

    private func style(_ change: ParagraphChange) -> String? {
        switch (change.new ?? change.old)?.section {
        case .preamble: "Preamble"
        case .operative, .annex: "Operative"
        case nil: nil
        }
    }

    /// "5.\t", "[-5.-][+6.+]\t" for a renumbered paragraph.
    private func numberPieces(old: String?, new: String?) -> [Piece] { leadPieces(old: old, new: new, closing: ".") }

    /// A number or label and the tab after it, its change tracked.
    private func leadPieces(old: String?, new: String?, closing: String) -> [Piece] {
        switch (old, new) {
        case (nil, nil): []
        case (let old?, nil): [.deleted(old + closing + "\t")]
        case (nil, let new?): [.inserted(new + closing + "\t")]
        case (let old?, let new?) where old == new: [.plain(new + closing + "\t")]
        case (let old?, let new?): [.deleted(old + closing), .inserted(new + closing), .plain("\t")]
        }
    }

    /// The footnotes each part of the new paragraph cites, as (non-space characters of the
    /// part's text before it, note id); the notes are numbered in the order they are cited.
    private mutating func references(_ change: ParagraphChange, notes: [String: String]) -> [[(Int, Int)]] {
        let parts = parts(change.new, in: diff.new, text: change.newText)
        return parts.map { part in
            zip(part.footnoteRefs, Self.positions(part)).map { ref, place in
                let id = self.notes.count + 1
                let text = notes[ref.marker] ?? ""
                var builder = ContentBuilder(pieces: [.plain(" ")])
                if let old = oldNoteTexts[ref.marker], old != text {
                    builder.amendedText(Differ.wordChanges(old, text), refs: [], opening: false)
                } else {
                    builder.pieces.append(.plain(text))
                }
                self.notes.append((id: id, runs: runs(builder.pieces, moving: false)))
                noteMarkers[id] = ref.marker
                return (place.0, id)
            }
        }
    }

    /// Where a part's footnote references stand: (non-space characters of its text before the
    /// marker, the marker).
    static func positions(_ part: ParagraphPart) -> [(Int, String)] {
        guard !part.footnoteRefs.isEmpty else { return [] }
        // Non-space characters before each scalar offset, counted in one pass.
        var before: [Int] = [0]
        before.reserveCapacity(part.text.unicodeScalars.count + 1)
        for scalar in part.text.unicodeScalars { before.append(before.last! + (scalar.isWhitespaceScalar ? 0 : 1)) }
        return part.footnoteRefs.map { (before[min(max($0.offset, 0), before.count - 1)], $0.marker) }
    }

    /// How a whole paragraph is marked: its mark and content inserted, deleted or moved.
    enum Mark {
        case none, inserted, deleted
        /// Part of a move, named; `range` says whether the paragraph starts or ends its range.
        case movedTo(String, (start: Bool, end: Bool))
        case movedFrom(String, (start: Bool, end: Bool))
    }

    private mutating func paragraph(style: String?, _ pieces: [Piece], mark: Mark = .none) {
        paragraph(style: style, pieces, mark: mark) { _ in }
    }

    private mutating func paragraph(
        style: String?, _ lead: [Piece], mark: Mark = .none, content: (inout ContentBuilder) -> Void
    ) {
        var builder = ContentBuilder(pieces: lead)
        let (markers, newTexts, oldTexts, amended) = (noteMarkers, newNoteText, oldNoteText, amendedNotes)
        builder.sameNote = { id, oldMarker in
            guard let marker = markers[id] else { return false }
            return newTexts[marker] == oldTexts[oldMarker] || amended.contains([oldMarker, marker])
        }
        content(&builder)
        var markXML: String
        switch mark {
        case .none: markXML = ""
        case .inserted, .movedTo: markXML = "<w:rPr><w:ins\(revision())/></w:rPr>"
        case .deleted, .movedFrom: markXML = "<w:rPr><w:del\(revision())/></w:rPr>"
        }
        // An inserted paragraph after one whose mark stands and whose last words are inserted:
        // LibreOffice reads an inserted paragraph as starting at the mark before it, joins that
        // to the insertion before the mark, and rejecting both loses the paragraph break. So the
        // paragraphs are marked as Word marks paragraphs typed after a paragraph's end: the mark
        // before them inserted, and their own but the last's. Accepting or rejecting gives the
        // same text either way.
        if case .inserted = mark, var previous = held, previous.mark.isEmpty, previous.endsInserted {
            previous.mark = "<w:rPr><w:ins\(revision())/></w:rPr>"
            held = previous
            markXML = ""
        }
        let body: String
        switch mark {
        case .movedTo(let name, let range): body = move("moveTo", name, range, builder.pieces)
        case .movedFrom(let name, let range): body = move("moveFrom", name, range, builder.pieces)
        default: body = runs(builder.pieces, moving: false)
        }
        let endsInserted: Bool =
            switch builder.pieces.last {
            case .inserted?, .footnote(_, inserted: true)?: true
            default: false
            }
        writeHeld()
        held = (style.map { "<w:pStyle w:val=\"\($0)\"/>" } ?? "", markXML, body, endsInserted)
    }

    /// Writes the paragraph held back, if any.
    private mutating func writeHeld() {
        guard let paragraph = held else { return }
        out += "<w:p><w:pPr>\(paragraph.style)\(paragraph.mark)</w:pPr>\(paragraph.body)</w:p>"
        held = nil
    }

    /// A move's content (`moveTo` or `moveFrom`), inside its named range: the range starts in
    /// the move's first paragraph and ends in its last.
    private mutating func move(
        _ element: String, _ name: String, _ range: (start: Bool, end: Bool), _ pieces: [Piece]
    ) -> String {
        var xml = ""
        if range.start {
            changeID += 1
            moveRangeID = changeID
            xml +=
                "<w:\(element)RangeStart w:id=\"\(moveRangeID)\" w:name=\"\(name)\" w:author=\"\(WordXML.escape(author))\"/>"
        }
        xml += "<w:\(element)\(revision())>" + runs(pieces, moving: true) + "</w:\(element)>"
        if range.end { xml += "<w:\(element)RangeEnd w:id=\"\(moveRangeID)\"/>" }
        return xml
    }

    /// The runs of the pieces; inside a move every run is plain (the move marks it), deleted
    /// text still in `w:delText`.
    private mutating func runs(_ pieces: [Piece], moving: Bool) -> String {
        var xml = ""
        for piece in pieces {
            switch piece {
            case .plain(let text): xml += WordXML.run(text)
            case .italic(let text): xml += WordXML.run(text, italic: true)
            case .inserted(let text):
                xml += moving ? WordXML.run(text) : "<w:ins\(revision())>\(WordXML.run(text))</w:ins>"
            case .deleted(let text):
                xml +=
                    moving
                    ? WordXML.run(text, deleted: true)
                    : "<w:del\(revision())>\(WordXML.run(text, deleted: true))</w:del>"
            case .footnote(let id, let inserted):
                xml += inserted && !moving ? "<w:ins\(revision())>\(Self.reference(id))</w:ins>" : Self.reference(id)
            case .deletedFootnote(let marker):
                // The old text's note, written for this reference: accepting the deletion takes both.
                let id = notes.count + 1
                notes.append((id: id, runs: WordXML.run(" " + (oldNoteText[marker] ?? ""))))
                xml += moving ? Self.reference(id) : "<w:del\(revision())>\(Self.reference(id))</w:del>"
            }
        }
        return xml
    }

    /// A footnote reference run.
    static func reference(_ id: Int) -> String {
        "<w:r><w:rPr><w:rStyle w:val=\"FootnoteReference\"/></w:rPr><w:footnoteReference w:id=\"\(id)\"/></w:r>"
    }
}

/// The pieces of one paragraph's content: the opening words in italics, the footnote
/// references where their markers stood, tracked insertions and deletions.
struct ContentBuilder {
    var pieces: [RedlineDocument.Piece]
    /// The notes whose references are written.
    private var emitted: Set<Int> = []
    /// The old text's references written, by their place among the references given.
    private var emittedOld: Set<Int> = []
    /// Whether the new text's note (by its id) is the old text's note with this marker.
    var sameNote: (Int, String) -> Bool = { _, _ in true }

    init(pieces: [RedlineDocument.Piece]) { self.pieces = pieces }

    /// A text, whole, in one kind: plain (nil), inserted or deleted; its first words in italics
    /// when plain.
    mutating func newText(
        _ text: String, refs: [(Int, Int)], kind: RedlineDocument.Piece?, opening: Bool = true,
        oldRefs: [(Int, String)] = []
    ) {
        append(text, refs: refs, seen: 0, oldRefs: oldRefs, oldSeen: 0, kind: kind, opening: opening)
        finish(refs, oldRefs: oldRefs)
    }

    /// A text deleted whole, with the old text's references (`oldRefs`: non-space characters
    /// before each, its marker) where they stood.
    mutating func deletedText(_ text: String, oldRefs: [(Int, String)] = []) {
        append(text, refs: [], seen: 0, oldRefs: oldRefs, oldSeen: 0, kind: .deleted(""), opening: false)
        finish([], oldRefs: oldRefs)
    }

    /// An amended paragraph: its word changes, a space before each run but punctuation.
    /// The old text's references (`oldRefs`) stand in its deleted words as deleted references,
    /// and in its kept words where the new text cites no note.
    mutating func amendedText(
        _ words: [WordChange], refs: [(Int, Int)], oldRefs: [(Int, String)] = [], opening: Bool = true
    ) {
        var (seen, oldSeen) = (0, 0)
        for (index, word) in words.enumerated() {
            let glue = index == 0 || word.text.unicodeScalars.first.map(Self.isClosing) == true ? "" : " "
            let kind: RedlineDocument.Piece? =
                switch word.operation {
                case .equal: nil
                case .insert: .inserted("")
                case .delete: .deleted("")
                }
            (seen, oldSeen) = append(
                glue + word.text, refs: refs, seen: seen, oldRefs: oldRefs, oldSeen: oldSeen, kind: kind,
                opening: opening && index == 0 && word.operation == .equal)
        }
        finish(refs, oldRefs: oldRefs)
    }

    /// Punctuation that closes up to the word before it.
    static func isClosing(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case ",", ";", ":", ".", "!", "?", ")": true
        default: false
        }
    }

    /// The references not yet written (a marker at the start, or past the text's end) go last,
    /// inserted when the paragraph's last text is.
    private mutating func finish(_ refs: [(Int, Int)], oldRefs: [(Int, String)] = []) {
        let inserted: Bool = if case .inserted? = pieces.last { true } else { false }
        for (_, id) in refs.sorted(by: { $0.0 < $1.0 }) where !emitted.contains(id) {
            pieces.append(.footnote(id, inserted: inserted))
            emitted.insert(id)
        }
        for (place, (_, marker)) in oldRefs.enumerated() where !emittedOld.contains(place) {
            pieces.append(.deletedFootnote(marker))
            emittedOld.insert(place)
        }
    }

    /// Appends `text`, cut where footnote references fall (counted in non-space characters of
    /// the new text, `seen` of them before this piece, and of the old text, `oldSeen`), and
    /// returns the two counts after it. Plain text is both texts', inserted text the new one's,
    /// deleted text the old one's. The opening words of a paragraph's plain text are set in
    /// italics.
    @discardableResult
    private mutating func append(
        _ text: String, refs: [(Int, Int)], seen: Int, oldRefs: [(Int, String)], oldSeen: Int,
        kind: RedlineDocument.Piece?, opening: Bool
    ) -> (new: Int, old: Int) {
        var count = seen
        var oldCount = oldSeen
        let advancesNew: Bool = if case .deleted? = kind { false } else { true }
        let advancesOld: Bool = if case .inserted? = kind { false } else { true }
        var pendingOld = oldRefs.indices.filter { oldRefs[$0].0 > oldSeen && !emittedOld.contains($0) }[...]
        let scalars = text.unicodeScalars
        // The run being gathered: from `runStart`, `length` scalars long.
        var runStart = scalars.startIndex
        var length = 0
        var pending = refs.filter { $0.0 > seen && !emitted.contains($0.1) }.sorted { $0.0 < $1.0 }[...]
        let isPlain = kind == nil
        let isInserted: Bool = if case .inserted? = kind { true } else { false }
        var italic = opening && isPlain ? Self.openingLength(text) : 0
        func flush(to end: String.UnicodeScalarView.Index) {
            guard runStart < end else { return }
            let run = String(scalars[runStart..<end])
            switch kind {
            case .inserted?: pieces.append(.inserted(run))
            case .deleted?: pieces.append(.deleted(run))
            default: pieces.append(italic > 0 ? .italic(run) : .plain(run))
            }
            runStart = end
            length = 0
        }
        var index = scalars.startIndex
        while index < scalars.endIndex {
            if italic > 0, length == italic {
                flush(to: index)
                italic = 0
            }
            let scalar = scalars[index]
            index = scalars.index(after: index)
            length += 1
            guard !scalar.isWhitespaceScalar else { continue }
            // The markers that stood right after this character: the new text's, then the old
            // text's. In text of both, a new reference is the old one when it is to the same
            // note, and inserted otherwise; an old reference no new one is deleted.
            if advancesNew { count += 1 }
            if advancesOld { oldCount += 1 }
            guard
                advancesNew && pending.first?.0 == count
                    || advancesOld && pendingOld.first.map({ oldRefs[$0].0 == oldCount }) == true
            else { continue }
            var newHere: [Int] = []
            var oldHere: [Int] = []
            if advancesNew {
                while let next = pending.first, next.0 == count {
                    newHere.append(next.1)
                    pending = pending.dropFirst()
                }
            }
            if advancesOld {
                while let next = pendingOld.first, oldRefs[next].0 == oldCount {
                    oldHere.append(next)
                    pendingOld = pendingOld.dropFirst()
                }
            }
            emittedOld.formUnion(oldHere)
            flush(to: index)
            italic = 0
            for id in newHere {
                let same = isPlain ? oldHere.firstIndex { sameNote(id, oldRefs[$0].1) } : nil
                if let same { oldHere.remove(at: same) }
                pieces.append(.footnote(id, inserted: isInserted || (isPlain && same == nil)))
                emitted.insert(id)
            }
            for place in oldHere { pieces.append(.deletedFootnote(oldRefs[place].1)) }
        }
        flush(to: scalars.endIndex)
        return (count, oldCount)
    }

    /// Words that continue a paragraph's opening phrase in italics: "Bearing in mind", "Taking
    /// note", "Recalling also", "Taking into account".
    static let openingWords: Set<String> = ["also", "further", "again", "in", "mind", "note", "into", "account"]

    /// How many characters of `text` the italic opening takes: its first word, the words that
    /// continue the phrase, and the verb after an adverb ("Also requests", "Strongly urges").
    static func openingLength(_ text: String) -> Int {
        let words = text.unicodeScalars.split(separator: " ", omittingEmptySubsequences: false)
        guard let first = words.first, String(first).first?.isUppercase == true else { return 0 }
        func lowercased(_ word: Substring.UnicodeScalarView) -> String { String(word).lowercased() }
        var taken = 1
        let lower = lowercased(first)
        if lower.hasSuffix("ly") || ["also", "further", "once"].contains(lower), words.count > 1 { taken = 2 }
        if lower == "once", words.count > 2 { taken = 3 }
        while taken < words.count, openingWords.contains(lowercased(words[taken])) { taken += 1 }
        // The phrase's length, its words and the spaces between them, without the punctuation
        // that closes it.
        var length = words.prefix(taken).reduce(taken - 1) { $0 + $1.count }
        var last = words[taken - 1]
        while let end = last.last, end == "," || end == ";" || end == ":" {
            last.removeLast()
            length -= 1
        }
        return max(0, length)
    }
}

/// Where the headings between paragraphs go in the redline. A heading of the new text stands
/// before the paragraph it stands before in the new text: as it was when the old text has the
/// same heading, with its words tracked when the diff found it reworded, inserted otherwise. A
/// heading the new text no longer has stands, deleted, before the paragraph it stood before in
/// the old text. Each is written once; any left at the end of a part, after the last paragraph.
struct HeadingPlan {
    private var newHeadings: [Heading]
    private var oldHeadings: [Heading]
    /// A reworded heading's old text, by its new text.
    private let reworded: [String: String]

    init(_ diff: ResolutionDiff) {
        newHeadings = diff.new.headings + diff.new.annexes.flatMap(\.headings)
        let kept = Set(newHeadings.map(\.text))
        var reworded: [String: String] = [:]
        var rewordedOld: Set<String> = []
        for change in diff.headings where change.kind == .amended {
            if let old = change.oldText, let new = change.newText {
                reworded[new] = old
                rewordedOld.insert(old)
            }
        }
        self.reworded = reworded
        oldHeadings = (diff.old.headings + diff.old.annexes.flatMap(\.headings)).filter {
            !kept.contains($0.text) && !rewordedOld.contains($0.text)
        }
        let oldTexts = Set((diff.old.headings + diff.old.annexes.flatMap(\.headings)).map(\.text))
        // A new heading the old text had as it is: no change, but it is still written.
        keptTexts = oldTexts.intersection(kept)
    }

    private let keptTexts: Set<String>

    /// The new headings before the paragraph at `place` of the new text, each with the old
    /// text it replaces (the same for a kept heading, nil for an inserted one).
    mutating func new(before place: ParagraphPlace) -> [(old: String?, text: String)] {
        take(&newHeadings, before: place).map { heading in
            (keptTexts.contains(heading.text) ? heading.text : reworded[heading.text], heading.text)
        }
    }

    /// The old text's deleted headings before the paragraph at `place` of the old text.
    mutating func deleted(before place: ParagraphPlace) -> [String] {
        take(&oldHeadings, before: place).map(\.text)
    }

    mutating func remainingNew() -> [(old: String?, text: String)] {
        defer { newHeadings = [] }
        return newHeadings.map { (keptTexts.contains($0.text) ? $0.text : reworded[$0.text], $0.text) }
    }

    mutating func remainingDeleted() -> [String] {
        defer { oldHeadings = [] }
        return oldHeadings.map(\.text)
    }

    private func take(_ headings: inout [Heading], before place: ParagraphPlace) -> [Heading] {
        let taken = headings.filter { $0.section == place.section && $0.paragraphIndex <= place.index - 1 }
        headings.removeAll { $0.section == place.section && $0.paragraphIndex <= place.index - 1 }
        return taken
    }
}
