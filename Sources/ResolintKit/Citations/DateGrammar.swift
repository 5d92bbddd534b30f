/// The one grammar of dates the project reads: day-first dates as the Editorial Manual writes
/// them ("18 December 2002", spans "18 to 25 April 2005", "31 May to 11 June 2010") and, read
/// just as well, the forms drafts slip into — month first ("December 18, 2002", "from April 18
/// to 25, 2005"), ordinal days ("18th"), leading zeros, abbreviated or lower-case months, a
/// comma before the year, dashed spans ("18-25 April 2005") and figures ("18/12/2002"). Each
/// date carries its canonical form and, when it is written otherwise, a `dateForm` deviation.
enum DateGrammar {
    /// The first letter of an English month's name: J, F, M, A, S, O, N or D.
    static func startsMonth(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case "J", "F", "M", "A", "S", "O", "N", "D": true
        default: false
        }
    }

    /// Every date of the text, in order.
    static func dates(in scan: ScalarScan) -> [WrittenDate] {
        guard scan.scalars.contains(where: ScalarScan.isDigit) else { return [] }
        var dates: [WrittenDate] = []
        var index = 0
        while index < scan.count {
            let scalar = scan.scalars[index]
            if ScalarScan.isDigit(scalar) || Self.startsMonth(scalar), scan.startsWord(index),
                let date = date(scan, at: index)
            {
                dates.append(date)
                index = date.range.upperBound
            } else {
                index += 1
            }
        }
        return dates
    }

    /// The date that starts at `index`, if one does.
    static func date(_ scan: ScalarScan, at index: Int) -> WrittenDate? {
        guard let scalar = scan[index] else { return nil }
        if ScalarScan.isDigit(scalar) { return figures(scan, at: index) ?? dayFirst(scan, at: index) }
        return monthFirst(scan, at: index)
    }

    // MARK: - The forms

    /// A day as written: its value and what is wrong with it.
    private struct Day {
        let value: Int
        let end: Int
        /// "08" or "18th".
        let isPlain: Bool
    }

    /// "18", "8", "08", "18th" at `index`.
    private static func day(_ scan: ScalarScan, at index: Int) -> Day? {
        let end = scan.digits(from: index)
        guard (1...2).contains(end - index), !scan.has(".", at: end) || !ScalarScan.isDigit(scan[end + 1]) else {
            return nil
        }
        var after = end
        for suffix in ["st", "nd", "rd", "th"] where scan.hasWord(suffix, at: end) {
            after = end + 2
        }
        return Day(value: scan.number(index..<end), end: after, isPlain: after == end && scan[index] != "0")
    }

    /// A month as written: its number, where the word ends, and whether it is written in full
    /// with a capital.
    private struct Month {
        let value: Int
        let end: Int
        let isPlain: Bool
    }

    private static let lowerMonths = UNDate.months.map { $0.lowercased() }

    private static func month(_ scan: ScalarScan, at index: Int) -> Month? {
        let end = scan.letters(from: index)
        guard (3...9).contains(end - index) else { return nil }
        let word = scan.text(index..<end)
        let lower = word.lowercased()
        if let found = lowerMonths.firstIndex(of: lower) {
            return Month(value: found + 1, end: end, isPlain: word == UNDate.months[found])
        }
        guard lower.count == 3 || lower == "sept",
            let found = lowerMonths.firstIndex(where: { $0.hasPrefix(lower) })
        else { return nil }
        return Month(value: found + 1, end: scan.has(".", at: end) ? end + 1 : end, isPlain: false)
    }

    /// A four-digit year at `index`, 1900 to 2099, and where it ends.
    private static func year(_ scan: ScalarScan, at index: Int) -> (value: Int, end: Int)? {
        let end = scan.digits(from: index)
        guard end - index == 4, !ScalarScan.isLetter(scan[end]) else { return nil }
        let value = scan.number(index..<end)
        return (1900...2099).contains(value) ? (value, end) : nil
    }

    /// "18 December 2002", "18th of December 2002", "18-25 April 2005", "18 to 25 April 2005",
    /// "31 August–8 September 2001", "31 May to 11 June 2010", "18 December, 2002".
    private static func dayFirst(_ scan: ScalarScan, at start: Int) -> WrittenDate? {
        guard let first = day(scan, at: start) else { return nil }
        var plain = first.isPlain
        var index = first.end
        var dashed = false
        // A span within one month: "18-25 April", "18 to 25 April".
        var second: Day?
        if let (day, end, dash) = spanEnd(scan, after: index), month(scan, at: scan.spaces(from: end)) != nil {
            second = day
            dashed = dash
            plain = plain && day.isPlain
            index = end
        }
        var monthStart = scan.spaces(from: index)
        guard monthStart > index else { return nil }
        if scan.hasWord("of", at: monthStart) {
            monthStart = scan.spaces(from: monthStart + 2)
            plain = false
        }
        guard let firstMonth = month(scan, at: monthStart) else { return nil }
        plain = plain && firstMonth.isPlain
        index = firstMonth.end
        // A span across months: "31 August–8 September", "31 May to 11 June".
        var secondMonth: Month?
        if second == nil, let (day, end, dash) = spanEnd(scan, after: index),
            let month = month(scan, at: scan.spaces(from: end)), scan.spaces(from: end) > end
        {
            second = day
            secondMonth = month
            dashed = dash
            plain = plain && day.isPlain && month.isPlain
            index = month.end
        }
        if scan.has(",", at: index) {
            plain = false
            index += 1
        }
        let yearStart = scan.spaces(from: index)
        guard yearStart > index, let year = year(scan, at: yearStart) else { return nil }
        let firstDay = CalendarDay(year: year.value, month: firstMonth.value, day: first.value)
        let lastDay = second.map {
            CalendarDay(year: year.value, month: (secondMonth ?? firstMonth).value, day: $0.value)
        }
        return written(scan, start..<year.end, firstDay, lastDay, plain: plain && !dashed, dashed: dashed)
    }

    /// "December 18, 2002", "December 18 2002", "April 18-25, 2005", "April 18 to 25, 2005".
    private static func monthFirst(_ scan: ScalarScan, at start: Int) -> WrittenDate? {
        guard let month = month(scan, at: start) else { return nil }
        let dayStart = scan.spaces(from: month.end)
        guard dayStart > month.end, let first = day(scan, at: dayStart) else { return nil }
        var index = first.end
        var dashed = false
        var second: Day?
        if let (day, end, dash) = spanEnd(scan, after: index) {
            second = day
            dashed = dash
            index = end
        }
        if scan.has(",", at: index) { index += 1 }
        let yearStart = scan.spaces(from: index)
        guard yearStart > index, let year = year(scan, at: yearStart) else { return nil }
        let firstDay = CalendarDay(year: year.value, month: month.value, day: first.value)
        let lastDay = second.map { CalendarDay(year: year.value, month: month.value, day: $0.value) }
        return written(scan, start..<year.end, firstDay, lastDay, plain: false, dashed: dashed)
    }

    /// "18/12/2002", "18.12.2002", "2002-12-18". The day comes first unless only the other order
    /// makes a date; when both do, the date is read day first and no replacement is offered.
    private static func figures(_ scan: ScalarScan, at start: Int) -> WrittenDate? {
        guard start == 0 || (scan[start - 1] != "/" && scan[start - 1] != "." && !ScalarScan.isDash(scan[start - 1]))
        else { return nil }
        let firstEnd = scan.digits(from: start)
        guard let separator = scan[firstEnd], "/.-".unicodeScalars.contains(separator) else { return nil }
        let secondEnd = scan.digits(from: firstEnd + 1)
        guard scan[secondEnd] == separator else { return nil }
        let thirdEnd = scan.digits(from: secondEnd + 1)
        guard !ScalarScan.isDigit(scan[thirdEnd]), scan[thirdEnd] != "/", !ScalarScan.isLetter(scan[thirdEnd]),
            !(scan[thirdEnd] == "." && ScalarScan.isDigit(scan[thirdEnd + 1]))
        else { return nil }
        let parts = [start..<firstEnd, (firstEnd + 1)..<secondEnd, (secondEnd + 1)..<thirdEnd]
        let lengths = parts.map(\.count)
        let values = parts.map { scan.number($0) }
        var candidates: [CalendarDay] = []
        if lengths == [4, 2, 2], separator == "-" {
            candidates = [CalendarDay(year: values[0], month: values[1], day: values[2])]
        } else if (1...2).contains(lengths[0]), (1...2).contains(lengths[1]), lengths[2] == 4, separator != "-" {
            candidates = [
                CalendarDay(year: values[2], month: values[1], day: values[0]),
                CalendarDay(year: values[2], month: values[0], day: values[1]),
            ]
        }
        let valid = candidates.filter { $0.exists && (1900...2099).contains($0.year) }
        guard let day = valid.first else { return nil }
        let range = start..<thirdEnd
        let certain = valid.count == 1 || valid[0] == valid[1]
        let written = scan.text(range)
        let deviation =
            certain
            ? Deviation(
                .dateForm, range, replacement: day.printed, message: "write \"\(day.printed)\", not \"\(written)\"")
            : Deviation(
                .dateForm, range, message: "write the date as day, month in words and year, not \"\(written)\"")
        return WrittenDate(range: range, first: day, last: nil, canonical: day.printed, deviations: [deviation])
    }

    /// The end of a span's second day after `index`: "-25", "–25", " to 25". Returns the day,
    /// where it ends, and whether a dash joined it.
    private static func spanEnd(_ scan: ScalarScan, after index: Int) -> (Day, Int, Bool)? {
        if ScalarScan.isDash(scan[index]), let day = day(scan, at: index + 1) { return (day, day.end, true) }
        let word = scan.spaces(from: index)
        guard word > index, scan.hasWord("to", at: word) else { return nil }
        let dayStart = scan.spaces(from: word + 2)
        guard dayStart > word + 2, let day = day(scan, at: dayStart) else { return nil }
        return (day, day.end, false)
    }

    /// Words after which a dashed span cannot simply become "from … to …".
    private static let prepositions: Set<String> = ["on", "in", "during", "at", "of", "between", "by", "until"]

    /// The date with its canonical form and deviations.
    private static func written(
        _ scan: ScalarScan, _ range: Range<Int>, _ first: CalendarDay, _ last: CalendarDay?, plain: Bool,
        dashed: Bool
    ) -> WrittenDate {
        let canonical: String
        if let last {
            canonical =
                last.month == first.month
                ? "\(first.day) to \(last.printed)"
                : "\(first.day) \(UNDate.months[first.month - 1]) to \(last.printed)"
        } else {
            canonical = first.printed
        }
        var deviations: [Deviation] = []
        let written = scan.text(range)
        if !plain || spacesFolded(written) != canonical {
            let before = scan.word(before: range.lowerBound).map { scan.text($0).lowercased() } ?? ""
            if last == nil || before == "from" || before == "between" && !dashed {
                deviations.append(
                    Deviation(
                        .dateForm, range, replacement: canonical, message: "write \"\(canonical)\", not \"\(written)\"")
                )
            } else if Self.prepositions.contains(before) {
                deviations.append(
                    Deviation(
                        .dateForm, range, message: "write the span as \"from \(canonical)\", not \"\(written)\""))
            } else {
                deviations.append(
                    Deviation(
                        .dateForm, range, replacement: "from \(canonical)",
                        message: "write \"from \(canonical)\", not \"\(written)\""))
            }
        }
        for day in [first] + (last.map { [$0] } ?? []) where !day.exists {
            deviations.append(Deviation(.invalidDate, range, message: "\"\(written)\" is not a date"))
            break
        }
        return WrittenDate(range: range, first: first, last: last, canonical: canonical, deviations: deviations)
    }

    /// The text with each run of spaces of any kind as one space.
    static func spacesFolded(_ text: String) -> String {
        var out = ""
        var space = false
        for scalar in text.unicodeScalars {
            if ScalarScan.isSpace(scalar) {
                space = true
            } else {
                if space, !out.isEmpty { out.unicodeScalars.append(" ") }
                space = false
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }
}
