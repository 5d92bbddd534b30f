import ResolintKit

#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif

/// `resolint lint FILE…`: checks drafts against the rule set and reports each fault.
struct Lint: Subcommand {
    static let syntax = CommandSyntax(
        name: "lint", abstract: "Check resolution texts against the drafting rules.",
        discussion: """
            Exit status: 0 no errors, 1 errors (or warnings under --strict), 2 usage, \
            configuration or unreadable input.
            """,
        positionals: [
            .init(name: "paths", help: "Files or folders to check (\"-\" reads standard input).", repeating: true)
        ],
        options: [
            .init(
                name: "format", value: "format", help: "Output format.", choices: ["text", "json", "sarif", "github"]),
            .init(
                name: "config", value: "config", help: "Use this configuration instead of the nearest .resolint.yml."),
            .init(name: "color", value: "color", help: "Colour in text output.", choices: ["auto", "always", "never"]),
        ] + InputOptions.syntax,
        flags: [
            .init(name: "strict", help: "Treat warnings as errors for the exit status."),
            .init(name: "fix", help: "Apply the certain fixes in place."),
        ])

    let paths: [String]
    let format: String
    let config: String?
    let strict: Bool
    let fix: Bool
    let color: String
    let input: InputOptions

    init(_ arguments: ParsedArguments) throws(UsageError) {
        paths = arguments.list("paths")
        format = arguments.choice("format")
        config = arguments.value("config")
        strict = arguments.flag("strict")
        fix = arguments.flag("fix")
        color = arguments.choice("color")
        input = try InputOptions(arguments, syntax: Self.syntax)
    }

    func run() throws(ExitStatus) {
        var run = LintRun(rulesDirectory: BundledRules.directory())
        run.configurationPath = config
        run.reader = input.reader
        run.fix = fix
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
        if format == "sarif" {
            let directories = (run.rulesDirectory.map { [$0] } ?? [])
            rules = (try? RuleSet.standard(data: RuleData.load(directories: directories)))?.rules ?? []
        }
        write(reporter.render(reports, rules: rules), colour: (reporter as? TextReporter)?.color ?? false)
        for report in reports {
            if let failure = report.failure, format != "text" { printError("resolint: \(failure)") }
        }
        if reports.contains(where: { $0.failure != nil }) { throw ExitStatus(2) }
        let summary = LintSummary(reports)
        if summary.errors > 0 || (strict && summary.warnings > 0) { throw ExitStatus(1) }
    }

    private var reporter: any LintReporter {
        switch format {
        case "json": JSONReporter()
        case "sarif": SARIFReporter(toolVersion: Resolint.version, sourceRoot: FileManager.default.currentDirectoryPath)
        case "github": GitHubReporter()
        default: TextReporter(color: Terminal.useColor(color))
        }
    }
}
