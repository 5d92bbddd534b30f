import ArgumentParser
import ResolintKit

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The `resolint` command: a thin layer over ResolintKit, on swift-argument-parser (typed
/// options, help, shell completions — `--generate-completion-script bash|zsh|fish` — and the
/// man page from the same definitions). A usage error exits with status 2, as unreadable input
/// does, and a mistyped name is answered with "did you mean".
@main
struct Resolint: ParsableCommand {
    static let version = "0.1.0"
    static let configuration = CommandConfiguration(
        commandName: "resolint",
        abstract: "Read, check and compare United Nations resolutions.",
        version: version,
        subcommands: [
            Inspect.self, Lint.self, Diff.self, Amend.self, History.self, Rules.self, Export.self, Validate.self,
        ])

    static func main() {
        let arguments = Array(CommandLine.arguments.dropFirst())
        #if canImport(Glibc)
            Glibc.exit(run(arguments))
        #else
            Darwin.exit(run(arguments))
        #endif
    }

    static func run(_ arguments: [String]) -> Int32 {
        let names = configuration.subcommands.map { $0._commandName }
        if let first = arguments.first, !first.hasPrefix("-"), first != "help", !names.contains(first) {
            printError("resolint: unknown command \"\(first)\"" + Suggestion.hint(for: first, among: names + ["help"]))
            printError(helpMessage())
            return 2
        }
        if arguments.first == "help", arguments.count > 1, !names.contains(arguments[1]) {
            printError("resolint: no command \"\(arguments[1])\"" + Suggestion.hint(for: arguments[1], among: names))
            return 2
        }
        if arguments.isEmpty {
            printError(helpMessage())
            return 2
        }
        let status: Int32
        do {
            var command = try parseAsRoot(arguments)
            try command.run()
            status = 0
        } catch let exit as ExitStatus {
            status = exit.code
        } catch {
            let code = exitCode(for: error)
            if code == .success {
                write(fullMessage(for: error) + "\n")
                status = 0
            } else {
                let command = arguments.first.flatMap { name in
                    configuration.subcommands.first { $0._commandName == name }
                }
                printError("resolint: " + Self.explained(fullMessage(for: error), command: command))
                status = 2
            }
        }
        if let failure = OutputFailure.current {
            printError("resolint: standard output cannot be written: \(failure)")
            return 2
        }
        return status
    }

    /// The parser's message, its "Error: " dropped, with the nearest allowed value added to a
    /// value that is not one of them (the parser itself suggests options).
    static func explained(_ message: String, command: (any ParsableCommand.Type)?) -> String {
        var lines = message.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        if let first = lines.first, first.hasPrefix("Error: ") { lines[0] = String(first.dropFirst(7)) }
        if let index = lines.firstIndex(where: { $0.contains("The value '") && $0.contains("one of ") }),
            let value = quoted(after: "The value '", in: lines[index]),
            let list = lines[index].range(of: "one of ")
        {
            let choices = lines[index][list.upperBound...].split(separator: "'").enumerated()
                .filter { $0.offset % 2 == 0 && $0.offset > 0 || $0.offset % 2 == 1 }
                .map { String($0.element) }.filter { !$0.contains(" ") && !$0.isEmpty && $0 != "." }
            if !lines[index].hasSuffix(".") { lines[index] += "." }
            lines[index] = String(lines[index].dropLast()) + Suggestion.hint(for: value, among: choices)
        }
        return lines.joined(separator: "\n")
    }

    private static func quoted(after prefix: String, in text: String) -> String? {
        guard let start = text.range(of: prefix) else { return nil }
        let rest = text[start.upperBound...]
        guard let end = rest.firstIndex(of: "'") else { return nil }
        return String(rest[..<end])
    }
}

/// The end of a command with a status other than 0, its message already printed.
struct ExitStatus: Error {
    let code: Int32
    init(_ code: Int32) { self.code = code }
}

/// A fault in what the user asked, found by a command itself: printed with status 2.
struct UsageFault: Error {
    let message: String
    init(_ message: String) { self.message = message }
}

extension String {
    /// The text with the first `target` replaced.
    fileprivate func replacingFirst(_ target: String, with replacement: String) -> String {
        guard let range = range(of: target) else { return self }
        return replacingCharacters(in: range, with: replacement)
    }
}
