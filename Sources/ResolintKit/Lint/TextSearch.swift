/// Fast literal search for rules that look for known names: no regular expression, whole words
/// only, optionally ignoring ASCII case and the kind of hyphen.
enum TextSearch {
    /// The scalar with ASCII case and hyphens folded: "A" → "a", U+2011 → "-".
    static func fold(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
        if ("A"..."Z").contains(scalar) { return Unicode.Scalar(scalar.value + 32) ?? scalar }
        if scalar == "\u{2010}" || scalar == "\u{2011}" { return "-" }
        return scalar
    }

    /// A text prepared once for many searches.
    struct Haystack {
        let text: String
        let scalars: [Unicode.Scalar]
        let folded: [Unicode.Scalar]

        init(_ text: String) {
            self.text = text
            scalars = Array(text.unicodeScalars)
            folded = scalars.map(TextSearch.fold)
        }
    }

    /// The ranges of whole-word occurrences of `needle` in `text`.
    static func occurrences(of needle: String, in text: String, folding: Bool) -> [Range<String.Index>] {
        occurrences(of: needle, in: Haystack(text), folding: folding)
    }

    /// The ranges of whole-word occurrences of `needle` in a prepared text.
    static func occurrences(of needle: String, in prepared: Haystack, folding: Bool) -> [Range<String.Index>] {
        let text = prepared.text
        let haystack = prepared.scalars
        let pattern = Array(needle.unicodeScalars)
        guard !pattern.isEmpty, pattern.count <= haystack.count else { return [] }
        let folded = folding ? prepared.folded : haystack
        let target = folding ? pattern.map(fold) : pattern
        var offsets: [Int] = []
        var start = 0
        let first = target[0]
        while start + target.count <= folded.count {
            guard let found = folded[start...].firstIndex(of: first), found + target.count <= folded.count else {
                break
            }
            if folded[found..<(found + target.count)].elementsEqual(target),
                found == 0 || !isWordScalar(haystack[found - 1]) || !isWordScalar(pattern[0]),
                found + target.count == haystack.count || !isWordScalar(haystack[found + target.count])
                    || !isWordScalar(pattern[pattern.count - 1])
            {
                offsets.append(found)
                start = found + target.count
            } else {
                start = found + 1
            }
        }
        let scalars = text.unicodeScalars
        return offsets.map { offset in
            let lower = scalars.index(scalars.startIndex, offsetBy: offset)
            return lower..<scalars.index(lower, offsetBy: pattern.count)
        }
    }

    static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
        scalar.properties.isAlphabetic || ("0"..."9").contains(scalar)
    }
}
