/// One change of words in a paragraph, as exact text: the old text's characters at `oldRange`
/// (Unicode-scalar offsets; empty for an insertion) become `replacement`, taken as written from
/// the new text. Applying every edit of a paragraph to its old text gives the new text's words.
public struct WordEdit: Hashable, Sendable {
    public let oldRange: Range<Int>
    public let replacement: String
}

extension Differ {
    /// The word edits that turn `old` into `new`, in order, from the same word diff as an
    /// amended paragraph's (citations and dates whole, typography no change).
    public static func wordEdits(_ old: String, _ new: String) -> [WordEdit] {
        let oldTokens = DiffTokenizer.tokenRanges(old)
        let newTokens = DiffTokenizer.tokenRanges(new)
        let operations = WordDiff.script(oldTokens.map(\.token.key), newTokens.map(\.token.key))
        let newScalars = Array(new.unicodeScalars)
        let oldScalars = Array(old.unicodeScalars)
        var edits: [WordEdit] = []
        var oldIndex = 0
        var newIndex = 0
        var pending: (oldFrom: Int, oldTo: Int, newFrom: Int, newTo: Int)?
        func flush() {
            guard let run = pending else { return }
            pending = nil
            var oldRange: Range<Int>
            if run.oldFrom < run.oldTo {
                oldRange = oldTokens[run.oldFrom].range.lowerBound..<oldTokens[run.oldTo - 1].range.upperBound
                // New text that starts with punctuation takes the space before the old words.
                let first = run.newFrom < run.newTo ? newScalars[newTokens[run.newFrom].range.lowerBound] : nil
                if let first, ",;:.!?)".unicodeScalars.contains(first) {
                    var start = oldRange.lowerBound
                    while start > 0, oldScalars[start - 1] == " " { start -= 1 }
                    oldRange = start..<oldRange.upperBound
                }
            } else {
                // An insertion: after the token before it, or at the start.
                let at = run.oldFrom > 0 ? oldTokens[run.oldFrom - 1].range.upperBound : 0
                oldRange = at..<at
            }
            var replacement = ""
            if run.newFrom < run.newTo {
                let range = newTokens[run.newFrom].range.lowerBound..<newTokens[run.newTo - 1].range.upperBound
                replacement = String(String.UnicodeScalarView(newScalars[range]))
                // Words that replace punctuation glued to the word before stand apart from it:
                // "resources, the" → "resources and during".
                if !oldRange.isEmpty, oldRange.lowerBound > 0,
                    !oldScalars[oldRange.lowerBound - 1].isWhitespaceScalar,
                    let first = replacement.unicodeScalars.first, !",;:.!?)".unicodeScalars.contains(first)
                {
                    replacement = " " + replacement
                }
                // An insertion takes its space with it: after a word, or before the next one.
                if oldRange.isEmpty {
                    let punctuation = replacement.first.map { ",;:.!?)".contains($0) } ?? false
                    replacement = oldRange.lowerBound == 0 ? replacement + " " : (punctuation ? "" : " ") + replacement
                }
            }
            edits.append(WordEdit(oldRange: oldRange, replacement: replacement))
        }
        for operation in operations {
            switch operation {
            case .equal:
                flush()
                oldIndex += 1
                newIndex += 1
            case .delete:
                if pending == nil { pending = (oldIndex, oldIndex, newIndex, newIndex) }
                oldIndex += 1
                pending?.oldTo = oldIndex
            case .insert:
                if pending == nil { pending = (oldIndex, oldIndex, newIndex, newIndex) }
                newIndex += 1
                pending?.newTo = newIndex
            }
        }
        flush()
        return edits
    }
}
