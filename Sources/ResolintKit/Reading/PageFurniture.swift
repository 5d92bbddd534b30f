/// The lines a printed page adds around the text of a resolution, recognised by their shape
/// wherever an extraction puts them: page numbers (`2/4`, `Page 2`, or a bare number equal to
/// the page's own number at the foot of the page), job numbers (`02 54960`, `21-18450 (E)`),
/// print dates (`161221`), barcode lines (`*2118450*`), a lone `/...`, and running heads at
/// the top of a page — the symbol, or a group of lines whose words all stand in the masthead
/// (the title, as it is printed again on every page, in any case).
///
/// Pages are told apart by the form feed that a PDF extraction puts before each new page; a
/// text that lost its form feeds (copied from a viewer, stored by a system that drops control
/// characters) has its pages told apart by the foot of each page instead: a new page starts
/// after the job number or barcode that ends a page. None of this is read as text; each line
/// is kept in the model's layout.
struct PageFurniture {
    /// Lines (0-based) that are furniture.
    private(set) var lines: Set<Int> = []
    /// Lines (0-based) that begin a page: they start with a form feed.
    private(set) var pageStarts: [Int] = []

    init(source: SourceText, from firstLine: Int, headEnd: Int?) {
        let all = source.lines
        let head = headEnd.map { Self.words(of: all[firstLine..<$0].flatMap { $0 + [" " as Unicode.Scalar] }) } ?? []
        for index in firstLine..<all.count where all[index].first == "\u{0C}" { pageStarts.append(index) }
        if pageStarts.isEmpty {
            pageStarts = Self.inferredPageStarts(all, from: firstLine, headEnd: headEnd, head: head)
        }
        let pages = pageStarts.count + 1
        // Shapes that are furniture wherever they stand; `2/4` only as page 2 of the file's 4.
        for index in firstLine..<all.count {
            let content = Self.content(all[index])
            if Self.isJobNumber(content) || Self.isPrintDate(content) || Self.isBarcode(content)
                || Self.pageOfPages(content).map({ $0 == (page(of: index) + 1, pages) }) == true
                || content == Array("/...".unicodeScalars)
                || Self.isPageWord(content)
            {
                lines.insert(index)
            }
        }
        // Running heads: the groups of lines, between blank lines, at the top of each page.
        for start in pageStarts {
            var index = start
            var groups = 0
            while index < all.count, groups < 3 {
                var end = index
                while end < all.count, !Self.content(all[end]).isEmpty, end - index < 3 { end += 1 }
                guard end > index else {
                    index += 1
                    continue
                }
                let text: [Unicode.Scalar] = (index..<end).flatMap { Self.content(all[$0]) + [" " as Unicode.Scalar] }
                let isHead =
                    Self.isSymbol(Self.content(all[index])) && end == index + 1
                    || (!head.isEmpty && Self.words(of: text).allSatisfy { head.contains($0) })
                    || (index..<end).allSatisfy { lines.contains($0) }
                guard isHead else { break }
                for line in index..<end { lines.insert(line) }
                index = end
                groups += 1
            }
        }
        // Page numbers printed as a bare number: the last text before the next page (or the end
        // of the file) when it is that page's number, on a page with no `2/4` of its own. The
        // first page carries the masthead and the job number, never a page number: a "1" at its
        // foot is a note's number.
        let ends = pageStarts.map { $0 - 1 } + [all.count - 1]
        let numbered = Set(
            (firstLine..<all.count).filter { Self.pageOfPages(Self.content(all[$0])) != nil }.map { page(of: $0) })
        for (page, end) in ends.enumerated() where !numbered.contains(page) && page > 0 {
            var index = end
            while index >= firstLine, Self.content(all[index]).isEmpty || lines.contains(index) { index -= 1 }
            guard index >= firstLine, Int(String(scalars: Self.content(all[index]))) == page + 1 else { continue }
            lines.insert(index)
        }
    }

    /// Where pages start in a text without form feeds: at the first line after each run of
    /// foot lines (job number, print date, barcode, `2/4`, blank lines) that holds a job number
    /// or a barcode, the marks a UN page foot carries and no text line has; and, where the
    /// foot has none of them (older texts number their pages only), at each later line that
    /// repeats the document's symbol alone, the running head of every page after the first.
    static func inferredPageStarts(
        _ all: [[Unicode.Scalar]], from firstLine: Int, headEnd: Int?, head: Set<String>
    ) -> [Int] {
        let feet = footMarkedPageStarts(all, from: firstLine)
        let masthead = firstLine..<min(all.count, headEnd ?? firstLine + 12)
        guard let symbolLine = masthead.first(where: { isSymbol(content(all[$0])) }) else { return feet }
        let symbol = content(all[symbolLine])
        var heads: [Int] = []
        for index in (masthead.upperBound)..<all.count where content(all[index]) == symbol {
            // The running title, up to three lines of the masthead's words, may stand just
            // before the symbol: the page starts there.
            var start = index
            for _ in 0..<3 {
                var before = start - 1
                while before > masthead.upperBound, start - before <= 2, content(all[before]).isEmpty { before -= 1 }
                let line = content(all[before])
                guard before > masthead.upperBound, !line.isEmpty, !endsSentence(line), !head.isEmpty,
                    words(of: line).allSatisfy({ head.contains($0) })
                else { break }
                start = before
            }
            heads.append(start)
        }
        // A running head a few lines after a foot starts the page: what stands between is the
        // end of a note that the extraction put after the job number.
        let unheaded = feet.filter { foot in !heads.contains { $0 >= foot - 4 && $0 <= foot + 6 } }
        return (heads + unheaded).sorted()
    }

    /// True when a line ends as a sentence or paragraph does.
    private static func endsSentence(_ line: [Unicode.Scalar]) -> Bool {
        guard let last = line.last else { return false }
        return ".,;:".unicodeScalars.contains(last)
    }

    /// The page starts after the feet that carry a job number or barcode. Marks a few lines
    /// apart belong to one foot (a note's last line can fall between the job number and the
    /// barcode); the page starts after the last of them and the foot lines that follow it.
    private static func footMarkedPageStarts(_ all: [[Unicode.Scalar]], from firstLine: Int) -> [Int] {
        let marks = (firstLine..<all.count).filter { isJobNumber(content(all[$0])) || isBarcode(content(all[$0])) }
        var starts: [Int] = []
        var index = 0
        while index < marks.count {
            var last = index
            while last + 1 < marks.count, marks[last + 1] - marks[last] <= 6 { last += 1 }
            var end = marks[last] + 1
            while end < all.count {
                let line = content(all[end])
                guard line.isEmpty || isPrintDate(line) || pageOfPages(line) != nil else { break }
                end += 1
            }
            if end < all.count { starts.append(end) }
            index = last + 1
        }
        return starts
    }

    /// The page (0-based) a line is on.
    func page(of line: Int) -> Int {
        var page = 0
        while page < pageStarts.count, pageStarts[page] <= line { page += 1 }
        return page
    }

    /// The line without a leading form feed and outer white space.
    static func content(_ line: [Unicode.Scalar]) -> [Unicode.Scalar] {
        var start = 0
        while start < line.count, line[start] == "\u{0C}" || line[start].isSpace { start += 1 }
        var end = line.count
        while end > start, line[end - 1].isSpace || line[end - 1] == "\u{0C}" { end -= 1 }
        return Array(line[start..<end])
    }

    /// The words of a text, lower-cased letters and digits only, so that "Crime Prevention"
    /// and "crime prevention", or a hyphen broken across lines, compare equal.
    static func words(of text: [Unicode.Scalar]) -> Set<String> {
        var result: Set<String> = []
        var word = ""
        for scalar in text {
            if scalar.isLetter || scalar.isDigit {
                word.unicodeScalars.append(contentsOf: scalar.properties.lowercaseMapping.unicodeScalars)
            } else if !scalar.isHyphen {
                if !word.isEmpty { result.insert(word) }
                word = ""
            }
        }
        if !word.isEmpty { result.insert(word) }
        return result
    }

    private static func digits(_ text: ArraySlice<Unicode.Scalar>) -> Bool {
        !text.isEmpty && text.allSatisfy(\.isDigit)
    }

    /// `02 54960`, `21-18450`, `21-18450 (E)`, `E/2004/INF/2`-free: two digits, a space or a
    /// hyphen, five digits, and an optional language letter in brackets.
    static func isJobNumber(_ text: [Unicode.Scalar]) -> Bool {
        var body = text[...]
        if body.count > 4, body.suffix(4).first == " ", body.suffix(3).first == "(", body.last == ")",
            body[body.endIndex - 2].isUpper
        {
            body = body.dropLast(4)
        }
        guard body.count == 8, body[body.startIndex + 2] == " " || body[body.startIndex + 2] == "-" else {
            return false
        }
        return digits(body.prefix(2)) && digits(body.suffix(5))
    }

    /// A print date `ddmmyy` alone on a line.
    static func isPrintDate(_ text: [Unicode.Scalar]) -> Bool {
        guard text.count == 6, digits(text[...]), let day = Int(String(scalars: text[0..<2])),
            let month = Int(String(scalars: text[2..<4]))
        else { return false }
        return (1...31).contains(day) && (1...12).contains(month)
    }

    /// `*2118450*`, the human-readable line of a barcode.
    static func isBarcode(_ text: [Unicode.Scalar]) -> Bool {
        text.count >= 5 && text.first == "*" && text.last == "*" && digits(text.dropFirst().dropLast())
    }

    /// `2/4`: page 2 of 4.
    static func pageOfPages(_ text: [Unicode.Scalar]) -> (page: Int, of: Int)? {
        guard let slash = text.firstIndex(of: "/"), digits(text[..<slash]), digits(text[(slash + 1)...]),
            let page = Int(String(scalars: text[..<slash])), let pages = Int(String(scalars: text[(slash + 1)...])),
            page >= 1, page <= pages, pages < 1000
        else { return nil }
        return (page, pages)
    }

    /// `Page 2`.
    static func isPageWord(_ text: [Unicode.Scalar]) -> Bool {
        text.starts(with: "Page ".unicodeScalars) && digits(text.dropFirst(5)) && text.count < 10
    }

    /// A document symbol alone: `A/RES/58/140`, `S/RES/2719 (2023)`, `A/C.1/80/L.36`.
    static func isSymbol(_ text: [Unicode.Scalar]) -> Bool {
        guard text.count >= 5, text.count < 40, let first = text.first, first.isUpper,
            text.contains("/"), !text.contains(where: { $0.isLower && $0 != "." })
        else { return false }
        return text.allSatisfy { $0.isUpper || $0.isDigit || "/.-() ".unicodeScalars.contains($0) }
    }
}
