import CLibXML2
import ResolintAKN
import ResolintKit

/// Word's automatic numbering (`word/numbering.xml`, with the list styles of `styles.xml`):
/// the label a reader of the printed document sees before a numbered paragraph — "1.", "(a)",
/// "(iv)" — worked out by counting the paragraphs of each list and level in order.
struct WordNumbering {
    struct Level {
        var format = "decimal"
        var text = "%1."
        var start = 1
    }

    /// numId → the levels of its list (ilvl → level).
    private var lists: [String: [Int: Level]] = [:]
    /// numId → ilvl → how many paragraphs of that level have been numbered so far.
    private var counters: [String: [Int: Int]] = [:]
    /// styleId → (numId, ilvl) of a paragraph style that numbers its paragraphs.
    private var styles: [String: (numId: String, level: Int)] = [:]

    init(numbering: SafeXML?, styles styleDocument: SafeXML?) {
        var abstract: [String: [Int: Level]] = [:]
        guard let root = numbering?.root else { return }
        for definition in root.elements where definition.name == "abstractNum" {
            guard let id = definition.attribute("abstractNumId") else { continue }
            var levels: [Int: Level] = [:]
            for level in definition.elements where level.name == "lvl" {
                guard let index = level.attribute("ilvl").flatMap(Int.init) else { continue }
                var value = Level()
                if let format = level.child("numFmt")?.attribute("val") { value.format = format }
                if let text = level.child("lvlText")?.attribute("val") { value.text = text }
                if let start = level.child("start")?.attribute("val").flatMap(Int.init) { value.start = start }
                levels[index] = value
            }
            abstract[id] = levels
        }
        for instance in root.elements where instance.name == "num" {
            guard let id = instance.attribute("numId"), let base = instance.child("abstractNumId")?.attribute("val")
            else { continue }
            var levels = abstract[base] ?? [:]
            for override in instance.elements where override.name == "lvlOverride" {
                guard let index = override.attribute("ilvl").flatMap(Int.init) else { continue }
                if let start = override.child("startOverride")?.attribute("val").flatMap(Int.init) {
                    levels[index, default: Level()].start = start
                }
            }
            lists[id] = levels
        }
        for style in styleDocument?.root?.elements ?? [] where style.name == "style" {
            guard let id = style.attribute("styleId"), let numbering = style.child("pPr")?.child("numPr"),
                let numId = numbering.child("numId")?.attribute("val")
            else { continue }
            styles[id] = (numId, numbering.child("ilvl")?.attribute("val").flatMap(Int.init) ?? 0)
        }
    }

    /// The label of the next paragraph with this numbering (from its `w:pPr`), or nil.
    mutating func label(for properties: xmlNodePtr?) -> String? {
        var numId: String?
        var level = 0
        if let style = properties?.child("pStyle")?.attribute("val"), let numbered = styles[style] {
            (numId, level) = numbered
        }
        if let direct = properties?.child("numPr") {
            if let id = direct.child("numId")?.attribute("val") { numId = id }
            if let ilvl = direct.child("ilvl")?.attribute("val").flatMap(Int.init) { level = ilvl }
        }
        // numId 0 switches numbering off.
        guard let numId, numId != "0", let levels = lists[numId], let definition = levels[level] else { return nil }
        var counts = counters[numId] ?? [:]
        counts[level] = (counts[level] ?? (definition.start - 1)) + 1
        for deeper in counts.keys where deeper > level { counts[deeper] = nil }
        counters[numId] = counts
        guard definition.format != "bullet", definition.format != "none" else { return nil }
        var label = definition.text
        for (index, value) in levels.sorted(by: { $0.key < $1.key }) where index <= level {
            let count = counts[index] ?? value.start
            label = label.replacingOccurrences(of: "%\(index + 1)", with: Self.format(count, as: value.format))
        }
        return label.isEmpty ? nil : label
    }

    static func format(_ number: Int, as format: String) -> String {
        switch format {
        case "lowerLetter": letters(number)
        case "upperLetter": letters(number).uppercased()
        case "lowerRoman": roman(number)
        case "upperRoman": roman(number).uppercased()
        default: String(number)
        }
    }

    /// a, b, …, z, aa, bb, … as Word counts letters, as the subparagraphs of a resolution do.
    private static func letters(_ number: Int) -> String {
        number > 0 ? TextPatterns.letterLabel(number - 1) : String(number)
    }

    private static func roman(_ number: Int) -> String {
        number > 0 && number < 4000 ? TextPatterns.roman(number) : String(number)
    }
}
