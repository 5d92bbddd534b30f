import Foundation
import ResolintKit
import Testing

/// The tree printout of real texts, compared byte for byte with the files in `Fixtures/golden`.
/// After a deliberate change, rewrite them with `RESOLINT_UPDATE_GOLDEN=1 swift test` and read
/// the diff before committing.
@Suite struct TreePrinterTests {
    @Test(arguments: ["A-RES-58-140.txt", "A-RES-80-3.md"])
    func matchesGolden(file: String) throws {
        let tree = TreePrinter.render(try Fixtures.resolution("corpus/\(file)"))
        let golden = Fixtures.path("golden/\(file).tree")
        if ProcessInfo.processInfo.environment["RESOLINT_UPDATE_GOLDEN"] == "1" {
            try tree.write(toFile: golden, atomically: true, encoding: .utf8)
        }
        let expected = try String(contentsOfFile: golden, encoding: .utf8)
        #expect(tree == expected)
    }

    @Test func excerptsCutLongTextByCharacters() {
        let long = String(repeating: "é", count: 70)
        #expect(TreePrinter.excerpt(long) == String(repeating: "é", count: 60) + "…")
        #expect(TreePrinter.excerpt("short") == "short")
    }
}
