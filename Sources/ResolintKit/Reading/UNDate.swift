/// Dates as resolutions print them ("22 December 2003") turned into ISO 8601 ("2003-12-22"),
/// and back. Shared by the targets of the package.
package enum UNDate {
    package static let months = [
        "January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
        "November", "December",
    ]

    /// The ISO form of a date printed as "day Month year", or nil if it is not a valid date.
    /// True when the text (after spaces) opens with the name of a month: "May 2004 …".
    static func startsWithMonth(_ text: ArraySlice<Unicode.Scalar>) -> Bool {
        let word = String(scalars: text.drop { $0.isSpace }.prefix { $0.isLetter })
        return months.contains(word)
    }

    package static func iso(_ text: Substring) -> String? {
        let parts = text.split(separator: " ")
        guard parts.count == 3, let day = Int(parts[0]), let monthIndex = months.firstIndex(of: String(parts[1])),
            let year = Int(parts[2]), parts[2].count == 4
        else { return nil }
        guard day >= 1, day <= daysIn(month: monthIndex + 1, year: year) else { return nil }
        let monthText = monthIndex + 1 < 10 ? "0\(monthIndex + 1)" : "\(monthIndex + 1)"
        let dayText = day < 10 ? "0\(day)" : "\(day)"
        return "\(year)-\(monthText)-\(dayText)"
    }

    /// The ISO form of the date that ends `text` ("… on 14 October 2025"), if any.
    static func isoAtEnd(of text: String) -> String? {
        let words = text.split(separator: " ")
        guard words.count >= 3 else { return nil }
        return iso(words.suffix(3).joined(separator: " ")[...])
    }

    /// "2003-12-22" → "22 December 2003".
    package static func printed(_ iso: String) -> String {
        let parts = iso.split(separator: "-")
        guard parts.count == 3, let month = Int(parts[1]), (1...12).contains(month), let day = Int(parts[2]) else {
            return iso
        }
        return "\(day) \(months[month - 1]) \(parts[0])"
    }

    static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }
}
