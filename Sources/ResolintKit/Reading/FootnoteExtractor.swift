/// Finds the footnotes of a text and the lines they occupy, in both forms the reader meets:
///
/// - PDF extraction: a rule of underscores, then notes `1 Text…` at the left margin, printed
///   wherever the page ended, often in the middle of a paragraph. The block ends at a blank or
///   indented line, where the body text resumes.
/// - Markdown: `[^k]: Text…` definitions, continued on indented lines, usually after `---`.
struct FootnoteExtractor {
    struct Note {
        var marker: String
        var text: MappedText
        var range: SourceRange
    }

    var notes: [Note] = []
    /// Lines that belong to notes, rules and breaks: not body text.
    var consumed: Set<Int> = []
    /// Lines of notes printed at the foot of a page with the body running on over the page
    /// break (the `pdftotext` shape): not body text, and no end of a paragraph either.
    var pageFoot: Set<Int> = []
    /// Body lines that end in a footnote rule: the column (0-based) where the rule starts.
    var bodyEnds: [Int: Int] = [:]
    /// Rules and breaks set aside (0-based line numbers).
    var ruleLines: [Int] = []
    /// Lines that an extraction turned into a note of their own because they start with a
    /// number (`[^2013]: (S/INF/68).`), read back into the note before: (note, number, line).
    var broken: [(note: String, number: String, range: SourceRange)] = []

    /// A definition out of sequence right under the previous note's line continues that note.
    private func continuesPreviousNote(_ lines: [[Unicode.Scalar]], at index: Int, marker: String) -> Bool {
        guard let last = notes.last, let previous = Int(last.marker), let number = Int(marker),
            number != previous + 1, index > 0, consumed.contains(index - 1),
            lines[index - 1].contains(where: { !$0.isSpace })
        else { return false }
        return true
    }

    init(source: SourceText, from firstLine: Int, furniture: PageFurniture? = nil) {
        let lines = source.lines
        var index = firstLine
        while index < lines.count {
            let line = lines[index]
            if let furniture, !furniture.pageStarts.isEmpty, let column = Self.trailingRule(line) {
                // "… thus calling for a zero __________": the rule glued to the last body line.
                bodyEnds[index] = column
                index = readPageFoot(lines, ruleAt: index, furniture: furniture, ruleIsWholeLine: false)
            } else if TextPatterns.isFootnoteRule(line) {
                var next = index + 1
                while next < lines.count, TextPatterns.skipSpaces(lines[next]) == lines[next].count { next += 1 }
                if let furniture, next < lines.count,
                    !furniture.pageStarts.isEmpty || Self.pdfNoteStart(lines[index + 1]) == nil
                {
                    index = readPageFoot(lines, ruleAt: index, furniture: furniture)
                } else {
                    index = readPDFBlock(lines, ruleAt: index)
                }
            } else if let (marker, body) = Self.markdownDefinition(line) {
                if continuesPreviousNote(lines, at: index, marker: marker) {
                    var last = notes[notes.count - 1]
                    last.text.appendLine(line, lineNumber: index + 1, columns: 2..<(2 + marker.unicodeScalars.count))
                    last.text.appendLine(line, lineNumber: index + 1, columns: body..<line.count)
                    last.range.end = Self.lineRange(line, index).end
                    notes[notes.count - 1] = last
                    broken.append((last.marker, marker, Self.lineRange(line, index)))
                    consumed.insert(index)
                    index += 1
                    continue
                }
                markPrecedingBreak(lines, before: index)
                index = readMarkdownNote(lines, at: index, marker: marker, body: body)
            } else {
                index += 1
            }
        }
        readTrailingNotes(lines, from: firstLine)
    }

    /// The column where a run of five or more underscores ends a line that has text before it,
    /// after a space ("a zero __________"), or glued to the last word when the run is as long as
    /// a rule is ("Global Counter__________________"): an extraction that lost the space.
    static func trailingRule(_ line: [Unicode.Scalar]) -> Int? {
        var end = line.count
        while end > 0, line[end - 1].isSpace { end -= 1 }
        var start = end
        while start > 0, line[start - 1] == "_" { start -= 1 }
        guard end - start >= 5, start > 0, line[start - 1].isSpace || end - start >= 10,
            line[..<start].contains(where: { !$0.isSpace })
        else { return nil }
        return start
    }

    /// Notes listed at the very end of a text with no rule before them, as Word's plain and
    /// Unicode text saves write them: lines `1 …`, `2 …` numbered from 1 in order, each perhaps
    /// continued on lines that do not start with the next number, up to the end of the file.
    /// Only where no note was found otherwise, and only after a line that ends as a resolution
    /// ends (a full stop, the meeting line or its date), so a numbered list of the text stays
    /// text.
    private mutating func readTrailingNotes(_ lines: [[Unicode.Scalar]], from firstLine: Int) {
        guard notes.isEmpty else { return }
        var starts: [Int] = []
        var index = lines.count - 1
        while index >= firstLine, TextPatterns.skipSpaces(lines[index]) == lines[index].count { index -= 1 }
        let last = index
        // Walk up to the line of note 1: each earlier note line must carry the number before.
        var expected: Int?
        while index >= firstLine {
            let line = lines[index]
            if let (marker, _) = Self.pdfNoteStart(line), let number = Int(marker) {
                if expected == nil || number == expected {
                    starts.append(index)
                    if number == 1 { break }
                    expected = number - 1
                }
            } else if TextPatterns.skipSpaces(line) == line.count {
                break
            }
            index -= 1
        }
        guard let first = starts.last, let (marker, _) = Self.pdfNoteStart(lines[first]), marker == "1",
            first > firstLine
        else { return }
        var before = first - 1
        while before > firstLine, TextPatterns.skipSpaces(lines[before]) == lines[before].count { before -= 1 }
        let ending = lines[before]
        let content = ending[TextPatterns.skipSpaces(ending)...]
        guard
            ending.last(where: { !$0.isSpace }) == "." || UNDate.isoAtEnd(of: String(scalars: ending)) != nil
                || BlockShape.adoption(content) != nil || Self.endsWithMeeting(ending)
        else { return }
        let noteStarts = Set(starts)
        var line = first
        while line <= last {
            guard let (marker, body) = Self.pdfNoteStart(lines[line]), noteStarts.contains(line) else { break }
            var text = MappedText()
            text.appendLine(lines[line], lineNumber: line + 1, columns: body..<lines[line].count)
            var range = Self.lineRange(lines[line], line)
            consumed.insert(line)
            line += 1
            while line <= last, !noteStarts.contains(line) {
                if TextPatterns.skipSpaces(lines[line]) < lines[line].count {
                    text.appendLine(lines[line], lineNumber: line + 1, columns: 0..<lines[line].count)
                    range.end = Self.lineRange(lines[line], line).end
                }
                consumed.insert(line)
                line += 1
            }
            notes.append(Note(marker: marker, text: text, range: range))
        }
    }

    /// True when a line ends with the meeting of adoption ("… 45th plenary meeting"), as a
    /// resolution printed on one line does.
    static func endsWithMeeting(_ line: [Unicode.Scalar]) -> Bool {
        let words = String(scalars: line).split(separator: " ")
        guard words.last == "meeting", words.count >= 2 else { return false }
        let before =
            words[words.count - 2] == "plenary" && words.count >= 3 ? words[words.count - 3] : words[words.count - 2]
        return BlockShape.isOrdinal(before)
    }

    /// `[^12]: text` → ("12", index of text).
    static func markdownDefinition(_ line: [Unicode.Scalar]) -> (String, Int)? {
        guard line.count > 4, line[0] == "[", line[1] == "^" else { return nil }
        var index = 2
        while index < line.count, line[index] != "]" { index += 1 }
        guard index > 2, index + 1 < line.count, line[index + 1] == ":" else { return nil }
        let marker = String(scalars: line[2..<index])
        return (marker, TextPatterns.skipSpaces(line, from: index + 2))
    }

    /// `1 Text` at the left margin → ("1", index of text).
    static func pdfNoteStart(_ line: [Unicode.Scalar]) -> (String, Int)? {
        var index = 0
        while index < line.count, line[index].isDigit, index < 3 { index += 1 }
        guard index > 0, index + 1 < line.count, line[index].isSpace, !line[index + 1].isSpace else { return nil }
        return (String(scalars: line[0..<index]), index + 1)
    }

    private mutating func readPDFBlock(_ lines: [[Unicode.Scalar]], ruleAt rule: Int) -> Int {
        var index = rule + 1
        guard index < lines.count, Self.pdfNoteStart(lines[index]) != nil else { return rule + 1 }
        consumed.insert(rule)
        ruleLines.append(rule)
        while index < lines.count {
            let line = lines[index]
            if let (marker, body) = Self.pdfNoteStart(line) {
                var text = MappedText()
                text.appendLine(line, lineNumber: index + 1, columns: body..<line.count)
                notes.append(Note(marker: marker, text: text, range: Self.lineRange(line, index)))
                consumed.insert(index)
            } else if !line.isEmpty, !line[0].isSpace, !notes.isEmpty, !TextPatterns.isFootnoteRule(line) {
                notes[notes.count - 1].text.appendLine(line, lineNumber: index + 1, columns: 0..<line.count)
                notes[notes.count - 1].range.end = Self.lineRange(line, index).end
                consumed.insert(index)
            } else {
                break
            }
            index += 1
        }
        return index
    }

    /// Notes at the foot of a page as `pdftotext` gives them: from the rule to the page's end,
    /// note numbers on lines of their own, often out of place (before, after or away from their
    /// text), and page furniture among them. Notes are printed in ascending order, so the texts
    /// in reading order take the numbers in ascending order; the texts are told apart at the
    /// number lines and, where that gives too few, at the ends of sentences, shortest line
    /// first (a note's last line rarely fills the measure).
    private mutating func readPageFoot(
        _ lines: [[Unicode.Scalar]], ruleAt rule: Int, furniture: PageFurniture, ruleIsWholeLine: Bool = true
    ) -> Int {
        var end = rule + 1
        while end < lines.count, lines[end].first != "\u{0C}", !furniture.pageStarts.contains(end) { end += 1 }
        var numbers: [(marker: Int, line: Int)] = []
        var groups: [[(line: Int, columns: Range<Int>)]] = [[]]
        var highest: Int { (notes.compactMap { Int($0.marker) } + numbers.map(\.marker)).max() ?? 0 }
        func lone(_ index: Int) -> Int? {
            let content = PageFurniture.content(lines[index])
            guard content.count <= 3, content.allSatisfy(\.isDigit) else { return nil }
            return Int(String(scalars: content))
        }
        // Notes are numbered on through the text: in a foot whose notes go on from those read
        // before, a number alone no higher than theirs is the page's own number, which pdftotext
        // can set among the notes ("11", "4", then note 11's text, on page 4).
        let before = notes.compactMap { Int($0.marker) }.max() ?? 0
        let goesOn = before > 0 && ((rule + 1)..<end).contains { (lone($0) ?? 0) > before }
        for index in (rule + 1)..<end where !furniture.lines.contains(index) {
            let line = lines[index]
            let content = PageFurniture.content(line)
            guard !content.isEmpty else { continue }
            if goesOn, let number = lone(index), number <= before {
                consumed.insert(index)
                pageFoot.insert(index)
                ruleLines.append(index)
            } else if content.count <= 3, content.allSatisfy(\.isDigit), let number = Int(String(scalars: content)) {
                numbers.append((number, index))
                if !(groups.last ?? []).isEmpty { groups.append([]) }
            } else if let (marker, body) = Self.pdfNoteStart(line), let number = Int(marker),
                number > highest, number <= highest + 10, !UNDate.startsWithMonth(line[body...])
            {
                // "1 Report of …": the number and the start of its text on one line. A line of a
                // note that starts with a number ("21 May 2004 …") is no new note: notes come
                // in ascending order, a few to a page.
                numbers.append((number, index))
                if !(groups.last ?? []).isEmpty { groups.append([]) }
                groups[groups.count - 1].append((index, body..<line.count))
            } else {
                groups[groups.count - 1].append((index, 0..<line.count))
            }
        }
        groups.removeAll { $0.isEmpty }
        guard !numbers.isEmpty, !groups.isEmpty else {
            bodyEnds[rule] = nil
            return rule + 1
        }
        // Too few texts for the numbers: split at sentence ends, shortest line first.
        var splits: [(group: Int, at: Int, width: Int)] = []
        for (group, members) in groups.enumerated() {
            for position in members.indices.dropLast() {
                let line = PageFurniture.content(lines[members[position].line])
                let next = PageFurniture.content(lines[members[position + 1].line])
                guard line.last == ".", let first = next.first, first.isUpper || first == "“" else {
                    continue
                }
                splits.append((group, position + 1, line.count))
            }
        }
        let wanted = min(numbers.count - groups.count, splits.count)
        if wanted > 0 {
            let chosen = splits.sorted { ($0.width, $0.group, $0.at) < ($1.width, $1.group, $1.at) }.prefix(wanted)
            var result: [[(line: Int, columns: Range<Int>)]] = []
            for (group, members) in groups.enumerated() {
                let cuts = chosen.filter { $0.group == group }.map(\.at).sorted()
                var from = 0
                for cut in cuts {
                    result.append(Array(members[from..<cut]))
                    from = cut
                }
                result.append(Array(members[from...]))
            }
            groups = result
        }
        if ruleIsWholeLine {
            consumed.insert(rule)
            pageFoot.insert(rule)
            ruleLines.append(rule)
        }
        for number in numbers {
            consumed.insert(number.line)
            pageFoot.insert(number.line)
        }
        // A number alone on its line is layout; one that starts its note's line is part of it.
        let textLines = Set(groups.flatMap { $0.map(\.line) })
        ruleLines += numbers.map(\.line).filter { !textLines.contains($0) }
        let markers = numbers.map(\.marker).sorted()
        for (position, members) in groups.enumerated() {
            var text = MappedText()
            for member in members {
                text.appendLine(lines[member.line], lineNumber: member.line + 1, columns: member.columns)
                consumed.insert(member.line)
                pageFoot.insert(member.line)
            }
            let first = members[0]
            let last = members[members.count - 1]
            var range = Self.lineRange(lines[first.line], first.line)
            range.end = Self.lineRange(lines[last.line], last.line).end
            if position < markers.count {
                notes.append(Note(marker: String(markers[position]), text: text, range: range))
            } else if !notes.isEmpty {
                // More texts than numbers: the rest continues the last note.
                notes[notes.count - 1].text.append(text)
                notes[notes.count - 1].range.end = range.end
            }
        }
        return end
    }

    private mutating func readMarkdownNote(_ lines: [[Unicode.Scalar]], at start: Int, marker: String, body: Int)
        -> Int
    {
        var text = MappedText()
        let first = lines[start]
        text.appendLine(first, lineNumber: start + 1, columns: body..<first.count)
        var range = Self.lineRange(first, start)
        consumed.insert(start)
        var index = start + 1
        while index < lines.count, let line = Optional(lines[index]), !line.isEmpty, line[0].isSpace,
            line.contains(where: { !$0.isSpace })
        {
            text.appendLine(line, lineNumber: index + 1, columns: 0..<line.count)
            range.end = Self.lineRange(line, index).end
            consumed.insert(index)
            index += 1
        }
        notes.append(Note(marker: marker, text: text, range: range))
        return index
    }

    /// The `---` that introduces Markdown notes is layout, not text.
    private mutating func markPrecedingBreak(_ lines: [[Unicode.Scalar]], before index: Int) {
        var previous = index - 1
        while previous >= 0, !lines[previous].contains(where: { !$0.isSpace }) { previous -= 1 }
        if previous >= 0, TextPatterns.isThematicBreak(lines[previous]), !consumed.contains(previous) {
            consumed.insert(previous)
            ruleLines.append(previous)
        }
    }

    /// The range of a line's text, outer white space excluded.
    static func lineRange(_ line: [Unicode.Scalar], _ index: Int) -> SourceRange {
        let start = TextPatterns.skipSpaces(line)
        var end = line.count
        while end > start, line[end - 1].isSpace { end -= 1 }
        return SourceRange(
            start: SourcePosition(line: index + 1, column: start + 1),
            end: SourcePosition(line: index + 1, column: end + 1))
    }
}
