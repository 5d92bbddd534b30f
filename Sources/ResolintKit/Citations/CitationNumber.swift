extension CitationScanner {
    /// A resolution or decision number as written, with its canonical form and the deviations of
    /// its spacing and letters.
    struct Number {
        let range: Range<Int>
        let shape: Citation.Shape
        /// Without letters: "57/173", "1373 (2001)".
        let base: String
        let letters: [String]
        let session: Int?
        let year: Int?
        let written: String
        let deviations: [Deviation]
        /// What is wrong with a Security Council number's year, when it is one.
        let yearProblem: YearProblem?

        enum YearProblem {
            case missing
            case twoDigits(Int)
            case slash
        }

        /// "31/16 A": the base and the first letter.
        var canonical: String { letters.first.map { "\(base) \($0)" } ?? base }
    }

    /// The number at `start`: "57/173", "S-26/2", "2003/24", "1373 (2001)", "3363 (XXX)",
    /// "217 A (III)", and the forms that depart from them ("57 / 173", "57-173", "31/16A",
    /// "1373(2001)", "1373/2001"). A bare number is one only for the Security Council.
    static func number(_ scan: ScalarScan, at start: Int, afterNoun: Bool, securityCouncil: Bool) -> Number? {
        guard let lead = scan[start], scan.startsWord(start), scan[start - 1] != "/",
            scan[start - 1] != "." || afterNoun
        else {
            return nil
        }
        var prefix = ""
        var index = start
        if lead == "S", ScalarScan.isDash(scan[start + 1]), ScalarScan.isDigit(scan[start + 2]) {
            prefix = "S-"
            index = start + 2
        } else if scan.has("ES", at: start), ScalarScan.isDash(scan[start + 2]), ScalarScan.isDigit(scan[start + 3]) {
            prefix = "ES-"
            index = start + 3
        }
        let firstEnd = scan.digits(from: index)
        guard (1...4).contains(firstEnd - index) else { return nil }
        let first = scan.text(index..<firstEnd)
        return slashNumber(scan, start, prefix, first, firstEnd, afterNoun: afterNoun, securityCouncil: securityCouncil)
            ?? parenthesisNumber(scan, start, prefix, first, firstEnd, securityCouncil: securityCouncil)
            ?? bareNumber(scan, start, prefix, first, firstEnd, securityCouncil: securityCouncil)
    }

    private static func isYear(_ text: String) -> Bool {
        text.count == 4 && Int(text).map { (1946...2099).contains($0) } == true
    }

    /// "57/173", "57 / 173", "57-173" (a dash only straight after the noun), "2003/24", "1373/2001".
    private static func slashNumber(
        _ scan: ScalarScan, _ start: Int, _ prefix: String, _ first: String, _ firstEnd: Int, afterNoun: Bool,
        securityCouncil: Bool
    ) -> Number? {
        let mark = scan.spaces(from: firstEnd)
        guard let scalar = scan[mark],
            scalar == "/" || ScalarScan.isDash(scalar) && afterNoun && prefix.isEmpty && first.count <= 2
        else { return nil }
        let secondStart = scan.spaces(from: mark + 1)
        let secondEnd = scan.digits(from: secondStart)
        guard (1...4).contains(secondEnd - secondStart), scan[secondEnd] != "/", !ScalarScan.isDash(scan[secondEnd]),
            !(scan[secondEnd] == "." && ScalarScan.isDigit(scan[secondEnd + 1]))
        else { return nil }
        let second = scan.text(secondStart..<secondEnd)
        let written = scan.text(start..<secondEnd)
        var deviations: [Deviation] = []
        if securityCouncil, isYear(second), prefix.isEmpty {
            let base = "\(first) (\(second))"
            return Number(
                range: start..<secondEnd, shape: .numberYear, base: base, letters: [], session: nil, year: Int(second),
                written: written, deviations: [], yearProblem: .slash)
        }
        let shape: Citation.Shape
        if prefix.isEmpty, first.count == 4 {
            guard isYear(first) else { return nil }
            shape = .yearNumber
        } else {
            shape = .sessionNumber
        }
        let base = "\(prefix)\(first)/\(second)"
        if mark > firstEnd || secondStart > mark + 1 || scalar != "/" {
            deviations.append(
                Deviation(
                    .numberForm, start..<secondEnd, replacement: base,
                    message: "write \"\(base)\", not \"\(written)\""))
        }
        let (letters, end, letterDeviation) = self.letters(scan, after: secondEnd, base: base, start: start)
        if let letterDeviation { deviations.append(letterDeviation) }
        return Number(
            range: start..<end, shape: shape, base: base, letters: letters,
            session: shape == .sessionNumber && prefix.isEmpty ? Int(first) : nil,
            year: shape == .yearNumber ? Int(first) : nil, written: scan.text(start..<end), deviations: deviations,
            yearProblem: nil)
    }

    /// "1373 (2001)", "3363 (XXX)", "3201 (S-VI)", "217 A (III)", "1373(2001)", "1373 (01)".
    private static func parenthesisNumber(
        _ scan: ScalarScan, _ start: Int, _ prefix: String, _ first: String, _ firstEnd: Int, securityCouncil: Bool
    ) -> Number? {
        guard prefix.isEmpty else { return nil }
        var before = firstEnd
        var letter: String?
        let letterStart = scan.spaces(from: firstEnd)
        if letterStart == firstEnd + 1, let capital = scan[letterStart], capital.isASCII,
            capital.properties.isUppercase, !ScalarScan.isLetter(scan[letterStart + 1]),
            scan[scan.spaces(from: letterStart + 1)] == "("
        {
            letter = String(capital)
            before = letterStart + 1
        }
        let open = scan.spaces(from: before)
        guard scan[open] == "(", let close = scan.scalars[open...].prefix(9).firstIndex(of: ")") else { return nil }
        let inner = scan.text((open + 1)..<close)
        let shape: Citation.Shape
        var year: Int?
        var session: Int?
        var problem: Number.YearProblem?
        if isYear(inner) {
            shape = .numberYear
            year = Int(inner)
        } else if inner.count == 2, let value = Int(inner), securityCouncil {
            shape = .numberYear
            problem = .twoDigits(value)
        } else if let value = romanSession(inner) {
            shape = .numberSession
            session = inner.hasPrefix("S-") || inner.hasPrefix("ES-") ? nil : value
        } else {
            return nil
        }
        let base = "\(first) (\(inner))"
        let canonicalWithLetter = letter.map { "\(first) \($0) (\(inner))" } ?? base
        var deviations: [Deviation] = []
        if open - before != 1 {
            deviations.append(
                Deviation(
                    .parenthesisSpace, start..<(close + 1), replacement: canonicalWithLetter,
                    message:
                        "write \"\(canonicalWithLetter)\" with one space, not \"\(scan.text(start..<(close + 1)))\""
                ))
        }
        return Number(
            range: start..<(close + 1), shape: shape, base: letter == nil ? base : canonicalWithLetter,
            letters: [], session: session, year: year, written: scan.text(start..<(close + 1)),
            deviations: deviations, yearProblem: problem)
    }

    /// The value of a session in Roman capitals: "XXX", "S-VI", "ES-V".
    private static func romanSession(_ text: String) -> Int? {
        var numeral = Substring(text)
        if numeral.hasPrefix("S-") {
            numeral = numeral.dropFirst(2)
        } else if numeral.hasPrefix("ES-") {
            numeral = numeral.dropFirst(3)
        }
        guard !numeral.isEmpty, numeral.allSatisfy({ "IVXLC".contains($0) }) else { return nil }
        return TextPatterns.romanValue(numeral.lowercased())
    }

    /// "1373" alone after "Security Council resolution".
    private static func bareNumber(
        _ scan: ScalarScan, _ start: Int, _ prefix: String, _ first: String, _ firstEnd: Int, securityCouncil: Bool
    ) -> Number? {
        guard securityCouncil, prefix.isEmpty, !ScalarScan.isLetter(scan[firstEnd]), scan[firstEnd] != "/" else {
            return nil
        }
        return Number(
            range: start..<firstEnd, shape: .bare, base: first, letters: [], session: nil, year: nil, written: first,
            deviations: [], yearProblem: .missing)
    }

    /// The letters after a number: " A", " AA", " A and B", " A to E", and the slips "31/16A",
    /// "31/16 (A)", "31/16 a". Returns the letters, where they end, and the deviation.
    private static func letters(_ scan: ScalarScan, after end: Int, base: String, start: Int) -> (
        [String], Int, Deviation?
    ) {
        func capitals(at index: Int) -> Int? {
            let stop = scan.letters(from: index)
            let word = scan.text(index..<stop)
            guard (1...2).contains(word.count),
                word.unicodeScalars.allSatisfy({ $0.isASCII && $0.properties.isUppercase }),
                Set(word).count == 1, scan[stop] != "/", !ScalarScan.isDash(scan[stop]),
                !ScalarScan.isDigit(scan[stop]),
                !(scan[stop] == "." && ScalarScan.isLetter(scan[stop + 1]))
            else { return nil }
            return stop
        }
        var letters: [String] = []
        var stop = end
        var slip = false
        let gap = scan.spaces(from: end)
        if gap == end, let glued = capitals(at: end) {
            letters = [scan.text(end..<glued)]
            stop = glued
            slip = true
        } else if scan[gap] == "(", gap - end <= 1, let letter = scan[gap + 1], letter.isASCII, letter.isLetter,
            scan[gap + 2] == ")"
        {
            letters = [String(letter).uppercased()]
            stop = gap + 3
            slip = true
        } else if gap == end + 1, let stopped = capitals(at: gap) {
            letters = [scan.text(gap..<stopped)]
            stop = stopped
        } else if gap == end + 1, let letter = scan[gap], ("a"..."h").contains(letter),
            !ScalarScan.isLetter(scan[gap + 1]),
            scan[gap + 1] != ".", !(scan[gap + 1] == " " && (scan[gap + 2]?.properties.isLowercase ?? false))
        {
            letters = [String(letter).uppercased()]
            stop = gap + 1
            slip = true
        }
        guard !letters.isEmpty else { return ([], end, nil) }
        let firstStop = stop
        // "A and B", "A to E", "A, B and C".
        while true {
            var next = stop
            if scan.has(",", at: next) { next += 1 }
            var word = scan.spaces(from: next)
            for joint in ["and", "to"] where scan.hasWord(joint, at: word) {
                word = scan.spaces(from: word + joint.unicodeScalars.count)
            }
            guard word > stop, let more = capitals(at: word) else { break }
            letters.append(scan.text(word..<more))
            stop = more
        }
        guard slip else { return (letters, stop, nil) }
        let right = "\(base) \(letters[0])"
        let written = scan.text(start..<firstStop)
        return (
            letters, stop,
            Deviation(
                .letterSuffix, start..<firstStop, replacement: right, message: "write \"\(right)\", not \"\(written)\"")
        )
    }
}
