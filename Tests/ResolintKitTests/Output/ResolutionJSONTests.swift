import Foundation
import ResolintKit
import Testing

/// `inspect --format json`: the keys the issue fixes, real values, valid JSON.
@Suite struct ResolutionJSONTests {
    let json: [String: Any]

    init() throws {
        let text = ResolutionJSON.encode(try Fixtures.resolution("corpus/A-RES-58-140.txt")).rendered()
        json = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    }

    @Test func topLevel() {
        for key in [
            "symbol", "number", "title", "organ", "preamble", "operative", "footnotes", "annexes", "adoption",
            "diagnostics",
        ] {
            #expect(json[key] != nil, "missing key \(key)")
        }
        #expect(json["symbol"] as? String == "A/RES/58/140")
        #expect(json["number"] as? String == "58/140")
        #expect(json["organ"] as? String == "General Assembly")
        let adoption = json["adoption"] as? [String: Any]
        #expect(adoption?["meeting"] as? String == "77th plenary meeting")
        #expect(adoption?["date"] as? String == "2003-12-22")
    }

    @Test func paragraphsAndReferences() throws {
        let preamble = try #require(json["preamble"] as? [[String: Any]])
        #expect(preamble.count == 22)
        let puebla = preamble[9]
        #expect(Set(puebla.keys).isSuperset(of: ["text", "range", "footnoteRefs"]))
        let ref = try #require((puebla["footnoteRefs"] as? [[String: Any]])?.first)
        #expect(ref["marker"] as? String == "1")
        #expect(ref["offset"] as? Int == (puebla["text"] as? String)?.unicodeScalars.count)
        let range = try #require(ref["range"] as? [String: [String: Int]])
        #expect(range["start"] == ["line": 59, "column": 78])
        #expect(range["end"] == ["line": 59, "column": 79])

        let operative = try #require(json["operative"] as? [[String: Any]])
        #expect(operative.count == 24)
        #expect(operative[0]["number"] as? String == "1")
        #expect(Set(operative[0].keys).isSuperset(of: ["number", "text", "range", "footnoteRefs", "subparagraphs"]))
        let notes = try #require(json["footnotes"] as? [[String: Any]])
        #expect(notes.map { $0["marker"] as? String } == ["1", "2", "3", "4"])
    }

    @Test func subparagraphsAndAnnexes() throws {
        let text = ResolutionJSON.encode(try Fixtures.resolution("corpus/A-RES-80-3.md")).rendered()
        let object = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        let annex = try #require((object["annexes"] as? [[String: Any]])?.first)
        #expect(Set(annex.keys).isSuperset(of: ["title", "range", "paragraphs"]))
        let paragraphs = try #require(annex["paragraphs"] as? [[String: Any]])
        let subs = try #require(paragraphs[11]["subparagraphs"] as? [[String: Any]])
        #expect(subs.map { $0["label"] as? String } == ["(a)", "(b)", "(c)", "(d)", "(e)"])
        let diagnostics = try #require(object["diagnostics"] as? [[String: Any]])
        #expect(diagnostics.allSatisfy { Set($0.keys).isSuperset(of: ["message", "severity", "range"]) })
    }

    @Test func escapingAndDeterminism() throws {
        let value = JSONValue.object([("text", .string("quote \" backslash \\ tab \t nul \u{0} line\u{2028}"))])
        let rendered = value.rendered(pretty: false)
        #expect(rendered == #"{"text":"quote \" backslash \\ tab \t nul \u0000 line\u2028"}"#)
        let resolution = try Fixtures.resolution("corpus/A-RES-80-5.md")
        #expect(ResolutionJSON.encode(resolution).rendered() == ResolutionJSON.encode(resolution).rendered())
    }
}
