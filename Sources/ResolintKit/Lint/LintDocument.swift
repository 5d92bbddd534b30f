import Synchronization

/// What rules look at: the model of one resolution, the text it was read from, and every
/// paragraph and subparagraph as a `TextUnit` in reading order.
public struct LintDocument: Sendable {
    public let resolution: Resolution
    public let source: SourceText
    public let units: [TextUnit]
    /// The dates written in each unit, found once for the rules about dates.
    private let dateCache = DateCache()

    public init(resolution: Resolution, source: SourceText) {
        self.resolution = resolution
        self.source = source
        var units: [TextUnit] = []
        func add(_ paragraphs: [Paragraph], role: TextUnit.Role, labels: [String], nested: Bool) {
            for (offset, paragraph) in paragraphs.enumerated() {
                let path = labels + (paragraph.number.map { [$0] } ?? [])
                units.append(
                    TextUnit(
                        role: role, paragraph: paragraph, labels: path, index: offset + 1, isSubparagraph: nested,
                        source: source))
                add(paragraph.subparagraphs, role: role, labels: path, nested: true)
            }
        }
        add(resolution.preamble, role: .preamble, labels: [], nested: false)
        add(resolution.operative, role: .operative, labels: [], nested: false)
        for (index, annex) in resolution.annexes.enumerated() {
            add(annex.paragraphs, role: .annex(index), labels: [], nested: false)
        }
        self.units = units
    }

    /// The dates written in the unit at `index` of `units`.
    func dates(inUnit index: Int) -> [DateScanner.WrittenDate] {
        dateCache.dates(index) { DateScanner.dates(in: units[index].text) }
    }

    /// The organ whose text this is; a draft without a formula is read as the General Assembly's.
    public var organ: Organ { resolution.organ ?? .generalAssembly }

    /// True for an adopted resolution (it has a symbol such as A/RES/58/140 or says it was
    /// adopted), as opposed to a draft.
    public var isAdopted: Bool {
        resolution.masthead.adoptionDate != nil || resolution.symbol?.contains("/RES/") == true
    }

    /// The text of line `line` (1-based) of the file.
    public func line(_ line: Int) -> String {
        guard line >= 1, line <= source.lines.count else { return "" }
        return String(scalars: source.lines[line - 1])
    }
}

/// Dates per unit, computed on first use; a document is linted on one thread, but the cache is
/// locked so that the type stays `Sendable`.
final class DateCache: Sendable {
    private let dates = Mutex<[Int: [DateScanner.WrittenDate]]>([:])

    func dates(_ index: Int, compute: () -> [DateScanner.WrittenDate]) -> [DateScanner.WrittenDate] {
        dates.withLock { dates in
            if let found = dates[index] { return found }
            let found = compute()
            dates[index] = found
            return found
        }
    }
}
