import ResolintKit

/// Finds the citations of resolutions with a full date in a paragraph's text, for `<ref>`:
/// "resolution 46/152 of 18 December 1991" (General Assembly), "Economic and Social Council
/// resolution 2003/24 of 22 July 2003", "Security Council resolution 1373 (2001) of 28 September
/// 2001"; in a list, each "number of date". A citation without a date stays plain text.
enum CitationLinks {
    struct Link {
        /// Unicode-scalar offsets in the text.
        let bounds: Range<Int>
        let href: String
    }

    static func links(in text: String) -> [Link] {
        let scalars = Array(text.unicodeScalars)
        var links: [Link] = []
        var index = 0
        while index < scalars.count {
            guard scalars[index].isASCIIDigit, index == 0 || !scalars[index - 1].isASCIIDigit,
                scalars[max(index - 1, 0)] != "/" || index == 0
            else {
                index += 1
                continue
            }
            if let link = citation(scalars, at: index) {
                links.append(link)
                index = link.bounds.upperBound
            } else {
                index += 1
            }
        }
        return links
    }

    /// A "number of date" citation starting at `start`, if there is one.
    private static func citation(_ scalars: [Unicode.Scalar], at start: Int) -> Link? {
        var index = start
        let first = digits(scalars, &index)
        var organ: Organ = .generalAssembly
        var number: String
        if index < scalars.count, scalars[index] == "/" {
            index += 1
            let second = digits(scalars, &index)
            guard !second.isEmpty, (1...4).contains(first.count) else { return nil }
            number = "\(first)/\(second)"
            if first.count == 4 { organ = .economicAndSocialCouncil }
        } else if index + 6 < scalars.count, scalars[index] == " ", scalars[index + 1] == "(" {
            var inner = index + 2
            let year = digits(scalars, &inner)
            guard year.count == 4, inner < scalars.count, scalars[inner] == ")" else { return nil }
            organ = .securityCouncil
            number = "\(first) (\(year))"
            index = inner + 1
        } else {
            return nil
        }
        // An optional capital letter: "31/16 A".
        if index + 1 < scalars.count, scalars[index] == " ", ("A"..."Z").contains(scalars[index + 1]),
            index + 2 == scalars.count || scalars[index + 2] == " "
        {
            number += " \(scalars[index + 1])"
            index += 2
        }
        let of = Array(" of ".unicodeScalars)
        guard index + of.count < scalars.count, Array(scalars[index..<(index + of.count)]) == of else { return nil }
        let dateStart = index + of.count
        var end = dateStart
        while end < scalars.count, end - dateStart < 20, scalars[end] != "," && scalars[end] != ";" { end += 1 }
        let tail = String(scalars: scalars[dateStart..<end])
        let words = tail.split(separator: " ", omittingEmptySubsequences: false)
        guard words.count >= 3, let date = UNDate.iso(words.prefix(3).joined(separator: " ")[...]) else { return nil }
        let dateEnd = dateStart + words.prefix(3).joined(separator: " ").unicodeScalars.count
        let before = String(scalars: scalars[max(0, start - 40)..<start])
        if before.hasSuffix("Security Council resolution ") || before.hasSuffix("Security Council resolutions ") {
            organ = .securityCouncil
        }
        var lower = start
        let prefix = Array("resolution ".unicodeScalars)
        if start >= prefix.count, Array(scalars[(start - prefix.count)..<start]) == prefix {
            lower = start - prefix.count
        }
        return Link(bounds: lower..<dateEnd, href: AKNNames.work(organ: organ, date: date, number: number))
    }

    private static func digits(_ scalars: [Unicode.Scalar], _ index: inout Int) -> String {
        let start = index
        while index < scalars.count, scalars[index].isASCIIDigit { index += 1 }
        return String(scalars: scalars[start..<index])
    }
}

extension Unicode.Scalar {
    var isASCIIDigit: Bool { ("0"..."9").contains(self) }
}
