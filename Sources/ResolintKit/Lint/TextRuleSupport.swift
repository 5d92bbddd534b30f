/// Shared pieces of the rules that read paragraph text.
enum TextRuleSupport {
    static let month =
        "(?:January|February|March|April|May|June|July|August|September|October|November|December)"
    /// A date as resolutions print it, capturing day, month and year.
    static let date = "([1-9]|[12][0-9]|3[01]) \(month) ((?:19|20)[0-9]{2})"

    /// A constant pattern of the rule set; the rule set's tests compile every one of them.
    static func pattern(_ source: String) -> TextPattern {
        do {
            return try TextPattern(source)
        } catch {
            preconditionFailure("bad built-in pattern \(source): \(error)")
        }
    }

    /// Each match of `pattern` in each unit, with the unit. When `requiring` is given, only units
    /// that contain one of those strings — and one of each list in `alsoRequiring` — are
    /// searched: cheap byte searches that spare the regular expression most paragraphs.
    static func matches(
        _ pattern: TextPattern, in document: LintDocument, requiring needles: [String] = [],
        alsoRequiring groups: [[String]] = []
    ) -> [(unit: TextUnit, match: PatternMatch)] {
        var result: [(TextUnit, PatternMatch)] = []
        for unit in document.units {
            guard needles.isEmpty || needles.contains(where: { unit.text.containsBytes($0) }),
                groups.allSatisfy({ group in group.contains { unit.text.containsBytes($0) } })
            else { continue }
            for match in pattern.matches(in: unit.text) { result.append((unit, match)) }
        }
        return result
    }

    /// The month names, as prefilter for rules about dates.
    static let monthNames = UNDate.months

    /// The text of capture `index`, or "".
    static func capture(_ match: PatternMatch, _ index: Int, in text: String) -> String {
        match.group(index).map { String(text[$0]) } ?? ""
    }

    /// The range of capture `index`, or of the whole match.
    static func captureRange(_ match: PatternMatch, _ index: Int) -> Range<String.Index> {
        match.group(index) ?? match.range
    }

    static func monthNumber(_ name: String) -> Int? {
        UNDate.months.firstIndex(of: name).map { $0 + 1 }
    }

    /// A fix replacing `bounds` of the unit's text, when the characters stand together in the file.
    static func fix(_ unit: TextUnit, _ bounds: Range<String.Index>, _ replacement: String) -> Fix? {
        unit.isContiguous(bounds) ? Fix(range: unit.range(bounds), replacement: replacement) : nil
    }
}
