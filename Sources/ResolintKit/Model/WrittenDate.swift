/// A day of the calendar, as a date in a resolution names it.
public struct CalendarDay: Hashable, Comparable, Sendable {
    public let year: Int
    /// 1…12.
    public let month: Int
    public let day: Int

    public init(year: Int, month: Int, day: Int) {
        self.year = year
        self.month = month
        self.day = day
    }

    /// True when the day exists: not "31 February".
    public var exists: Bool {
        (1...12).contains(month) && day >= 1 && day <= UNDate.daysIn(month: month, year: year)
    }

    /// "2003-12-22".
    public var iso: String {
        let monthText = month < 10 ? "0\(month)" : "\(month)"
        let dayText = day < 10 ? "0\(day)" : "\(day)"
        return "\(year)-\(monthText)-\(dayText)"
    }

    /// "22 December 2003".
    public var printed: String { "\(day) \(UNDate.months[month - 1]) \(year)" }

    public static func < (left: CalendarDay, right: CalendarDay) -> Bool {
        (left.year, left.month, left.day) < (right.year, right.month, right.day)
    }
}

/// A date or a span of dates as a paragraph writes it — "18 December 2002", "from 18 to 25
/// April 2005" — read tolerantly, so that "December 18, 2002", "18th Dec. 2002" or "18-25 April
/// 2005" are dates too, each with the deviation that names its canonical form.
public struct WrittenDate: Hashable, Sendable {
    /// Unicode-scalar offsets of the date in the paragraph's text.
    public let range: Range<Int>
    public let first: CalendarDay
    /// The last day of a span ("18 to 25 April 2005"); nil for one day.
    public let last: CalendarDay?
    /// The date as the Editorial Manual writes it: "18 December 2002", "18 to 25 April 2005".
    public let canonical: String
    /// How the written form departs from the canonical one, and whether the day exists.
    public let deviations: [Deviation]
}
