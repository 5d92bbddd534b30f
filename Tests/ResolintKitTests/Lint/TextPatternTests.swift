import Testing

@testable import ResolintKit

/// The pattern engine that the citation rules and the data rules of `Rules/*.yml` share.
struct TextPatternTests {
    @Test func matchesAndGroupsAreRangesOfTheText() throws {
        let pattern = try TextPattern(#"resolutions? ([0-9]{1,2})/([0-9]{1,3})( [A-Z])?"#)
        let text = "Recalling its résolution, resolution 57/173 and resolution 31/16 A,"
        let found = pattern.matches(in: text)
        #expect(found.map { String(text[$0.range]) } == ["resolution 57/173", "resolution 31/16 A"])
        #expect(found.map { $0.group(1).map { String(text[$0]) } } == ["57", "31"])
        #expect(found[0].group(3) == nil, "a group that took no part has no range")
        #expect(found[1].group(3).map { String(text[$0]) } == " A")
    }

    @Test func wordBoundariesKnowLettersBeyondASCII() throws {
        // "é" is a letter, so "SC" inside "ÉSC" is no word.
        let pattern = try TextPattern(#"\bSC\b"#)
        #expect(pattern.matches(in: "ÉSC resolution").isEmpty)
        #expect(pattern.matches(in: "« SC » resolution").count == 1)
    }

    @Test func anchoredPatternMatchesOnlyAtTheStart() throws {
        let pattern = try TextPattern("^[•–-] ")
        #expect(pattern.matches(in: "– item - and - more").count == 1)
        #expect(pattern.matches(in: "item – more").isEmpty)
    }

    @Test func emptyMatchesStepOverWholeCharacters() throws {
        let text = "a é 🇺🇳 z"
        let found = try TextPattern("x?").matches(in: text)
        // One empty match before each character (the flag is one) and one at the end; never
        // inside a character.
        #expect(found.count == text.count + 1)
        #expect(
            found.allSatisfy {
                $0.range.isEmpty && $0.range.lowerBound == text.index($0.range.lowerBound, offsetBy: 0)
                    && text.indices.contains($0.range.lowerBound) || $0.range.lowerBound == text.endIndex
            })
    }

    @Test func badPatternIsRefusedWithTheEnginesMessage() {
        #expect(throws: PatternError.self) { try TextPattern("resolution (57") }
        #expect(throws: PatternError.self) { try TextPattern("ab[c") }
    }

    @Test func patternsThatMatchNothingAreRecognised() throws {
        #expect(try TextPattern("x*").matchesEmpty(in: []))
        #expect(try TextPattern(#"(?=resolution)"#).matchesEmpty(in: ["its resolution"]))
        #expect(try !TextPattern(#"\bU\.?N\.?(?=[ ,;:])"#).matchesEmpty(in: ["the U.N. and", "a"]))
    }

    @Test func nestedRepeatsAreRecognised() throws {
        #expect(try TextPattern("(a+)+").nestsRepeats)
        #expect(try TextPattern(#"(\w*,)*x"#).nestsRepeats)
        #expect(try TextPattern("((ab)*c)+").nestsRepeats)
        #expect(try !TextPattern(#"\bU\.?N\.?(?=[ ,;:])"#).nestsRepeats)
        #expect(try !TextPattern("(ab)+ [(+)]+").nestsRepeats)
        #expect(try !TextPattern(#"\(a+\)+"#).nestsRepeats)
        #expect(try !TextPattern("^[•▪●◦‣–-] ").nestsRepeats)
    }
}
