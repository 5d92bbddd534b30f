/// Fast literal search for rules that look for known names: no regular expression, whole words
/// only, the kinds of hyphen and space folded as a reader sees them, and optionally ASCII case.
enum TextSearch {
    /// The scalar as a reader sees it: U+2010, U+2011 and U+2012 are "-", the no-break and thin
    /// spaces " ".
    static func readerFold(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
        switch scalar.value {
        case 0x2010, 0x2011, 0x2012: "-"
        case 0xA0, 0x202F, 0x2009, 0x2007: " "
        default: scalar
        }
    }

    /// The scalar with ASCII case folded too: "A" → "a".
    static func fold(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
        if ("A"..."Z").contains(scalar) { return Unicode.Scalar(scalar.value + 32) ?? scalar }
        return readerFold(scalar)
    }

    /// A text prepared once for many searches.
    struct Haystack {
        let text: String
        let scalars: [Unicode.Scalar]
        let folded: [Unicode.Scalar]
        let readerFolded: [Unicode.Scalar]

        init(_ text: String) {
            self.text = text
            scalars = Array(text.unicodeScalars)
            folded = scalars.map(TextSearch.fold)
            readerFolded = scalars.map(TextSearch.readerFold)
        }
    }

    /// The ranges of whole-word occurrences of `needle` in `text`.
    static func occurrences(of needle: String, in text: String, folding: Bool) -> [Range<String.Index>] {
        occurrences(of: needle, in: Haystack(text), folding: folding)
    }

    /// The ranges of whole-word occurrences of `needle` in a prepared text; `folding` ignores
    /// ASCII case as well as the kinds of hyphen and space.
    static func occurrences(of needle: String, in prepared: Haystack, folding: Bool) -> [Range<String.Index>] {
        let text = prepared.text
        let scalars = text.unicodeScalars
        return offsets(of: needle, in: prepared, folding: folding).map { range in
            let lower = scalars.index(scalars.startIndex, offsetBy: range.lowerBound)
            return lower..<scalars.index(lower, offsetBy: range.count)
        }
    }

    /// The same occurrences as Unicode-scalar offsets.
    static func offsets(of needle: String, in prepared: Haystack, folding: Bool) -> [Range<Int>] {
        let haystack = prepared.scalars
        let pattern = Array(needle.unicodeScalars)
        guard !pattern.isEmpty, pattern.count <= haystack.count else { return [] }
        let folded = folding ? prepared.folded : prepared.readerFolded
        let target = pattern.map(folding ? fold : readerFold)
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
        return offsets.map { $0..<($0 + pattern.count) }
    }

    static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
        scalar.properties.isAlphabetic || ("0"..."9").contains(scalar)
    }
}
