import ArgumentParser
import Foundation
import ResolintKit

/// `resolint lint FILE…`: checks drafts against the rule set and reports each fault.
struct Lint: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Check resolution texts against the drafting rules.",
        discussion: """
            Exit status: 0 no errors, 1 errors (or warnings under --strict), 2 usage, \
            configuration or unreadable input.
            """)

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text, json, sarif, github
    }

    enum Color: String, ExpressibleByArgument, CaseIterable {
        case auto, always, never
    }

    @Argument(help: "Files or folders to check (\"-\" reads standard input).")
    var paths: [String]

    @Option(help: "Output format.")
    var format: Format = .text

    @Option(help: "Use this configuration instead of the nearest .resolint.yml.")
    var config: String?

    @Flag(help: "Treat warnings as errors for the exit status.")
    var strict = false

    @Flag(help: "Apply the certain fixes in place.")
    var fix = false

    @Option(help: "Colour in text output.")
    var color: Color = .auto

    @OptionGroup var input: InputOptions

    func validate() throws {
        if paths.isEmpty { throw ValidationError("give at least one file or folder to check") }
    }

    func run() throws {
        var run = LintRun(rulesDirectory: BundledRules.directory())
        run.configurationPath = config
        run.reader = input.reader
        run.fix = fix
        let reports: [FileReport]
        do {
            reports = try run.run(paths: paths)
        } catch {
            printError("resolint: \(error)")
            throw ExitCode(2)
        }
        // Only SARIF lists the rules; the other formats need not load them a second time.
        var rules: [any Rule] = []
        if format == .sarif {
            let directories = (run.rulesDirectory.map { [$0] } ?? [])
            rules = (try? RuleSet.standard(data: RuleData.load(directories: directories)))?.rules ?? []
        }
        write(reporter.render(reports, rules: rules))
        for report in reports {
            if let failure = report.failure, format != .text { printError("resolint: \(failure)") }
        }
        if reports.contains(where: { $0.failure != nil }) { throw ExitCode(2) }
        let summary = LintSummary(reports)
        if summary.errors > 0 || (strict && summary.warnings > 0) { throw ExitCode(1) }
    }

    private var reporter: any LintReporter {
        switch format {
        case .text: TextReporter(color: useColor)
        case .json: JSONReporter()
        case .sarif: SARIFReporter(toolVersion: Resolint.configuration.version)
        case .github: GitHubReporter()
        }
    }

    private var useColor: Bool { Terminal.useColor(color) }
}
