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

extension Fixtures {
    /// The records of a JSON Lines file of `Fixtures/` (one JSON object a line), as `T`.
    static func jsonLines<T: Decodable>(_ relative: String, as type: T.Type = T.self) -> [T] {
        guard let text = try? String(contentsOfFile: path(relative), encoding: .utf8) else { return [] }
        return text.split(separator: "\n").compactMap { try? JSONDecoder().decode(T.self, from: Data($0.utf8)) }
    }

    /// The complete `pdftotext` extractions of successive years in `Fixtures/series` (copied
    /// from `../shared/corpus/series`).
    static var seriesFiles: [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: path("series"))) ?? []
        return names.filter { $0.hasSuffix(".txt") }.sorted().map { "series/\($0)" }
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

extension Fixtures {
    /// The project's bundled `Rules/` folder.
    static let rulesDirectory = root.deletingLastPathComponent().appendingPathComponent("Rules").path

    /// The standard rule set with the bundled rule data.
    static func ruleSet() throws -> RuleSet {
        RuleSet.standard(data: try RuleData.load(directories: [rulesDirectory]))
    }

    /// Lints a text held in memory with the given rules.
    static func lint(_ text: String, rules: [any Rule], path: String = "draft.txt") throws -> (LintDocument, [Finding])
    {
        let source = try SourceLoader().decode(Data(text.utf8), path: path)
        let document = LintDocument(resolution: ResolutionParser().parse(source), source: source)
        let linter = try Linter(ruleSet: RuleSet(rules: rules))
        return (document, linter.lint(document))
    }

    /// Lints a fixture file with the standard rules.
    static func lint(file relative: String) throws -> [Finding] {
        let source = try self.source(relative)
        let document = LintDocument(resolution: ResolutionParser().parse(source), source: source)
        return try Linter(ruleSet: ruleSet()).lint(document)
    }
}
