#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif

/// Today's findings recorded (`lint --write-baseline FILE`), so that a later run reports only
/// the new ones (`--baseline FILE`). A finding is keyed by its file and its fingerprint — rule,
/// own words and the words around them — not its line, so it survives edits elsewhere.
public struct LintBaseline: Sendable, Codable {
    public struct Entry: Sendable, Codable, Hashable {
        public let path: String
        public let rule: String
        public let fingerprint: String
        public let message: String
    }

    public var version = 1
    public var findings: [Entry]

    /// The baseline of these reports: every finding, in report order.
    public init(_ reports: [FileReport]) {
        findings = reports.flatMap { report in
            (report.findings + (report.unchanged ?? [])).map {
                Entry(
                    path: report.path, rule: $0.ruleID, fingerprint: $0.fingerprint(in: report.source),
                    message: $0.message)
            }
        }
    }

    /// The baseline file's JSON, keys sorted, one entry a line.
    public func encoded() -> [UInt8] {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
        return [UInt8]((try? encoder.encode(self)) ?? Data()) + [0x0A]
    }

    public static func decode(_ bytes: [UInt8], path: String) throws(ConfigurationError) -> LintBaseline {
        do {
            return try JSONDecoder().decode(LintBaseline.self, from: Data(bytes))
        } catch {
            throw ConfigurationError(path: path, line: nil, message: "not a resolint baseline (\(error))")
        }
    }

    /// The keys of the findings recorded: file and fingerprint.
    public var keys: Set<String> { Set(findings.map { Self.key(path: $0.path, fingerprint: $0.fingerprint) }) }

    static func key(path: String, fingerprint: String) -> String { "\(path)\u{1}\(fingerprint)" }
}
