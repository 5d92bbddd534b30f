import Foundation
import ResolintKit

/// The project's `Fixtures/` folder and helpers to read the texts in it.
enum Fixtures {
    static let root = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Fixtures")

    static func path(_ relative: String) -> String {
        root.appendingPathComponent(relative).path
    }

    static func source(_ relative: String) throws -> SourceText {
        try SourceLoader().load(path: path(relative))
    }

    static func resolution(_ relative: String) throws -> Resolution {
        ResolutionParser().parse(try source(relative))
    }

    /// Every resolution text of the corpus copied from `../shared/corpus/un-ga`.
    static var corpusFiles: [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: path("corpus"))) ?? []
        return names.filter { $0.hasPrefix("A-RES-") }.sorted().map { "corpus/\($0)" }
    }
}

extension Paragraph {
    /// This paragraph and its subparagraphs, depth first.
    var flattened: [Paragraph] { [self] + subparagraphs.flatMap(\.flattened) }
}

extension Resolution {
    /// Every paragraph and subparagraph of the resolution and its annexes, in reading order.
    var allParagraphs: [Paragraph] {
        (preamble + operative + annexes.flatMap(\.paragraphs)).flatMap(\.flattened)
    }
}
