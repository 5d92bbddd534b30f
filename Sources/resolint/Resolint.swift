import ResolintKit

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// One subcommand of `resolint`: its syntax, built from parsed arguments, then run.
protocol Subcommand: Sendable {
    static var syntax: CommandSyntax { get }
    init(_ arguments: ParsedArguments) throws(UsageError)
    /// Does the work; ends with `ExitStatus` for any status but 0.
    func run() throws(ExitStatus)
}

/// The `resolint` command: a thin layer over ResolintKit.
@main
enum Resolint {
    static let version = "0.1.0"
    static let abstract = "Read, check and compare United Nations resolutions."
    static let subcommands: [any Subcommand.Type] = [
        Inspect.self, Lint.self, Diff.self, Rules.self, Export.self, Validate.self,
    ]

    /// Runs the command; a usage error exits with status 2, like unreadable input.
    static func main() {
        let status = run(Array(CommandLine.arguments.dropFirst()))
        if let failure = OutputFailure.current {
            printError("resolint: standard output cannot be written: \(failure)")
            exit(2)
        }
        exit(status)
    }

    static func run(_ arguments: [String]) -> Int32 {
        guard let name = arguments.first else {
            printError(help)
            return 2
        }
        switch name {
        case "--help", "-h", "help":
            guard arguments.count > 1 else {
                write(help)
                return 0
            }
            guard let command = subcommand(arguments[1]) else {
                printError("resolint: no command \"\(arguments[1])\"" + commandHint(arguments[1]) + "\n\n" + help)
                return 2
            }
            write(command.syntax.help)
            return 0
        case "--version":
            write(version + "\n")
            return 0
        default:
            break
        }
        guard let command = subcommand(name) else {
            printError("resolint: unknown command \"\(name)\"" + commandHint(name) + "\n\n" + help)
            return 2
        }
        do {
            let parsed = try command.syntax.parse(Array(arguments.dropFirst()))
            if parsed.wantsHelp {
                write(command.syntax.help)
                return 0
            }
            try command.init(parsed).run()
            return 0
        } catch let error as UsageError {
            printError("resolint \(name): \(error.message)\nUsage: \(error.usage)\n  See 'resolint \(name) --help'.")
            return 2
        } catch let status as ExitStatus {
            return status.code
        } catch {
            printError("resolint: \(error)")
            return 2
        }
    }

    static func commandHint(_ name: String) -> String {
        Suggestion.hint(for: name, among: subcommands.map { $0.syntax.name } + ["help"])
    }

    static func subcommand(_ name: String) -> (any Subcommand.Type)? {
        subcommands.first { $0.syntax.name == name }
    }

    static var help: String {
        let width = subcommands.map { $0.syntax.name.count }.max() ?? 0
        var out = "OVERVIEW: \(abstract)\n\nUSAGE: resolint <subcommand> [<arguments>] [<options>]\n\nSUBCOMMANDS:\n"
        for command in subcommands {
            let name = command.syntax.name
            out += "  " + name + String(repeating: " ", count: width + 2 - name.count) + command.syntax.abstract + "\n"
        }
        out += "\nSee 'resolint help <subcommand>' for its arguments and options; --version prints \(version).\n"
        return out
    }
}
