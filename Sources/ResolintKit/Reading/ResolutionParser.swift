/// Reads the text of a resolution — typed, extracted from a PDF, or extracted to Markdown —
/// into a `Resolution`, every node with its range in the file.
///
/// The data flow inside: front matter and footnotes are set aside first, the remaining lines are
/// cut into blocks, the blocks before the organ's formula make the masthead and title, the
/// blocks after it the preamble and operative part up to the adoption block, and what follows
/// the annexes. Footnote markers are taken out of the text last, in reading order.
public struct ResolutionParser: Sendable {
    public init() {}

    public func parse(_ source: SourceText) -> Resolution {
        var resolution = Resolution(path: source.path)
        let front = FrontMatter(source.lines)
        if front.lineCount > 0 {
            setAside(lines: 0..<front.lineCount, of: source, in: &resolution)
        }
        let furniture = PageFurniture(
            source: source, from: front.lineCount, headEnd: Self.formulaLine(source, from: front.lineCount))
        let notes = FootnoteExtractor(source: source, from: front.lineCount, furniture: furniture)
        for line in (notes.ruleLines + furniture.lines.subtracting(notes.consumed)).sorted() {
            setAside(lines: line..<(line + 1), of: source, in: &resolution)
        }
        // Silencing comments are no text of the resolution.
        var silenced: Set<Int> = []
        resolution.silences = source.silences
        for line in front.lineCount..<source.lines.count where Silence.mayBe(source.lines[line]) {
            guard let silence = Silence.read(source.lines[line], number: line + 1) else { continue }
            resolution.silences.append(silence)
            silenced.insert(line)
        }
        let blocks = RawBlockReader.read(
            source, lines: front.lineCount..<source.lines.count, skipping: notes.consumed.subtracting(notes.pageFoot),
            silent: furniture.lines.union(notes.pageFoot).union(silenced), bodyEnds: notes.bodyEnds,
            markdown: MarkdownMarkup.applies(to: source, frontMatterLines: front.lineCount))
        for (line, column) in notes.bodyEnds.sorted(by: { $0.key < $1.key }) {
            let text = source.lines[line]
            let range = SourceRange(
                start: SourcePosition(line: line + 1, column: column + 1),
                end: SourcePosition(line: line + 1, column: text.count + 1))
            resolution.layout.append(TextNode(text: String(scalars: text[column...]), range: range))
        }

        var body = blocks[...]
        if let (index, organ, cut) = findFormula(blocks) {
            readHead(Array(blocks[..<index]), into: &resolution)
            let formulaBlock = blocks[index].text
            let formula = formulaBlock.slice(0..<cut)
            resolution.organ = organ
            if let range = formula.range { resolution.formula = TextNode(text: formula.string, range: range) }
            var rest = Array(blocks[(index + 1)...])
            let remainder = formulaBlock.slice(cut..<formulaBlock.count)
            if !remainder.isEmpty { rest.insert(RawBlock(text: remainder), at: 0) }
            body = rest[...]
        } else {
            if let first = blocks.first?.text.range {
                resolution.diagnostics.append(
                    Diagnostic(
                        "no organ formula such as \"The General Assembly,\" found; the whole text is read as the body",
                        severity: .warning, range: first))
            }
        }
        if resolution.symbol == nil, let symbol = front.fields["symbol"], !symbol.isEmpty {
            resolution.symbol = symbol
            if resolution.number == nil, let slash = symbol.firstRange(of: "/RES/") {
                resolution.number = String(symbol[slash.upperBound...])
            }
        }
        if resolution.symbol == nil, let number = resolution.number {
            resolution.symbol = (resolution.organ ?? .generalAssembly).symbolPrefix + number
        }

        let merged = mergeContinuations(removeRunningHeaders(Array(body), in: &resolution))
        let tailStart = merged.firstIndex { BlockShape.adoption($0.text.scalars[...]) != nil }
        let annexStart = merged.firstIndex { BlockShape.annexLine($0.text.scalars[...]) != nil }
        let bodyEnd = [tailStart, annexStart].compactMap { $0 }.min() ?? merged.count
        var drafts = readBody(Array(merged[..<bodyEnd]), into: &resolution)
        var annexDrafts: [[DraftParagraph]] = []
        var next = bodyEnd
        if let tailStart, tailStart == bodyEnd {
            resolution.adoption = readAdoption(merged, at: tailStart, masthead: resolution.masthead, next: &next)
        } else if let date = resolution.masthead.adoptionDate {
            resolution.adoption = Adoption(
                meeting: resolution.masthead.adoptionMeeting, date: date, dateFromMasthead: true, range: nil)
        }
        annexDrafts = readAnnexes(Array(merged[next...]), into: &resolution)

        var sections = [drafts.preamble, drafts.operative] + annexDrafts
        MarkerScanner(markers: notes.notes.map(\.marker)).takeOut(&sections)
        drafts.preamble = sections[0]
        drafts.operative = sections[1]
        annexDrafts = Array(sections.dropFirst(2))
        resolution.preamble = drafts.preamble.map { $0.finished() }
        resolution.operative = drafts.operative.map { $0.finished() }
        for (annex, paragraphs) in annexDrafts.enumerated() {
            resolution.annexes[annex].paragraphs = paragraphs.map { $0.finished() }
        }
        resolution.footnotes = notes.notes.map {
            Footnote(marker: $0.marker, text: $0.text.string, range: $0.range, segments: $0.text.segments)
        }
        for (note, number, range) in notes.broken {
            resolution.diagnostics.append(
                Diagnostic(
                    "\"[^\(number)]:\" continues footnote \(note) (a line of it that starts with a number); "
                        + "read as part of it", severity: .warning, range: range))
        }
        checkFootnotes(&resolution)
        checkNumbering(resolution.operative, what: "operative paragraph", into: &resolution.diagnostics)
        for annex in resolution.annexes {
            checkNumbering(annex.paragraphs, what: "annex paragraph", into: &resolution.diagnostics)
        }
        resolution.diagnostics.sort { ($0.range.start, $0.message) < ($1.range.start, $1.message) }
        resolution.layout.sort { $0.range.start < $1.range.start }
        return resolution
    }

    // MARK: - Head: masthead and title

    /// The line (0-based) that opens with an organ's formula, "The General Assembly,".
    static func formulaLine(_ source: SourceText, from first: Int) -> Int? {
        let formulas = Organ.allCases.map { Array("The \($0.name)".unicodeScalars) }
        return (first..<source.lines.count).first { index in
            let line = source.lines[index]
            let start = TextPatterns.skipSpaces(line)
            return formulas.contains { line[start...].starts(with: $0) }
        }
    }

    private func findFormula(_ blocks: [RawBlock]) -> (Int, Organ, Int)? {
        for (index, block) in blocks.enumerated() where block.text.scalars.starts(with: "The ".unicodeScalars) {
            let text = String(scalars: block.text.scalars.prefix(40))
            for organ in Organ.allCases {
                let formula = "The \(organ.name)"
                guard text.hasPrefix(formula) else { continue }
                let rest = text.dropFirst(formula.count)
                if rest.isEmpty { return (index, organ, formula.unicodeScalars.count) }
                if rest.hasPrefix(",") { return (index, organ, formula.unicodeScalars.count + 1) }
            }
        }
        return nil
    }

    private func readHead(_ blocks: [RawBlock], into resolution: inout Resolution) {
        var titleIndex: Int?
        var titleBlock: Int?
        for (index, block) in blocks.enumerated() {
            if let number = Self.securityCouncilNumber(block.text.string) {
                titleIndex = index
                resolution.number = number
                resolution.numberRange = block.text.range
                break
            }
            if let (number, body) = Self.resolutionNumber(block.text.scalars) {
                titleIndex = index
                resolution.number = number
                resolution.numberRange = block.text.slice(0..<body).range
                var title = block.text.slice(body..<block.text.count)
                if title.isEmpty, index + 1 < blocks.count {
                    // The number on a line of its own, the title in the next block.
                    title = blocks[index + 1].text
                    titleBlock = index + 1
                }
                if let range = title.range { resolution.title = TextNode(text: title.string, range: range) }
                break
            }
        }
        if titleIndex == nil, let last = blocks.indices.last(where: { !Self.isMastheadLine(blocks[$0].text.string) }) {
            titleIndex = last
            if let range = blocks[last].text.range {
                resolution.title = TextNode(text: blocks[last].text.string, range: range)
            }
        }
        for (index, block) in blocks.enumerated() where index != titleIndex && index != titleBlock {
            guard let range = block.text.range else { continue }
            let text = block.text.string
            resolution.masthead.lines.append(TextNode(text: text, range: range))
            // The document's own symbol is the first one printed above the title.
            if resolution.masthead.symbol == nil, !text.hasPrefix("["),
                let symbol = DocumentSymbolScanner.symbols(in: ScalarScan(text)).first?.text
            {
                resolution.masthead.symbol = symbol
            }
            if let committee = Self.committee(in: text) { resolution.masthead.committee = committee }
            if let colon = text.range(of: ": draft resolution", options: .backwards),
                text[colon.upperBound...].trimmed.isEmpty
            {
                resolution.masthead.sponsors = String(text[..<colon.lowerBound]).trimmed
                continue
            }
            if text.hasPrefix("Resolution adopted by the ") {
                resolution.masthead.adoptionDate = UNDate.isoAtEnd(of: text)
            } else if text.hasPrefix("Adopted by the "), let at = text.firstRange(of: " at its "),
                let comma = text[at.upperBound...].firstIndex(of: ",")
            {
                // "Adopted by the Security Council at its 9490th meeting, on 30 December 2023"
                resolution.masthead.adoptionDate = UNDate.isoAtEnd(of: text)
                resolution.masthead.adoptionMeeting = String(text[at.upperBound..<comma])
            } else if let distr = text.firstRange(of: "Distr.:") {
                resolution.masthead.distributionDate = UNDate.isoAtEnd(of: String(text[distr.upperBound...]))
            } else if text.hasPrefix("[") {
                resolution.masthead.reference = text
            } else if let session = text.firstRange(of: " session") {
                resolution.masthead.session = String(text[..<session.upperBound])
                var rest = text[session.upperBound...].trimmed
                if let committee = resolution.masthead.committee, rest.hasPrefix(committee) {
                    rest = String(rest.dropFirst(committee.count)).trimmed
                }
                if !rest.isEmpty { resolution.masthead.agendaItem = rest }
            }
        }
        if resolution.symbol == nil, let symbol = resolution.masthead.symbol { resolution.symbol = symbol }
    }

    /// "Third Committee", "Special Political and Decolonization Committee (Fourth Committee)":
    /// a masthead line that names a main committee, or its start.
    static func committee(in text: String) -> String? {
        for name in [
            "First Committee", "Second Committee", "Third Committee", "Fourth Committee", "Fifth Committee",
            "Sixth Committee", "Special Political and Decolonization Committee",
        ] {
            guard let found = text.range(of: name) else { continue }
            // The line names the committee, not a report of it ("[on the report of the …]").
            guard !text.hasPrefix("["), !text[..<found.lowerBound].contains("report") else { return nil }
            return name
        }
        return nil
    }

    /// "Resolution 2719 (2023)", the heading of a Security Council resolution: "2719 (2023)".
    static func securityCouncilNumber(_ text: String) -> String? {
        guard text.hasPrefix("Resolution "), text.hasSuffix(")") else { return nil }
        let rest = text.dropFirst("Resolution ".count)
        let digits = rest.prefix { $0.isNumber }
        guard (1...4).contains(digits.count), rest.dropFirst(digits.count).hasPrefix(" ("),
            rest.dropFirst(digits.count + 2).dropLast().count == 4
        else { return nil }
        return String(rest)
    }

    private static func isMastheadLine(_ text: String) -> Bool {
        text == "United Nations" || text.contains("Distr.:") || text.hasPrefix("Resolution adopted by")
            || text.hasPrefix("Adopted by the ")
            || text.hasPrefix("[") || text.contains(" session Agenda item") || text.hasSuffix(" session")
    }

    /// "58/140. Title", "S-26/2. Title", "ES-10/19. Title": the number and where the title starts.
    static func resolutionNumber(_ text: [Unicode.Scalar]) -> (String, Int)? {
        var index = 0
        while index < text.count, text[index].isUpper || text[index] == "-", index < 4 { index += 1 }
        if index > 0, text[index - 1] != "-" { return nil }
        let digitsStart = index
        while index < text.count, text[index].isDigit { index += 1 }
        guard index > digitsStart, index < text.count, text[index] == "/" else { return nil }
        index += 1
        let second = index
        while index < text.count, text[index].isDigit { index += 1 }
        guard index > second else { return nil }
        if index + 2 < text.count, text[index] == " ", text[index + 1].isUpper, text[index + 2] == "." {
            index += 2
        }
        // "76/50." alone: the title follows on a line of its own.
        if index + 1 == text.count, text[index] == "." { return (String(scalars: text[0..<index]), text.count) }
        guard index + 1 < text.count, text[index] == ".", text[index + 1] == " " else { return nil }
        let number = String(scalars: text[0..<index])
        return (number, TextPatterns.skipSpaces(text, from: index + 1))
    }

    // MARK: - Body

    private func setAside(lines: Range<Int>, of source: SourceText, in resolution: inout Resolution) {
        let first = lines.lowerBound
        let last = lines.upperBound - 1
        let range = SourceRange(
            start: SourcePosition(line: first + 1, column: 1),
            end: SourcePosition(line: last + 1, column: source.lines[last].count + 1))
        resolution.layout.append(TextNode(text: source.slice(range), range: range))
    }

    private func removeRunningHeaders(_ blocks: [RawBlock], in resolution: inout Resolution) -> [RawBlock] {
        let headers = [resolution.title?.text, resolution.symbol].compactMap { $0 }
        let lengths = Set(headers.map(\.unicodeScalars.count))
        var previous: [Unicode.Scalar] = []
        return blocks.filter { block in
            defer { previous = block.text.scalars }
            guard lengths.contains(block.text.count), BlockShape.annexLine(previous[...]) == nil else { return true }
            let text = block.text.string
            guard headers.contains(text), let range = block.text.range else { return true }
            resolution.layout.append(TextNode(text: text, range: range))
            resolution.diagnostics.append(
                Diagnostic("running page header set aside: \"\(text)\"", severity: .info, range: range))
            return false
        }
    }

    /// Joins blocks that a page break or a wrap split: the continuation starts in lower case, or
    /// the block before stops mid-sentence.
    private func mergeContinuations(_ blocks: [RawBlock]) -> [RawBlock] {
        var result: [RawBlock] = []
        for block in blocks {
            if let previous = result.last, Self.continues(previous.text.scalars, with: block.text.scalars) {
                result[result.count - 1].text.append(block.text)
            } else {
                result.append(block)
            }
        }
        for index in result.indices { result[index].text.closeWrappedHyphens() }
        return result
    }

    private static func continues(_ previous: [Unicode.Scalar], with next: [Unicode.Scalar]) -> Bool {
        if TextPatterns.paragraphNumber(next, at: 0) != nil || TextPatterns.subparagraphLabel(next, at: 0) != nil {
            return false
        }
        for text in [previous, next]
        where BlockShape.adoption(text[...]) != nil || BlockShape.annexLine(text[...]) != nil {
            return false
        }
        if TextPatterns.startsLowercase(next) { return true }
        return !TextPatterns.endsWithTerminator(previous) && !BlockShape.isHeading(previous)
    }

    private func readBody(_ blocks: [RawBlock], into resolution: inout Resolution)
        -> (preamble: [DraftParagraph], operative: [DraftParagraph])
    {
        let firstNumbered = blocks.firstIndex { TextPatterns.paragraphNumber($0.text.scalars, at: 0) != nil }
        var preambleEnd =
            firstNumbered
            ?? blocks.firstIndex {
                !Self.endsWithComma($0.text.scalars) && !BlockShape.isHeading($0.text.scalars)
                    && TextPatterns.subparagraphLabel($0.text.scalars, at: 0) == nil
            } ?? blocks.count
        while preambleEnd > 0, BlockShape.isHeading(blocks[preambleEnd - 1].text.scalars) { preambleEnd -= 1 }
        var preamble = SectionBuilder(section: .preamble, policy: .lostNumber)
        preamble.add(Array(blocks[..<preambleEnd]))
        preamble.finish()
        var operative = SectionBuilder(section: .operative, policy: .lostNumber)
        operative.add(Array(blocks[preambleEnd...]))
        operative.finish()
        resolution.headings = preamble.headings + operative.headings
        resolution.diagnostics += preamble.diagnostics + operative.diagnostics
        return (preamble.paragraphs, operative.paragraphs)
    }

    /// True when the text ends with a comma, as a preambular paragraph does, a footnote marker
    /// after it (`Processes,1`, `Treaty,[^4]`, `obligations, 12`) not counted.
    static func endsWithComma(_ text: [Unicode.Scalar]) -> Bool {
        var end = text.count
        if end > 0, text[end - 1] == "]", let open = text.lastIndex(of: "["), open + 1 < end, text[open + 1] == "^" {
            end = open
        }
        while end > 0, text[end - 1].isDigit, text.count - end < 3 { end -= 1 }
        while end > 0, text[end - 1].isSpace { end -= 1 }
        return end > 0 && text[end - 1] == ","
    }

    private func readAdoption(_ blocks: [RawBlock], at index: Int, masthead: Masthead, next: inout Int) -> Adoption {
        let block = blocks[index]
        next = index + 1
        guard var (meeting, date) = BlockShape.adoption(block.text.scalars[...]), var range = block.text.range else {
            return Adoption(meeting: nil, date: masthead.adoptionDate, dateFromMasthead: true, range: nil)
        }
        if date == nil, next < blocks.count, let following = UNDate.iso(blocks[next].text.string[...]),
            let dateRange = blocks[next].text.range
        {
            date = following
            range = range.union(dateRange)
            next += 1
        }
        meeting = meeting.trimmed
        if let date { return Adoption(meeting: meeting, date: date, range: range) }
        return Adoption(meeting: meeting, date: masthead.adoptionDate, dateFromMasthead: true, range: range)
    }

    private func readAnnexes(_ blocks: [RawBlock], into resolution: inout Resolution) -> [[DraftParagraph]] {
        var groups: [(label: String, title: String?, blocks: [RawBlock])] = []
        for block in blocks {
            if let (label, title) = BlockShape.annexLine(block.text.scalars[...]) {
                groups.append((label, title, [block]))
            } else if groups.isEmpty {
                groups.append(("", nil, [block]))
                if let range = block.text.range {
                    resolution.diagnostics.append(
                        Diagnostic(
                            "text after the adoption block that is not in an annex", severity: .warning, range: range))
                }
            } else {
                groups[groups.count - 1].blocks.append(block)
            }
        }
        var drafts: [[DraftParagraph]] = []
        for group in groups {
            var content = group.label.isEmpty ? group.blocks : Array(group.blocks.dropFirst())
            var title = group.title
            var titleRange: SourceRange?
            if title == nil, let first = content.first, TextPatterns.paragraphNumber(first.text.scalars, at: 0) == nil,
                !TextPatterns.endsWithTerminator(first.text.scalars), !TextPatterns.startsLowercase(first.text.scalars)
            {
                title = first.text.string
                titleRange = first.text.range
                content.removeFirst()
            }
            let ranges = group.blocks.compactMap(\.text.range)
            guard let range = ranges.dropFirst().reduce(ranges.first, { $0?.union($1) }) else { continue }
            var builder = SectionBuilder(section: .annex(resolution.annexes.count), policy: .continuation)
            builder.add(content)
            builder.finish()
            resolution.annexes.append(
                Annex(
                    label: group.label, title: title, range: range,
                    labelRange: group.label.isEmpty ? nil : group.blocks.first?.text.range, titleRange: titleRange,
                    headings: builder.headings))
            resolution.diagnostics += builder.diagnostics
            drafts.append(builder.paragraphs)
        }
        return drafts
    }

    // MARK: - Checks the reader makes

    private func checkFootnotes(_ resolution: inout Resolution) {
        let refs = resolution.footnoteReferences
        let referenced = Set(refs.map(\.marker))
        for note in resolution.footnotes where !referenced.contains(note.marker) {
            resolution.diagnostics.append(
                Diagnostic(
                    "no marker for footnote \(note.marker) was found in the text", severity: .warning,
                    range: note.range))
        }
        let defined = Set(resolution.footnotes.map(\.marker))
        for ref in refs where !defined.contains(ref.marker) {
            resolution.diagnostics.append(
                Diagnostic("footnote marker \(ref.marker) has no note", severity: .warning, range: ref.range))
        }
    }

    private func checkNumbering(_ paragraphs: [Paragraph], what: String, into diagnostics: inout [Diagnostic]) {
        var previous: Int?
        for paragraph in paragraphs {
            guard let number = paragraph.number.flatMap({ Int($0) }) else { continue }
            if let previous, number > previous + 1 {
                let missing = number == previous + 2 ? "\(previous + 1) is" : "\(previous + 1)–\(number - 1) are"
                diagnostics.append(
                    Diagnostic(
                        "\(what) \(missing) missing: the numbering goes from \(previous) to \(number); "
                            + "text may be lost or run into paragraph \(previous)",
                        severity: .warning, range: paragraph.range))
            } else if let previous, number <= previous {
                diagnostics.append(
                    Diagnostic(
                        "\(what) \(number) follows paragraph \(previous)", severity: .warning, range: paragraph.range))
            } else if previous == nil, number != 1 {
                diagnostics.append(
                    Diagnostic(
                        "\(what) numbering starts at \(number), not 1", severity: .warning, range: paragraph.range))
            }
            previous = number
        }
    }
}
