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
    private var changeID = 0
    /// The id of the move range being written.
    private var moveRangeID = 0
    private var out = ""

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
                paragraph(style: style(change, part), lead, mark: .deleted) { $0.deletedText(part.text) }
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
                        $0.newText(part.text, refs: refs[index], kind: nil, opening: index == 0)
                    } else {
                        $0.amendedText(change.words, refs: refs[index])
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
                        $0.newText(after.text, refs: refs[newIndex], kind: nil, opening: newIndex == 0)
                    } else {
                        $0.amendedText(
                            Differ.wordChanges(before.text, after.text), refs: refs[newIndex], opening: newIndex == 0)
                    }
                }
            case .deleted(let oldIndex):
                let part = oldParts[oldIndex]
                paragraph(style: style(change, part), labelPieces(old: part.label, new: nil), mark: .deleted) {
                    $0.deletedText(part.text)
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
            paragraph(style: style(change, part), lead, mark: .movedFrom(name, range)) { $0.deletedText(part.text) }
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

    /// "(a)\t", "[-(c)-][+(b)+]\t" for a subparagraph relabelled.
    private func labelPieces(old: String?, new: String?) -> [Piece] {
        switch (old, new) {
        case (nil, nil): []
        case (let old?, nil): [.deleted("\(old)\t")]
        case (nil, let new?): [.inserted("\(new)\t")]
        case (let old?, let new?) where old == new: [.plain("\(new)\t")]
        case (let old?, let new?): [.deleted(old), .inserted(new), .plain("\t")]
        }
    }

    private func style(_ change: ParagraphChange) -> String? {
        switch (change.new ?? change.old)?.section {
        case .preamble: "Preamble"
        case .operative, .annex: "Operative"
        case nil: nil
        }
    }

    /// "5.\t", "[-5.-][+6.+]\t" for a renumbered paragraph.
    private func numberPieces(old: String?, new: String?) -> [Piece] {
        switch (old, new) {
        case (nil, nil): []
        case (let old?, nil): [.deleted("\(old).\t")]
        case (nil, let new?): [.inserted("\(new).\t")]
        case (let old?, let new?) where old == new: [.plain("\(new).\t")]
        case (let old?, let new?): [.deleted("\(old)."), .inserted("\(new)."), .plain("\t")]
        }
    }

    /// The footnotes each part of the new paragraph cites, as (non-space characters of the
    /// part's text before it, note id); the notes are numbered in the order they are cited.
    private mutating func references(_ change: ParagraphChange, notes: [String: String]) -> [[(Int, Int)]] {
        let parts = parts(change.new, in: diff.new, text: change.newText)
        return parts.map { part in
            part.footnoteRefs.map { ref in
                let prefix = String(String.UnicodeScalarView(part.text.unicodeScalars.prefix(ref.offset)))
                let id = self.notes.count + 1
                let text = notes[ref.marker] ?? ""
                var builder = ContentBuilder(pieces: [.plain(" ")])
                if let old = oldNoteTexts[ref.marker], old != text {
                    builder.amendedText(Differ.wordChanges(old, text), refs: [], opening: false)
                } else {
                    builder.pieces.append(.plain(text))
                }
                self.notes.append((id: id, runs: runs(builder.pieces, moving: false)))
                return (Self.nonSpace(prefix), id)
            }
        }
    }

    static func nonSpace(_ text: String) -> Int {
        var count = 0
        for scalar in text.unicodeScalars where !scalar.isWhitespaceScalar { count += 1 }
        return count
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
        content(&builder)
        var properties = style.map { "<w:pStyle w:val=\"\($0)\"/>" } ?? ""
        switch mark {
        case .none: break
        case .inserted, .movedTo: properties += "<w:rPr><w:ins\(revision())/></w:rPr>"
        case .deleted, .movedFrom: properties += "<w:rPr><w:del\(revision())/></w:rPr>"
        }
        out += "<w:p><w:pPr>\(properties)</w:pPr>"
        switch mark {
        case .movedTo(let name, let range): out += move("moveTo", name, range, builder.pieces)
        case .movedFrom(let name, let range): out += move("moveFrom", name, range, builder.pieces)
        default: out += runs(builder.pieces, moving: false)
        }
        out += "</w:p>"
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
                let reference =
                    "<w:r><w:rPr><w:rStyle w:val=\"FootnoteReference\"/></w:rPr><w:footnoteReference w:id=\"\(id)\"/></w:r>"
                xml += inserted && !moving ? "<w:ins\(revision())>\(reference)</w:ins>" : reference
            }
        }
        return xml
    }
}

/// The pieces of one paragraph's content: the opening words in italics, the footnote
/// references where their markers stood, tracked insertions and deletions.
struct ContentBuilder {
    var pieces: [RedlineDocument.Piece]
    /// The notes whose references are written.
    private var emitted: Set<Int> = []

    init(pieces: [RedlineDocument.Piece]) { self.pieces = pieces }

    /// A text, whole, in one kind: plain (nil), inserted or deleted; its first words in italics
    /// when plain.
    mutating func newText(_ text: String, refs: [(Int, Int)], kind: RedlineDocument.Piece?, opening: Bool = true) {
        append(text, refs: refs, seen: 0, kind: kind, opening: opening)
        finish(refs)
    }

    mutating func deletedText(_ text: String) {
        pieces.append(.deleted(text))
    }

    /// An amended paragraph: its word changes, a space before each run but punctuation.
    mutating func amendedText(_ words: [WordChange], refs: [(Int, Int)], opening: Bool = true) {
        var seen = 0
        for (index, word) in words.enumerated() {
            let glue = index == 0 || word.text.unicodeScalars.first.map(Self.isClosing) == true ? "" : " "
            switch word.operation {
            case .equal:
                seen = append(glue + word.text, refs: refs, seen: seen, kind: nil, opening: opening && index == 0)
            case .insert:
                seen = append(glue + word.text, refs: refs, seen: seen, kind: .inserted(""), opening: false)
            case .delete:
                pieces.append(.deleted(glue + word.text))
            }
        }
        finish(refs)
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
    private mutating func finish(_ refs: [(Int, Int)]) {
        let inserted: Bool = if case .inserted? = pieces.last { true } else { false }
        for (_, id) in refs.sorted(by: { $0.0 < $1.0 }) where !emitted.contains(id) {
            pieces.append(.footnote(id, inserted: inserted))
            emitted.insert(id)
        }
    }

    /// Appends `text`, cut where footnote references fall (counted in non-space characters of
    /// the new text, `seen` of them before this piece), and returns the new count. The opening
    /// words of a paragraph's plain text are set in italics.
    @discardableResult
    private mutating func append(
        _ text: String, refs: [(Int, Int)], seen: Int, kind: RedlineDocument.Piece?, opening: Bool
    ) -> Int {
        var count = seen
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
            count += 1
            // The marker stood right after this character.
            while let next = pending.first, next.0 == count {
                flush(to: index)
                italic = 0
                pieces.append(.footnote(next.1, inserted: isInserted))
                emitted.insert(next.1)
                pending = pending.dropFirst()
            }
        }
        flush(to: scalars.endIndex)
        return count
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
