import ArgumentParser
import Foundation

/// The `resolint` command: a thin layer over ResolintKit.
@main
struct Resolint: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "resolint",
        abstract: "Read, check and compare United Nations resolutions.",
        version: "0.1.0",
        subcommands: [Inspect.self, Lint.self, Diff.self, Rules.self, Export.self, Validate.self]
    )

    /// Runs the command; a usage error exits with status 2, like unreadable input.
    static func main() {
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch {
            let code = exitCode(for: error)
            if code == .validationFailure {
                printError(fullMessage(for: error))
                Foundation.exit(2)
            }
            exit(withError: error)
        }
    }
}
