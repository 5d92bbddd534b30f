import ResolintKit
import Testing

@Suite struct YAMLReaderTests {
    @Test func mappingsSequencesAndScalars() throws {
        let node = try YAMLReader.parse(
            """
            # settings
            version: 1
            rules:
              operative-opener:
                enabled: false   # off for this folder
              preamble-ending: warning
            rule-directories:
              - house rules
              - "quoted: path"
            words: [Recalling, 'Bearing in mind', "Aware"]
            long: [
              a, b,
              c
            ]
            text: |
              first line
              second line
            """)
        #expect(node["version"]?.string == "1")
        #expect(node["rules"]?["operative-opener"]?["enabled"]?.string == "false")
        #expect(node["rules"]?["operative-opener"]?["enabled"]?.line == 5)
        #expect(node["rules"]?["preamble-ending"]?.string == "warning")
        #expect(node["rule-directories"]?.items?.compactMap(\.string) == ["house rules", "quoted: path"])
        #expect(node["words"]?.items?.compactMap(\.string) == ["Recalling", "Bearing in mind", "Aware"])
        #expect(node["long"]?.items?.compactMap(\.string) == ["a", "b", "c"])
        #expect(node["text"]?.string == "first line\nsecond line")
    }

    @Test func sequenceOfMappings() throws {
        let node = try YAMLReader.parse("items:\n  - name: A\n    variants: [x]\n  - name: B\n")
        #expect(node["items"]?.items?.compactMap { $0["name"]?.string } == ["A", "B"])
        #expect(node["items"]?.items?.first?["variants"]?.items?.count == 1)
    }

    struct Refusal: Sendable, CustomTestStringConvertible {
        let text: String
        let line: Int
        var testDescription: String { text.replacingOccurrences(of: "\n", with: "⏎") }
    }

    /// Real YAML, as Yams reads it: anchors, aliases and flow mappings are YAML too.
    @Test func realYAML() throws {
        let node = try YAMLReader.parse("base: &words [Recalling, Noting]\nsame: *words\nflow: {b: 1}\n")
        #expect(node["same"]?.items?.compactMap(\.string) == ["Recalling", "Noting"])
        #expect(node["flow"]?["b"]?.string == "1")
        #expect(node["flow"]?.line == 3)
    }

    /// What is not YAML is refused with the line where the parser stopped.
    @Test(arguments: [
        Refusal(text: "a: 1\n\tb: 2\n", line: 2),
        Refusal(text: "a: 1\na: 2\n", line: 2),
        Refusal(text: "a: \"open\n", line: 2),
        Refusal(text: "a:\n  b: 1\n    c: 2\n", line: 3),
        Refusal(text: "a: [1, 2\n", line: 2),
    ])
    func refusesWithTheLine(_ refusal: Refusal) {
        #expect(throws: YAMLReader.Failure.self) { try YAMLReader.parse(refusal.text) }
        do {
            _ = try YAMLReader.parse(refusal.text)
        } catch {
            #expect(error.line == refusal.line)
        }
    }
}
