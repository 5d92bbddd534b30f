/// A regular expression of the rule set, in the syntax of Swift's `Regex` (Perl-like: classes,
/// groups, look-ahead and look-behind, `\b`), compiled once and shared across threads. The
/// engine is the toolchain's own, so the library needs no system package. Patterns work on
/// Unicode text: `\w`, `\b` and `[[:alpha:]]` know letters beyond ASCII, and a match starts and
/// ends between characters.
public struct TextPattern: @unchecked Sendable {
    public let source: String
    // A `Regex` is immutable once built and is matched from many threads; the standard
    // library does not mark it Sendable, hence the unchecked conformance.
    private let regex: Regex<AnyRegexOutput>

    /// Compiles `source`; a bad pattern throws the engine's message.
    public init(_ source: String) throws(PatternError) {
        self.source = source
        do {
            // Word boundaries as the Perl family has them (between \w and \W), which is what
            // rule authors write patterns for, and far cheaper than the default Unicode ones.
            regex = try Regex(source).wordBoundaryKind(.simple)
        } catch {
            throw PatternError(message: "\(error)")
        }
    }

    /// Every match in `text`, left to right, none overlapping; after an empty match the search
    /// resumes one character further on.
    public func matches(in text: String) -> [PatternMatch] {
        text.matches(of: regex).map { match in
            let groups = (1..<max(1, match.output.count)).map { match.output[$0].range }
            return PatternMatch(range: match.range, groups: groups)
        }
    }

    /// True when a repeated group itself holds a repeat (`(a+)+`, `(\\w*,)*`): the engine has no
    /// bound on its work, and such nested repeats can take time exponential in the text, so a
    /// data rule may not use them.
    public var nestsRepeats: Bool {
        var groupHasRepeat: [Bool] = []
        var lastClosedHadRepeat = false
        var inClass = false
        var escaped = false
        for character in source {
            if escaped {
                escaped = false
                lastClosedHadRepeat = false
                continue
            }
            switch character {
            case "\\": escaped = true
            case "[" where !inClass: inClass = true
            case "]" where inClass: inClass = false
            case _ where inClass: continue
            case "(":
                groupHasRepeat.append(false)
                lastClosedHadRepeat = false
            case ")":
                lastClosedHadRepeat = groupHasRepeat.popLast() ?? false
                if lastClosedHadRepeat, !groupHasRepeat.isEmpty { groupHasRepeat[groupHasRepeat.count - 1] = true }
                continue
            case "*", "+", "{":
                if lastClosedHadRepeat { return true }
                if !groupHasRepeat.isEmpty { groupHasRepeat[groupHasRepeat.count - 1] = true }
            default: break
            }
            lastClosedHadRepeat = false
        }
        return false
    }

    /// True when the pattern can match without consuming text at some place of `probes`
    /// (the empty string among them): such a pattern reports a finding at every character.
    public func matchesEmpty(in probes: [String]) -> Bool {
        ([""] + probes).contains { text in text.matches(of: regex).contains { $0.range.isEmpty } }
    }
}

/// A pattern that does not compile, with the engine's message.
public struct PatternError: Error, CustomStringConvertible, Sendable {
    public let message: String
    public var description: String { message }
}

/// One match: its range and the range of each numbered group (`nil` when the group took no
/// part in the match).
public struct PatternMatch: Sendable {
    public let range: Range<String.Index>
    public let groups: [Range<String.Index>?]

    /// The range of group `index`; group 0 is the whole match.
    public func group(_ index: Int) -> Range<String.Index>? {
        index == 0 ? range : index <= groups.count ? groups[index - 1] : nil
    }
}
