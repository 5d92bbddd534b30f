import CLibXML2
import ResolintAKN

/// The text of Word paragraphs (`w:p`) as a reader sees it: runs' text, tabs, no-break and soft
/// hyphens, line breaks as spaces, field codes left out, each footnote reference as `[^k]`;
/// tracked insertions (`w:ins`, `w:moveTo`) and deletions (`w:del`, `w:moveFrom`, `w:delText`)
/// taken or left as `revisions` says. Formatting (italics, bold) is not text.
struct WordText {
    let revisions: WordRevisions
    /// Footnote id → the number Word shows, in the order the references first appear.
    private(set) var footnoteNumbers: [String: Int] = [:]

    init(revisions: WordRevisions) {
        self.revisions = revisions
    }

    /// One paragraph of text, and whether its paragraph mark is gone under `revisions` (so that
    /// it runs on into the next paragraph, as Word joins them).
    struct Paragraph {
        var text = ""
        var joinsNext = false
        var properties: xmlNodePtr?
        /// The ids of the comments anchored in the paragraph (where their range starts, or their
        /// mark stands).
        var comments: [String] = []
    }

    /// The paragraphs of a body or of a note, tables and content controls included, in order.
    mutating func paragraphs(in container: xmlNodePtr) -> [Paragraph] {
        var result: [Paragraph] = []
        collect(container, into: &result)
        return result
    }

    private mutating func collect(_ node: xmlNodePtr, into result: inout [Paragraph]) {
        for child in node.elements {
            switch child.name {
            case "p":
                result.append(paragraph(child))
            case "ins", "moveTo":
                // A whole block inserted (around paragraphs): taken when changes are accepted.
                if revisions == .accept { collect(child, into: &result) }
            case "del", "moveFrom":
                if revisions == .reject { collect(child, into: &result) }
            case "sectPr", "bookmarkStart", "bookmarkEnd", "proofErr":
                continue
            default:
                collect(child, into: &result)
            }
        }
    }

    private mutating func paragraph(_ node: xmlNodePtr) -> Paragraph {
        var paragraph = Paragraph()
        paragraph.properties = node.child("pPr")
        if let mark = paragraph.properties?.child("rPr") {
            // A paragraph mark deleted (accepted) or inserted (rejected) joins two paragraphs.
            paragraph.joinsNext =
                (revisions == .accept && (mark.child("del") != nil || mark.child("moveFrom") != nil))
                || (revisions == .reject && (mark.child("ins") != nil || mark.child("moveTo") != nil))
        }
        var text = ""
        if let before = paragraph.properties?.child("pageBreakBefore"), before.attribute("val") != "0",
            before.attribute("val") != "false"
        {
            text.append("\u{0C}")
        }
        var comments: [String] = []
        inline(node, into: &text, comments: &comments)
        paragraph.text = text
        paragraph.comments = comments
        return paragraph
    }

    private mutating func inline(
        _ node: xmlNodePtr, into text: inout String, comments: inout [String]
    ) {
        for child in node.elements {
            switch child.name {
            case "commentRangeStart", "commentReference":
                if let id = child.attribute("id"), !comments.contains(id) { comments.append(id) }
            case "pPr", "rPr", "instrText", "delInstrText", "fldChar", "annotationRef",
                "footnoteRef", "endnoteRef", "lastRenderedPageBreak", "bookmarkStart", "bookmarkEnd", "proofErr":
                continue
            case "t":
                text += child.content
            case "delText":
                if revisions == .reject { text += child.content }
            case "tab", "ptab":
                text.append("\t")
            case "br" where child.attribute("type") == "page":
                // A page break is the form feed of a text: the reader sees a new page there.
                text.append("\u{0C}")
            case "br", "cr":
                text.append(" ")
            case "noBreakHyphen":
                text.append("\u{2011}")
            case "softHyphen":
                continue
            case "footnoteReference":
                guard let id = child.attribute("id") else { continue }
                let number = footnoteNumbers[id] ?? footnoteNumbers.count + 1
                footnoteNumbers[id] = number
                text += "[^\(number)]"
            case "ins", "moveTo":
                if revisions == .accept { inline(child, into: &text, comments: &comments) }
            case "del", "moveFrom":
                if revisions == .reject { inline(child, into: &text, comments: &comments) }
            default:
                // Runs, hyperlinks, smart tags, simple fields, content controls: their text.
                inline(child, into: &text, comments: &comments)
            }
        }
    }
}
