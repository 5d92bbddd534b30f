/// Reads the references a paragraph makes to paragraphs of its own text. A reference is
/// internal when it says where the paragraph stands — "above", "below", "of the present
/// resolution" — or names its part ("operative paragraph 3", "preambular paragraph 4"); "paragraph
/// 7 of resolution 57/173" or "paragraph 5 of the Declaration" point into other texts and are
/// not read. A bare "paragraph 5" is read, marked as not saying where it stands.
enum ReferenceScanner {
    static func references(in scan: ScalarScan) -> [ParagraphReference] {
        guard scan.scalars.contains(where: ScalarScan.isDigit) || scan.scalars.contains("(") else { return [] }
        var references: [ParagraphReference] = []
        var index = 0
        while index < scan.count {
            guard scan.scalars[index] == "p" || scan.scalars[index] == "s" || scan.scalars[index] == "o",
                scan.startsWord(index), let reference = reference(scan, at: index)
            else {
                index += 1
                continue
            }
            references.append(reference)
            index = reference.range.upperBound
        }
        return references
    }

    private static func reference(_ scan: ScalarScan, at start: Int) -> ParagraphReference? {
        var index = start
        var sequence = ParagraphReference.Sequence.numbered
        for (word, part) in [("operative", ParagraphReference.Sequence.operative), ("preambular", .preambular)]
        where scan.hasWord(word, at: index) {
            sequence = part
            index = scan.spaces(from: index + word.unicodeScalars.count)
        }
        let noun = scan.letters(from: index)
        let word = scan.text(index..<noun)
        let isSubparagraph = word == "subparagraph" || word == "subparagraphs"
        guard word == "paragraph" || word == "paragraphs" || isSubparagraph else { return nil }
        if isSubparagraph {
            guard sequence == .numbered else { return nil }
            sequence = .subparagraphs
        }
        var numbers: [String] = []
        var subparagraph: String?
        var position = scan.spaces(from: noun)
        guard position > noun else { return nil }
        // "7", "7 (a)", "(b)", joined by ",", "and", "to".
        while true {
            let item = isSubparagraph ? label(scan, at: position) : number(scan, at: position)
            guard let (text, end) = item else { break }
            numbers.append(text)
            position = end
            if !isSubparagraph, numbers.count == 1, let (sub, subEnd) = label(scan, at: scan.spaces(from: position)),
                scan.spaces(from: position) == position + 1
            {
                subparagraph = sub
                position = subEnd
            }
            var next = position
            if scan.has(",", at: next) { next += 1 }
            let joint = scan.spaces(from: next)
            var after = joint
            for connector in ["and", "to"] where scan.hasWord(connector, at: joint) {
                after = scan.spaces(from: joint + connector.unicodeScalars.count)
            }
            let more = isSubparagraph ? label(scan, at: after) : number(scan, at: after)
            guard after > position, more != nil else { break }
            if scan.hasWord("to", at: joint), let (first, _) = numbers.last.map({ ($0, 0) }),
                let from = Int(first), let to = more.flatMap({ Int($0.0) }), to > from, to - from < 100
            {
                numbers += (from + 1..<to).map(String.init)
            }
            position = after
        }
        guard !numbers.isEmpty else { return nil }
        // Where it stands: above, below, of the present resolution; a named part needs no more.
        let tail = scan.spaces(from: position)
        var direction = ParagraphReference.Direction.anywhere
        var end = position
        if scan.hasWord("above", at: tail) {
            direction = .above
            end = tail + 5
        } else if scan.hasWord("below", at: tail) {
            direction = .below
            end = tail + 5
        } else if scan.has("of the present resolution", at: tail) || scan.has("of this resolution", at: tail) {
            end = tail + (scan.has("of the present", at: tail) ? 25 : 18)
            if sequence == .numbered { sequence = .operative }
        } else if sequence == .subparagraphs || (sequence == .numbered && scan.hasWord("of", at: tail)) {
            // "subparagraph (b)" alone, "paragraph 5 of the Declaration": not this text's, or not
            // said to be.
            return nil
        } else if sequence == .numbered {
            // "as requested in paragraph 5": bare, read as this text's own paragraph.
            var reference = ParagraphReference(
                sequence: sequence, direction: direction, numbers: numbers, subparagraph: subparagraph,
                range: start..<end)
            reference.stated = false
            return reference
        } else if scan.hasWord("of", at: tail) {
            // "operative paragraph 3 of resolution 57/173": another text's paragraph.
            return nil
        }
        return ParagraphReference(
            sequence: sequence, direction: direction, numbers: numbers, subparagraph: subparagraph, range: start..<end)
    }

    /// A paragraph number: "7", not "7/2" or "7.5".
    private static func number(_ scan: ScalarScan, at index: Int) -> (String, Int)? {
        let end = scan.digits(from: index)
        guard (1...3).contains(end - index), !ScalarScan.isLetter(scan[end]), scan[end] != "/",
            !(scan[end] == "." && ScalarScan.isDigit(scan[end + 1]))
        else { return nil }
        return (scan.text(index..<end), end)
    }

    /// A subparagraph label: "(b)", "(iv)".
    private static func label(_ scan: ScalarScan, at index: Int) -> (String, Int)? {
        guard scan[index] == "(" else { return nil }
        let end = scan.letters(from: index + 1)
        guard (1...5).contains(end - index - 1), scan[end] == ")" else { return nil }
        let inner = scan.text((index + 1)..<end)
        guard inner.unicodeScalars.allSatisfy({ $0.properties.isLowercase }) else { return nil }
        return ("(\(inner))", end + 1)
    }
}
