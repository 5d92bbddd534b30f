/// A rule that reports one kind of deviation the citation grammar reads (`CitedText`): it does
/// not scan text itself. Each deviation becomes a finding at its place, with its replacement
/// as the fix when the characters stand together in the file.
protocol DeviationRule: Rule {
    static var kind: Deviation.Kind { get }
    /// Whether a deviation in this unit is one the rule reports; all by default.
    func reports(_ deviation: Deviation, in unit: TextUnit, of document: LintDocument) -> Bool
}

extension DeviationRule {
    func reports(_ deviation: Deviation, in unit: TextUnit, of document: LintDocument) -> Bool { true }

    public func check(_ document: LintDocument) -> [Finding] {
        document.deviations(Self.kind).compactMap { unit, deviation in
            guard reports(deviation, in: unit, of: document) else { return nil }
            let fix = deviation.replacement.flatMap { replacement in
                unit.isContiguous(scalars: deviation.range)
                    ? Fix(range: unit.range(scalars: deviation.range), replacement: replacement) : nil
            }
            return finding(deviation.message, at: unit.range(scalars: deviation.range), fix: fix)
        }
    }
}
