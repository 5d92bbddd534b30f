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

    /// File endings read when a folder is given.
    public static let extensions = ["txt", "md", "xml", "akn"]

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
            if fix, path != "-" {
                for _ in 0..<5 {
                    let fixes = findings.compactMap(\.fix)
                    guard !fixes.isEmpty else { break }
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
            return FileReport(path: path == "-" ? "<stdin>" : path, findings: findings, source: source)
        } catch {
            return FileReport(
                path: path == "-" ? "<stdin>" : path, findings: [], source: nil, failure: error.description)
        }
    }

    /// The files named and the resolution texts in the folders named, each once, in path order
    /// (standard input, "-", first).
    public static func expand(_ paths: [String]) -> [String] {
        var files: [String] = []
        for path in paths {
            guard path != "-", case .directory = try? FileSystem.kind(of: path) else {
                files.append(path)
                continue
            }
            for relative in FileSystem.files(under: path) {
                let name = relative.split(separator: "/").last.map(String.init) ?? relative
                guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { continue }
                if extensions.contains(name[name.index(after: dot)...].lowercased()) {
                    files.append(path.hasSuffix("/") ? path + relative : path + "/" + relative)
                }
            }
        }
        let unique = Set(files)
        return (unique.contains("-") ? ["-"] : []) + unique.subtracting(["-"]).sorted()
    }
}
