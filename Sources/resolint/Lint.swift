import ArgumentParser
import ResolintKit

#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif

/// `resolint lint FILE…`: checks drafts against the rule set and reports each fault.
struct Lint: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "lint",
        abstract: "Check resolution texts against the drafting rules.",
        discussion: """
            Exit status: 0 no errors, 1 errors (or warnings under --strict), 2 usage, \
            configuration or unreadable input.
            """)

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text, json, sarif, github
    }

    @Argument(help: "Files or folders to check (\"-\" reads standard input).")
    var paths: [String]

    @Option(help: "Output format.")
    var format = Format.text

    @Option(help: "Use this configuration instead of the nearest .resolint.yml.")
    var config: String?

    @Option(help: "Colour in text output.")
    var color = ColorChoice.auto

    @Flag(help: "Treat warnings as errors for the exit status.")
    var strict = false

    @Flag(help: "Apply the certain fixes in place.")
    var fix = false

    @Option(
        help: ArgumentHelp(
            "Report only the findings in paragraphs the draft added or amended relative to this base text.",
            valueName: "base"))
    var against: String?

    @Option(help: "Record every finding of this run in this file, to lint against later with --baseline.")
    var writeBaseline: String?

    @Option(help: "Report only the findings that are not recorded in this baseline file.")
    var baseline: String?

    @Option(
        help: ArgumentHelp(
            "Where the rule pages (docs/rules) are published, for SARIF's helpUri (default: the installed pages, as file: URIs).",
            valueName: "url"))
    var rulesHelpUrl: String?

    @OptionGroup var input: InputOptions

    func run() throws {
        var run = LintRun(rulesDirectory: BundledRules.directory())
        run.configurationPath = config
        run.reader = input.reader
        run.fix = fix
        if let against {
            run.base = try input.document(against)
        }
        if let baseline {
            do {
                let bytes = try FileSystem.contents(of: baseline, limit: 64 << 20)
                run.baseline = try LintBaseline.decode(bytes, path: baseline).keys
            } catch let error as ConfigurationError {
                printError("resolint: \(error)")
                throw ExitStatus(2)
            } catch let error as FileSystem.Failure {
                printError("resolint: \(baseline.escapingControlCharacters): cannot be read: \(error.reason)")
                throw ExitStatus(2)
            }
        }
        // Every file of a folder that is not read is named, with the reason.
        for skipped in LintRun.walk(paths).skipped {
            printError("resolint: not read: \(skipped.path): \(skipped.reason)")
        }
        let reports: [FileReport]
        do {
            reports = try run.run(paths: paths)
        } catch {
            printError("resolint: \(error)")
            throw ExitStatus(2)
        }
        // Only SARIF lists the rules; the other formats need not load them a second time.
        var rules: [any Rule] = []
        if format == .sarif {
            let directories = (run.rulesDirectory.map { [$0] } ?? [])
            rules = (try? RuleSet.standard(data: RuleData.load(directories: directories)))?.rules ?? []
        }
        // What --fix changed, on standard error so that a JSON or SARIF report stays whole; what
        // it could not fix is the report itself.
        for report in reports {
            for change in report.applied {
                let place = report.source?.label(change.range.start) ?? "\(change.range.start)"
                printError(
                    "fixed \(report.path.escapingControlCharacters):\(place): \"\(change.before)\" → \"\(change.after)\" "
                        + "[\(change.ruleID)]")
            }
        }
        if fix, reports.contains(where: { !$0.findings.isEmpty }) {
            let left = reports.map { $0.findings.count }.reduce(0, +)
            printError("\(left) finding\(left == 1 ? "" : "s") left without a certain fix")
        }
        if let writeBaseline {
            do {
                try FileSystem.writeAtomically(LintBaseline(reports).encoded(), to: writeBaseline, inputs: paths)
            } catch {
                printError("resolint: \(writeBaseline.escapingControlCharacters): cannot be written: \(error.reason)")
                throw ExitStatus(2)
            }
        }
        let colour = (reporter as? TextReporter)?.color ?? false
        reporter.render(reports, rules: rules) { write($0, colour: colour) }
        for report in reports {
            if let failure = report.failure, format != .text { printError("resolint: \(failure)") }
        }
        if reports.contains(where: { $0.failure != nil }) { throw ExitStatus(2) }
        let summary = LintSummary(reports)
        if summary.errors > 0 || (strict && summary.warnings > 0) { throw ExitStatus(1) }
    }

    private var reporter: any LintReporter {
        switch format {
        case .json: JSONReporter()
        case .sarif:
            SARIFReporter(
                toolVersion: Resolint.version, sourceRoot: FileManager.default.currentDirectoryPath,
                helpURIs: RulePages.uris(base: rulesHelpUrl))
        case .github: GitHubReporter()
        case .text: TextReporter(color: Terminal.useColor(color))
        }
    }
}
