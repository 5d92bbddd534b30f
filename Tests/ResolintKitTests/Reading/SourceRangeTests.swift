import Foundation
import ResolintKit
import Testing

/// Every node points at the right text, and every character of the file is in some node.
@Suite struct SourceRangeTests {
    static let files =
        Fixtures.corpusFiles + Fixtures.seriesFiles + [
            "drafts/A-RES-58-140-typed.txt", "shapes/A-RES-58-140.hardwrapped.txt", "shapes/A-RES-58-140.oneline.txt",
            "shapes/A-RES-58-140.unicode-text.txt",
        ]

    /// Cutting each segment of a node out of the file and joining the pieces — with a space, or
    /// with nothing after a line-end hyphen or a wrapped hyphen — gives the node's text exactly.
    @Test(arguments: files)
    func segmentsSpellTheText(file: String) throws {
        let source = try Fixtures.source(file)
        let resolution = ResolutionParser().parse(source)
        var checked = 0
        for paragraph in resolution.allParagraphs {
            try expectSpelled(paragraph.text, by: paragraph.segments, in: source)
            #expect(paragraph.segments.first.map { $0.start >= paragraph.range.start } ?? false)
            #expect(paragraph.segments.last.map { $0.end <= paragraph.range.end } ?? false)
            checked += 1
        }
        for note in resolution.footnotes {
            try expectSpelled(note.text, by: note.segments, in: source)
            #expect(note.range.end == note.segments.last?.end)
        }
        #expect(checked > 0)
        if let title = resolution.title {
            #expect(
                source.slice(title.range).split(separator: "\n").map(\.trimmedSpaces).joined(separator: " ")
                    == title.text)
        }
        if let formula = resolution.formula { #expect(source.slice(formula.range) == formula.text) }
    }

    /// Markers: each reference's range holds exactly its marker (`1`, or `[^1]`).
    @Test(arguments: files)
    func markerRangesHoldTheMarker(file: String) throws {
        let source = try Fixtures.source(file)
        let resolution = ResolutionParser().parse(source)
        for ref in resolution.footnoteReferences {
            let text = source.slice(ref.range)
            #expect(text == ref.marker || text == "[^\(ref.marker)]", "\(file) \(ref.range)")
        }
    }

    /// Nothing is lost: every character of the file that is not white space lies in a node —
    /// a paragraph's text, number or markers, a note, the title, formula, masthead, headings,
    /// adoption block, annex lines, or the layout the reader set aside.
    @Test(arguments: files)
    func everyCharacterIsInANode(file: String) throws {
        let source = try Fixtures.source(file)
        let resolution = ResolutionParser().parse(source)
        var covered = source.lines.map { [Bool](repeating: false, count: $0.count) }
        func mark(_ range: SourceRange?) {
            guard let range else { return }
            for line in range.start.line...range.end.line where line - 1 < covered.count {
                let from = line == range.start.line ? range.start.column - 1 : 0
                let to = line == range.end.line ? range.end.column - 1 : covered[line - 1].count
                for column in from..<min(to, covered[line - 1].count) where column >= 0 {
                    covered[line - 1][column] = true
                }
            }
        }
        var ranges: [SourceRange?] = [
            resolution.numberRange, resolution.title?.range, resolution.formula?.range, resolution.adoption?.range,
        ]
        for paragraph in resolution.allParagraphs {
            ranges += paragraph.segments + paragraph.footnoteRefs.map(\.range)
            if paragraph.number != nil { ranges.append(paragraph.numberRange) }
        }
        for note in resolution.footnotes {
            ranges += note.segments
            if let first = note.segments.first { ranges.append(SourceRange(start: note.range.start, end: first.start)) }
        }
        ranges += (resolution.masthead.lines + resolution.layout).map(\.range) + resolution.headings.map(\.range)
        for annex in resolution.annexes {
            ranges += [annex.labelRange, annex.titleRange] + annex.headings.map(\.range)
        }
        for range in ranges { mark(range) }
        // Broken note lines are read into the note before them; their "[^k]:" is not text.
        for diagnostic in resolution.diagnostics where diagnostic.message.contains("continues footnote") {
            mark(diagnostic.range)
        }
        var lost: [String] = []
        for (index, line) in source.lines.enumerated() {
            for (column, scalar) in line.enumerated() where !covered[index][column] && scalar != " " && scalar != "\t" {
                lost.append(
                    "\(index + 1):\(column + 1) \(String(String.UnicodeScalarView(line[column...].prefix(20))))")
                break
            }
        }
        #expect(lost.isEmpty, "\(file): text in no node at \(lost.prefix(5))")
    }

    private func expectSpelled(_ text: String, by segments: [SourceRange], in source: SourceText) throws {
        var rest = Substring(text)
        for (index, segment) in segments.enumerated() {
            let piece = source.slice(segment)
            if index > 0, rest.hasPrefix(" "), !rest.hasPrefix(piece) { rest = rest.dropFirst() }
            #expect(rest.hasPrefix(piece), "segment \(segment) \"\(piece)\" not next in \"\(rest.prefix(60))\"")
            guard rest.hasPrefix(piece) else { return }
            rest = rest.dropFirst(piece.count)
        }
        #expect(rest.isEmpty, "text left over after the segments: \"\(rest.prefix(60))\"")
    }
}

extension StringProtocol {
    /// Without spaces at either end.
    fileprivate var trimmedSpaces: String {
        String(drop { $0 == " " }.reversed().drop { $0 == " " }.reversed())
    }
}
