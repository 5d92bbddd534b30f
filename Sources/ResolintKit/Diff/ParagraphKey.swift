/// A paragraph's words as the first alignment pass compares them: their keys, or, for the
/// technical key, with numbers, dates, years and session ordinals counted only by their kind, so
/// that an annual rollover leaves it unchanged. It shares the paragraph's tokens instead of
/// joining them into another string.
struct ParagraphKey: Hashable {
    let tokens: [DiffToken]
    let technical: Bool

    private func isTechnical(_ token: DiffToken) -> Bool {
        guard technical else { return false }
        switch token.kind {
        case .resolutionNumber, .date, .year, .sessionOrdinal, .number: return true
        case .word, .punctuation: return false
        }
    }

    func hash(into hasher: inout Hasher) {
        hasher.combine(tokens.count)
        for token in tokens {
            if isTechnical(token) { hasher.combine(token.kind.rawValue) } else { hasher.combine(token.key) }
        }
    }

    static func == (left: ParagraphKey, right: ParagraphKey) -> Bool {
        guard left.technical == right.technical, left.tokens.count == right.tokens.count else { return false }
        return zip(left.tokens, right.tokens).allSatisfy { a, b in
            let technical = left.isTechnical(a)
            guard technical == left.isTechnical(b) else { return false }
            return technical ? a.kind == b.kind : a.key == b.key
        }
    }
}
