/// SARIF 2.1.0 (`--format sarif`), the format code-scanning services read, in the shape GitHub
/// code scanning ingests: a relative path is a `uri` against the `%SRCROOT%` base (the working
/// folder, in `originalUriBaseIds`), an absolute one a `file:` URI; each rule carries its whole
/// explanation (`resolint rules ID`) as `help`, in text and Markdown, and `helpUri`, the address
/// of its page (`docs/rules/ID.md`) when the run knows one; each result a `partialFingerprints` entry that
/// keys it by rule, the words it is about and the words around them, so that it stays the same
/// finding when text elsewhere moves. Columns are counted in Unicode code points.
public struct SARIFReporter: LintReporter {
    public var toolVersion: String
    /// The folder relative paths are resolved against (the working folder of the run).
    public var sourceRoot: String?
    /// Each documented rule's page, by rule id: an absolute URI.
    public var helpURIs: [String: String]

    public init(toolVersion: String, sourceRoot: String? = nil, helpURIs: [String: String] = [:]) {
        self.toolVersion = toolVersion
        self.sourceRoot = sourceRoot
        self.helpURIs = helpURIs
    }

    public func render(_ reports: [FileReport], rules: [any Rule], into output: (String) -> Void) {
        output(document(reports, rules: rules))
    }

    private func document(_ reports: [FileReport], rules: [any Rule]) -> String {
        let ids = rules.map(\.description.id)
        let descriptors: [JSONValue] = rules.map { rule in
            let description = rule.description
            var pairs: [(String, JSONValue)] = [
                ("id", .string(description.id)),
                ("shortDescription", .object([("text", .string(description.summary))])),
                ("fullDescription", .object([("text", .string(description.rationale))])),
                (
                    "help",
                    .object([
                        ("text", .string(RuleExplanation.render(description))),
                        ("markdown", .string(RuleExplanation.markdown(description))),
                    ])
                ),
            ]
            if let uri = helpURIs[description.id] { pairs.append(("helpUri", .string(uri))) }
            pairs += [
                ("defaultConfiguration", .object([("level", .string(Self.level(description.severity)))])),
                ("properties", .object([("category", .string(description.category.rawValue))])),
            ]
            return .object(pairs)
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
            let states =
                report.findings.map { ($0, report.unchanged == nil ? nil : "new") }
                + (report.unchanged ?? []).map { ($0, "unchanged") }
            for (finding, state) in states.sorted(by: {
                ($0.0.range.start, $0.0.ruleID) < ($1.0.range.start, $1.0.ruleID)
            }) {
                var pairs: [(String, JSONValue)] = [("ruleId", .string(finding.ruleID))]
                if let state { pairs.append(("baselineState", .string(state))) }
                if let index = ids.firstIndex(of: finding.ruleID) { pairs.append(("ruleIndex", .int(index))) }
                pairs += [
                    ("level", .string(Self.level(finding.severity))),
                    ("message", .object([("text", .string(finding.message))])),
                    ("locations", .array([.object([("physicalLocation", Self.artifact(report.path, finding.range))])])),
                    (
                        "partialFingerprints",
                        .object([("resolintFinding/v1", .string(Self.fingerprint(finding, in: report.source)))])
                    ),
                ]
                if let fix = finding.fix {
                    let replacements: [JSONValue] = fix.edits.map { edit in
                        .object([
                            ("deletedRegion", Self.region(edit.range)),
                            ("insertedContent", .object([("text", .string(edit.replacement))])),
                        ])
                    }
                    pairs.append(
                        (
                            "fixes",
                            .array([
                                .object([
                                    (
                                        "description",
                                        .object([
                                            (
                                                "text",
                                                .string(
                                                    fix.edits.count == 1
                                                        ? "replace with \"\(fix.replacement)\""
                                                        : "\(fix.edits.count) replacements, made together")
                                            )
                                        ])
                                    ),
                                    (
                                        "artifactChanges",
                                        .array([
                                            .object([
                                                (
                                                    "artifactLocation", Self.location(report.path)
                                                ),
                                                ("replacements", .array(replacements)),
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
            (
                "originalUriBaseIds",
                .object([("%SRCROOT%", .object([("uri", .string(Self.fileURI(directory: sourceRoot ?? "/")))]))])
            ),
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

    /// A file as SARIF locates it: `file:` for an absolute path, else relative to `%SRCROOT%`.
    static func location(_ path: String) -> JSONValue {
        if path.hasPrefix("/") { return .object([("uri", .string("file://" + uri(path)))]) }
        let relative = path.hasPrefix("./") ? String(path.dropFirst(2)) : path
        return .object([("uri", .string(uri(relative))), ("uriBaseId", .string("%SRCROOT%"))])
    }

    /// `file:///folder/` for a folder, with its final slash, as a base URI must end.
    static func fileURI(directory: String) -> String {
        "file://" + uri(directory.hasSuffix("/") ? directory : directory + "/")
    }

    /// Rule, the finding's own words and the words of its line around them, hashed (FNV-1a, 64
    /// bits): unchanged by edits to other lines, or by the line moving in the file.
    static func fingerprint(_ finding: Finding, in source: SourceText?) -> String {
        finding.fingerprint(in: source)
    }

    static func artifact(_ path: String, _ range: SourceRange?) -> JSONValue {
        var pairs: [(String, JSONValue)] = [("artifactLocation", location(path))]
        if let range { pairs.append(("region", region(range))) }
        return .object(pairs)
    }
}
