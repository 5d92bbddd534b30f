/// Shared pieces of the rules that read paragraph text.
enum TextRuleSupport {
    /// A fix replacing `bounds` of the unit's text, when the characters stand together in the file.
    static func fix(_ unit: TextUnit, _ bounds: Range<String.Index>, _ replacement: String) -> Fix? {
        unit.isContiguous(bounds) ? Fix(range: unit.range(bounds), replacement: replacement) : nil
    }
}
