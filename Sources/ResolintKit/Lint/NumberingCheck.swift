/// The numbering faults of a run of numbered paragraphs, each reported once where it happens:
/// a lost number, a gap, a repeat or a step back.
enum NumberingCheck {
    static func faults(_ paragraphs: [Paragraph], what: String) -> [(range: SourceRange, message: String)] {
        guard paragraphs.count > 1 || paragraphs.contains(where: { $0.number != nil }) else { return [] }
        var faults: [(SourceRange, String)] = []
        var previous = 0
        for paragraph in paragraphs {
            let start = paragraph.numberRange
            guard let printed = paragraph.number, !paragraph.numberAssumed, let number = Int(printed) else {
                faults.append((start, "\(what) has no number; \(previous + 1) is expected"))
                previous += 1
                continue
            }
            if number > previous + 1 {
                let missing = number == previous + 2 ? "\(previous + 1) is" : "\(previous + 1)–\(number - 1) are"
                faults.append((start, "\(what) \(missing) missing: the numbering goes from \(previous) to \(number)"))
            } else if number <= previous {
                faults.append((start, "\(what) \(number) follows paragraph \(previous): \(previous + 1) is expected"))
            }
            previous = number
        }
        return faults
    }
}
