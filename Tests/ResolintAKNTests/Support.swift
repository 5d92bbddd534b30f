import Foundation
import ResolintAKN
import ResolintKit

/// Fixtures and the Akoma Ntoso schema for the export tests.
enum AKNFixtures {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()
    static let fixtures = root.appendingPathComponent("Fixtures")

    static var corpusFiles: [String] {
        let names =
            (try? FileManager.default.contentsOfDirectory(atPath: fixtures.appendingPathComponent("corpus").path)) ?? []
        return names.filter { $0.hasPrefix("A-RES-") }.sorted()
    }

    static func resolution(_ name: String) throws -> Resolution {
        try DocumentReader().read(path: fixtures.appendingPathComponent("corpus/\(name)").path)
    }

    /// `$AKN_SCHEMA`, `../shared/akn/akomantoso30.xsd` beside the checkout, or the copy
    /// `Scripts/fetch-schemas` puts in `.cache/akn` where `../shared` is absent.
    static let schemaPath: String? = {
        if let variable = ProcessInfo.processInfo.environment["AKN_SCHEMA"], !variable.isEmpty { return variable }
        let shared = root.deletingLastPathComponent().appendingPathComponent("shared/akn/akomantoso30.xsd").path
        if FileManager.default.fileExists(atPath: shared) { return shared }
        let cache = root.appendingPathComponent(".cache/akn/akomantoso30.xsd").path
        return FileManager.default.fileExists(atPath: cache) ? cache : nil
    }()

    static let validator: SchemaValidator? = schemaPath.flatMap { try? SchemaValidator(schemaPath: $0) }
}
