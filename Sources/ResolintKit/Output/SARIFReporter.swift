/// SARIF 2.1.0 (`--format sarif`), the format code-scanning services read. Columns are counted
/// in Unicode code points, as the run declares.
public struct SARIFReporter: LintReporter {
    public var toolVersion: String

    public init(toolVersion: String) {
        self.toolVersion = toolVersion
    }

    public func render(_ reports: [FileReport], rules: [any Rule]) -> String {
        let ids = rules.map(\.description.id)
        let descriptors: [JSONValue] = rules.map { rule in
            let description = rule.description
            return .object([
                ("id", .string(description.id)),
                ("shortDescription", .object([("text", .string(description.summary))])),
                ("fullDescription", .object([("text", .string(description.rationale))])),
                ("defaultConfiguration", .object([("level", .string(Self.level(description.severity)))])),
                ("properties", .object([("category", .string(description.category.rawValue))])),
            ])
        }
        var results: [JSONValue] = []
        var notifications: [JSONValue] = []
        for report in reports {
            if let failure = report.failure {
                notifications.append(
                    .object([
                        ("level", .string("error")), ("message", .object([("text", .string(failure))])),
                        ("locations", .array([.object([("physicalLocation", Self.artifact(report.path, nil))])])),
                    ]))
            }
            for finding in report.findings {
                var pairs: [(String, JSONValue)] = [("ruleId", .string(finding.ruleID))]
                if let index = ids.firstIndex(of: finding.ruleID) { pairs.append(("ruleIndex", .int(index))) }
                pairs += [
                    ("level", .string(Self.level(finding.severity))),
                    ("message", .object([("text", .string(finding.message))])),
                    ("locations", .array([.object([("physicalLocation", Self.artifact(report.path, finding.range))])])),
                ]
                if let fix = finding.fix {
                    let replacement: JSONValue = .object([
                        ("deletedRegion", Self.region(fix.range)),
                        ("insertedContent", .object([("text", .string(fix.replacement))])),
                    ])
                    pairs.append(
                        (
                            "fixes",
                            .array([
                                .object([
                                    (
                                        "description",
                                        .object([("text", .string("replace with \"\(fix.replacement)\""))])
                                    ),
                                    (
                                        "artifactChanges",
                                        .array([
                                            .object([
                                                (
                                                    "artifactLocation",
                                                    .object([("uri", .string(Self.uri(report.path)))])
                                                ),
                                                ("replacements", .array([replacement])),
                                            ])
                                        ])
                                    ),
                                ])
                            ])
                        ))
                }
                results.append(.object(pairs))
            }
        }
        var invocation: [(String, JSONValue)] = [("executionSuccessful", .bool(notifications.isEmpty))]
        if !notifications.isEmpty { invocation.append(("toolExecutionNotifications", .array(notifications))) }
        let run: JSONValue = .object([
            (
                "tool",
                .object([
                    (
                        "driver",
                        .object([
                            ("name", .string("resolint")),
                            ("version", .string(toolVersion)),
                            ("rules", .array(descriptors)),
                        ])
                    )
                ])
            ),
            ("columnKind", .string("unicodeCodePoints")),
            ("invocations", .array([.object(invocation)])),
            ("results", .array(results)),
        ])
        return JSONValue.object([
            ("$schema", .string("https://json.schemastore.org/sarif-2.1.0.json")),
            ("version", .string("2.1.0")),
            ("runs", .array([run])),
        ]).rendered() + "\n"
    }

    static func level(_ severity: Severity) -> String {
        switch severity {
        case .error: "error"
        case .warning: "warning"
        case .info: "note"
        }
    }

    static func uri(_ path: String) -> String {
        let allowed = Set("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~/")
        return path.utf8.map { byte in
            let character = Character(Unicode.Scalar(byte))
            return byte < 128 && allowed.contains(character)
                ? String(character) : "%" + (byte < 16 ? "0" : "") + String(byte, radix: 16, uppercase: true)
        }.joined()
    }

    static func region(_ range: SourceRange) -> JSONValue {
        .object([
            ("startLine", .int(range.start.line)), ("startColumn", .int(range.start.column)),
            ("endLine", .int(range.end.line)), ("endColumn", .int(range.end.column)),
        ])
    }

    static func artifact(_ path: String, _ range: SourceRange?) -> JSONValue {
        var pairs: [(String, JSONValue)] = [("artifactLocation", .object([("uri", .string(uri(path)))]))]
        if let range { pairs.append(("region", region(range))) }
        return .object(pairs)
    }
}
