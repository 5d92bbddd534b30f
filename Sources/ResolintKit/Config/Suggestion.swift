/// "Did you mean …?": the known name nearest a mistyped one (`lnt` → `lint`, `--fromat` →
/// `--format`, `paragraph-opner` → `paragraph-opener`), by edit distance, when it is near enough
/// to be a slip (at most a third of the name's length, and at least one edit allowed).
public enum Suggestion {
    public static func closest(to word: String, among candidates: [String]) -> String? {
        let limit = max(1, word.count / 3)
        var best: (name: String, distance: Int)?
        for candidate in candidates {
            let distance = editDistance(word.lowercased(), candidate.lowercased())
            if distance <= limit, distance < (best?.distance ?? Int.max) { best = (candidate, distance) }
        }
        return best?.name
    }

    /// "; did you mean \"lint\"?", or nothing when no name is near.
    public static func hint(for word: String, among candidates: [String], quoted: Bool = true) -> String {
        guard let name = closest(to: word, among: candidates) else { return "" }
        return quoted ? "; did you mean \"\(name)\"?" : "; did you mean \(name)?"
    }

    /// Levenshtein distance with an adjacent swap counting as one edit (Damerau, optimal string
    /// alignment).
    static func editDistance(_ a: String, _ b: String) -> Int {
        let a = Array(a)
        let b = Array(b)
        guard !a.isEmpty else { return b.count }
        guard !b.isEmpty else { return a.count }
        var previousPrevious = [Int](repeating: 0, count: b.count + 1)
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
                    current[j] = min(current[j], previousPrevious[j - 2] + 1)
                }
            }
            (previousPrevious, previous, current) = (previous, current, previousPrevious)
        }
        return previous[b.count]
    }
}
