import Synchronization

/// What rules look at: the model of one resolution, the text it was read from, and every
/// paragraph and subparagraph as a `TextUnit` in reading order.
public struct LintDocument: Sendable {
    public let resolution: Resolution
    public let source: SourceText
    public let units: [TextUnit]
    /// What the citation grammar reads in each unit, read once for all the rules.
    private let citedCache = CitedCache()

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

    /// The citations, symbols and dates of the unit at `index` of `units`.
    public func cited(inUnit index: Int) -> CitedText {
        citedCache.cited(index) { CitedText(units[index].text, organ: organ) }
    }

    /// Every deviation of `kind` in the document, with its unit, in reading order.
    func deviations(_ kind: Deviation.Kind) -> [(unit: TextUnit, deviation: Deviation)] {
        units.indices.flatMap { index in
            cited(inUnit: index).deviations.filter { $0.kind == kind }.map { (units[index], $0) }
        }
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

/// What the citation grammar reads per unit, computed on first use; a document is linted on one
/// thread, but the cache is locked so that the type stays `Sendable`.
final class CitedCache: Sendable {
    private let cache = Mutex<[Int: CitedText]>([:])

    func cited(_ index: Int, compute: () -> CitedText) -> CitedText {
        if let found = cache.withLock({ $0[index] }) { return found }
        let found = compute()
        cache.withLock { $0[index] = found }
        return found
    }
}
