/// In English a footnote marker follows the punctuation next to it: "Processes,1" not "Processes1,".
public struct FootnoteAfterPunctuationRule: Rule {
    public init() {}

    public let description = RuleDescription(
        id: "footnote-after-punctuation", category: .footnote, severity: .error,
        summary: "a footnote marker goes after an adjacent comma, semicolon, colon or full stop",
        rationale: """
            In English the footnote indicator is placed after the punctuation mark (Editorial \
            Manual, footnotes; French and Spanish place it before).
            """,
        triggering: [
            "Recalling the Vienna Declaration↓[^1], and the plans of action,\n\n[^1]: Resolution 55/59, annex."
        ],
        nonTriggering: [
            "Recalling the Vienna Declaration,[^1] and the plans of action,\n\n[^1]: Resolution 55/59, annex."
        ],
        corrections: [
            RuleCorrection(
                "Recalling the Vienna Declaration[^1], and the plans of action,\n\n[^1]: Resolution 55/59, annex.",
                "Recalling the Vienna Declaration,[^1] and the plans of action,\n\n[^1]: Resolution 55/59, annex.")
        ])

    public func check(_ document: LintDocument) -> [Finding] {
        document.resolution.footnoteReferences.compactMap { ref in
            guard ref.range.start.line == ref.range.end.line, ref.range.end.line <= document.source.lines.count else {
                return nil
            }
            let line = document.source.lines[ref.range.end.line - 1]
            let after = ref.range.end.column - 1
            guard after < line.count, ",;:.".unicodeScalars.contains(line[after]) else { return nil }
            let marker = document.source.slice(ref.range)
            let punctuation = String(Character(line[after]))
            let fixRange = SourceRange(
                start: ref.range.start, end: SourcePosition(line: ref.range.end.line, column: ref.range.end.column + 1))
            return finding(
                "put footnote marker \(ref.marker) after the \"\(punctuation)\"", at: ref.range,
                fix: Fix(range: fixRange, replacement: punctuation + marker))
        }
    }
}
