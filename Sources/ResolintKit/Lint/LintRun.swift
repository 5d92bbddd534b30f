import Dispatch
import Foundation

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
        let results = Results(count: files.count)
        let linterOfFile = assigned
        DispatchQueue.concurrentPerform(iterations: files.count) { index in
            results.set(index, lint(files[index], with: linterOfFile[index]))
        }
        return results.all
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
                        try source.encoded(text).write(to: URL(fileURLWithPath: path), options: .atomic)
                    } catch {
                        return FileReport(
                            path: path, findings: findings, source: source,
                            failure: "\(path): cannot write the fixed file: \(error.localizedDescription)")
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
            var isDirectory: ObjCBool = false
            guard path != "-", FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory),
                isDirectory.boolValue
            else {
                files.append(path)
                continue
            }
            let enumerator = FileManager.default.enumerator(atPath: path)
            var found: [String] = []
            while let relative = enumerator?.nextObject() as? String {
                let name = URL(fileURLWithPath: relative).lastPathComponent
                if name.hasPrefix(".") { continue }
                if extensions.contains(URL(fileURLWithPath: relative).pathExtension.lowercased()) {
                    found.append(URL(fileURLWithPath: path).appendingPathComponent(relative).path)
                }
            }
            files += found
        }
        let unique = Set(files)
        return (unique.contains("-") ? ["-"] : []) + unique.subtracting(["-"]).sorted()
    }
}

/// Reports filled in by concurrent workers, each at its own index.
private final class Results: @unchecked Sendable {
    private var reports: [FileReport?]
    private let lock = NSLock()

    init(count: Int) {
        reports = Array(repeating: nil, count: count)
    }

    func set(_ index: Int, _ report: FileReport) {
        lock.lock()
        reports[index] = report
        lock.unlock()
    }

    var all: [FileReport] {
        lock.lock()
        defer { lock.unlock() }
        return reports.compactMap { $0 }
    }
}
