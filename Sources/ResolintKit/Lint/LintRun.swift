#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif

/// One `resolint lint` run: finds the files, their configuration and rules, lints them in
/// parallel, applies certain fixes when asked, and returns one report per file in path order,
/// whatever the order the files were given in and the number of cores.
public struct LintRun: Sendable {
    /// The bundled `Rules/` folder.
    public var rulesDirectory: String?
    /// `--config`: one configuration for every file instead of the nearest `.resolint.yml`.
    public var configurationPath: String?
    public var reader = DocumentReader()
    /// Apply certain fixes in place (atomically), until none is left.
    public var fix = false
    /// `--against BASE`: the base text the drafts were made from; only the findings in what a
    /// draft added or amended are reported as its own.
    public var base: (resolution: Resolution, source: SourceText)?
    /// `--baseline FILE`: the keys of the findings recorded there; those are not reported again.
    public var baseline: Set<String>?

    /// File endings read when a folder is given.
    public static let extensions = ["txt", "md", "markdown", "xml", "akn", "docx"]

    public init(rulesDirectory: String?) {
        self.rulesDirectory = rulesDirectory
    }

    public func run(paths: [String]) throws(ConfigurationError) -> [FileReport] {
        let files = Self.expand(paths)
        var linters: [String: Linter] = [:]
        var assigned: [Linter] = []
        for file in files {
            let configPath =
                configurationPath
                ?? (file == "-"
                    ? Configuration.find(from: FileManager.default.currentDirectoryPath)
                    : Configuration.find(from: URL(fileURLWithPath: file).deletingLastPathComponent().path))
            let key = configPath ?? ""
            if let linter = linters[key] {
                assigned.append(linter)
                continue
            }
            let configuration =
                try configPath.map { path throws(ConfigurationError) in try Configuration.load(path: path) }
                ?? Configuration()
            let data = try RuleData.load(
                directories: (rulesDirectory.map { [$0] } ?? []) + configuration.ruleDirectories)
            let linter = try Linter(ruleSet: .standard(data: data), configuration: configuration)
            linters[key] = linter
            assigned.append(linter)
        }
        return Array(zip(files, assigned)).parallelMap { file, linter in lint(file, with: linter) }
    }

    /// Lints one file, fixing it first when asked.
    public func lint(_ path: String, with linter: Linter) -> FileReport {
        do {
            var (resolution, source) = try reader.document(path: path)
            var findings = linter.lint(LintDocument(resolution: resolution, source: source))
            if fix, path != "-", !source.isWritable, findings.contains(where: { $0.fix != nil }) {
                return FileReport(
                    path: path, findings: findings, source: source,
                    failure: "\(path): --fix does not write Word documents; the findings are listed without fixes")
            }
            var applied: [AppliedFix] = []
            if fix, path != "-", source.isWritable {
                for _ in 0..<5 {
                    let fixes = findings.compactMap(\.fix)
                    guard !fixes.isEmpty else { break }
                    for finding in findings {
                        guard let change = finding.fix else { continue }
                        for edit in change.edits {
                            applied.append(
                                AppliedFix(
                                    ruleID: finding.ruleID, range: edit.range, before: source.slice(edit.range),
                                    after: edit.replacement))
                        }
                    }
                    let text = source.applying(fixes)
                    do {
                        try FileSystem.writeAtomically([UInt8](source.encoded(text)), to: path)
                    } catch {
                        return FileReport(
                            path: path, findings: findings, source: source,
                            failure: "\(path): cannot write the fixed file: \(error.reason)")
                    }
                    (resolution, source) = try reader.document(
                        from: reader.loader.decode(source.encoded(text), path: path))
                    findings = linter.lint(LintDocument(resolution: resolution, source: source))
                }
            }
            var report = FileReport(path: path == "-" ? "<stdin>" : path, findings: findings, source: source)
            report.applied = applied
            if let base {
                let changes = DraftChanges(
                    base: base.resolution,
                    baseFindings: linter.lint(LintDocument(resolution: base.resolution, source: base.source)),
                    draft: resolution)
                report.findings = findings.filter(changes.isNew)
                report.unchanged = findings.filter { !changes.isNew($0) }
            }
            if let baseline {
                let recorded = { (finding: Finding) in
                    baseline.contains(LintBaseline.key(path: report.path, fingerprint: finding.fingerprint(in: source)))
                }
                report.unchanged = (report.unchanged ?? []) + report.findings.filter(recorded)
                report.findings = report.findings.filter { !recorded($0) }
            }
            return report
        } catch {
            return FileReport(
                path: path == "-" ? "<stdin>" : path, findings: [], source: nil, failure: error.description)
        }
    }

    /// The files named and the resolution texts in the folders named, each once, in path order
    /// (standard input, "-", first).
    public static func expand(_ paths: [String]) -> [String] { walk(paths).files }

    /// A file in a folder named that is not read, and why.
    public struct Skipped: Sendable, Equatable {
        public var path: String
        public var reason: String
    }

    /// `expand`'s files, and every other file of the folders named with the reason it is not
    /// read: none is passed over without a word.
    public static func walk(_ paths: [String]) -> (files: [String], skipped: [Skipped]) {
        var files: [String] = []
        var skipped: [Skipped] = []
        let known = extensions.map { "." + $0 }.joined(separator: ", ")
        for path in paths {
            guard path != "-", case .directory = try? FileSystem.kind(of: path) else {
                files.append(path)
                continue
            }
            for relative in FileSystem.files(under: path) {
                let full = path.hasSuffix("/") ? path + relative : path + "/" + relative
                let name = relative.split(separator: "/").last.map(String.init) ?? relative
                guard let dot = name.lastIndex(of: "."), dot != name.startIndex else {
                    skipped.append(Skipped(path: full, reason: "no file ending resolint reads (\(known))"))
                    continue
                }
                let ending = name[name.index(after: dot)...].lowercased()
                if extensions.contains(ending) {
                    files.append(full)
                } else {
                    skipped.append(Skipped(path: full, reason: ".\(ending) is not a format resolint reads (\(known))"))
                }
            }
        }
        let unique = Set(files)
        return (
            (unique.contains("-") ? ["-"] : []) + unique.subtracting(["-"]).sorted(),
            skipped.sorted { $0.path < $1.path }
        )
    }
}
