/// A repeated opener runs "Recalling", "Recalling also", "Recalling further" (and "Requests",
/// "Also requests", "Further requests"), in that order.
public struct AlsoFurtherOrderRule: Rule {
    public init() {}

    public let description = RuleDescription(
        id: "also-further-order", category: .wording, severity: .warning,
        summary: "a repeated opener runs plain, then \"also\", then \"further\"",
        rationale: """
            When an opener is repeated, adopted texts mark the second use with "also" and later \
            ones with "further" ("Recalling also", "Further requests"); "further" before "also", \
            or "also" with no plain use before it, shows paragraphs reordered in negotiation.
            """,
        triggering: [
            "Recalling its resolution 57/173,\n\n↓Recalling further its resolution 58/140,\n\n↓Recalling also its resolution 56/261,",
            "↓Recalling also its resolution 57/173,\n\n1. Decides to act.",
            "Recalling its resolution 57/173,\n\nRecalling also its resolution 58/140,\n\n↓Recalling also its resolution 56/261,",
            "1. Requests a report;\n\n2. ↓Further requests a study;\n\n3. ↓Also requests a plan.",
        ],
        nonTriggering: [
            "Recalling its resolution 57/173,\n\nRecalling also its resolution 58/140,\n\nRecalling its resolution 56/261,\n\nRecalling also its resolution 55/25,\n\n1. Decides, in principle, to act;\n\n2. Also decides to meet.",
            "Recalling its resolution 57/173,\n\nRecalling also its resolution 58/140,\n\nRecalling further its resolution 56/261,\n\n1. Requests a report;\n\n2. Also requests a study;\n\n3. Further requests a plan.",
        ])

    public func check(_ document: LintDocument) -> [Finding] {
        var findings: [Finding] = []
        var stage: [String: Int] = [:]  // verb → 0 plain seen, 1 also seen, 2 further seen
        for unit in document.units where !unit.isSubparagraph && unit.role != .annex(0) {
            guard let (verb, level) = Self.opener(unit) else { continue }
            let key = "\(unit.role == .preamble ? "p" : "o"):\(verb)"
            let previous = stage[key]
            let bounds = unit.text.startIndex..<(unit.text.firstIndex(of: " ") ?? unit.text.endIndex)
            if level == 1, previous == nil {
                findings.append(finding("\"also\" with no plain \"\(verb)\" before it", at: unit.range(bounds)))
            } else if level == 1, previous == 1 {
                findings.append(finding("\"also\" a second time: write \"further\"", at: unit.range(bounds)))
            } else if level == 1, previous == 2 {
                findings.append(finding("\"also\" after \"further\": put it before", at: unit.range(bounds)))
            } else if level == 2, previous == nil || previous == 0 {
                findings.append(finding("\"further\" before any \"also\" use of \"\(verb)\"", at: unit.range(bounds)))
            }
            // A plain use starts the run again: "Recalling", "Recalling also", … "Recalling" …
            stage[key] = level
        }
        return findings
    }

    /// The opener verb, lower-cased, and its level: 0 plain, 1 "also", 2 "further".
    static func opener(_ unit: TextUnit) -> (String, Int)? {
        // Only the first two words matter; the rest of the paragraph is never looked at.
        let words = unit.text.split(separator: " ", maxSplits: 2).prefix(2).map(\.letters)
        guard words.count == 2 else { return nil }
        switch unit.role {
        case .preamble:
            let verb = words[0].lowercased()
            guard verb.hasSuffix("ing") else { return nil }
            if words[1] == "also" { return (verb, 1) }
            if words[1] == "further" { return (verb, 2) }
            return (verb, 0)
        case .operative:
            if words[0] == "Also" { return (words[1].lowercased(), 1) }
            if words[0] == "Further" { return (words[1].lowercased(), 2) }
            return (words[0].lowercased(), 0)
        case .annex:
            return nil
        }
    }
}
