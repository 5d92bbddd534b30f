import Foundation
import ResolintAKN
import ResolintKit
import Testing

/// `resolint diff --format akn`: the new text with `<ins>`/`<del>` and the changes under
/// `analysis`, valid against the schema.
@Suite(.enabled(if: AKNFixtures.validator != nil, "needs the schema: run Scripts/fetch-schemas"))
struct DiffExportTests {
    @Test func redlineAsAkomaNtoso() throws {
        let old = try AKNFixtures.resolution("A-RES-58-140.txt")
        let text = try String(
            contentsOf: AKNFixtures.fixtures.appendingPathComponent("drafts/A-RES-58-140-typed.txt"), encoding: .utf8)
        var blocks = text.components(separatedBy: "\n\n")
        blocks[47] = blocks[47].replacingOccurrences(
            of: "Secretary-General to submit", with: "Secretary-General also to submit")
        blocks.remove(at: 30)  // operative 7
        let edited = blocks.enumerated().map { index, block in
            // Renumber operative 8–24 as 7–23.
            guard index >= 30, index <= 46, let dot = block.firstIndex(of: "."), let number = Int(block[..<dot]) else {
                return block
            }
            return "\(number - 1)" + block[dot...]
        }.joined(separator: "\n\n")
        let new = try DocumentReader().read(data: Data(edited.utf8), path: "new.txt")
        let diff = Differ().diff(old: old, new: new)
        let xml = AKNDiffWriter().write(diff)
        #expect(try #require(AKNFixtures.validator).validate(xml: xml, path: "diff.xml") == [])
        #expect(xml.contains(#"<ins eId="para_23__ins_1">also</ins>"#))
        #expect(xml.contains(#"<paragraph eId="para_del_1" status="removed">"#))
        #expect(xml.contains("<del eId=\"para_del_1__del_1\">Supports the high priority"))
        #expect(xml.contains(#"<textualMod type="repeal" eId="tmod_1">"#))
        #expect(xml.contains(##"<destination href="#para_del_1"/>"##))
        #expect(xml.contains(#"<textualMod type="substitution""#))
        #expect(xml.components(separatedBy: #"type="renumbering""#).count - 1 == 17)
    }
}
