import ResolintKit

/// What one subcommand accepts — positional arguments, options that take a value, flags — and
/// the source of both its parsing and its help text.
struct CommandSyntax: Sendable {
    /// A positional argument; a repeating one takes every remaining argument (at least one).
    struct Positional: Sendable {
        var name: String
        var help: String
        var repeating = false
        var optional = false
    }

    /// `--name VALUE` (or `--name=VALUE`, or `-s VALUE` with a short name).
    struct Option: Sendable {
        var name: String
        var short: Character?
        var value: String
        var help: String
        /// The values allowed, when only some are; the first is the default.
        var choices: [String] = []
        var defaultValue: String?
    }

    /// `--name`, on or off.
    struct Flag: Sendable {
        var name: String
        var help: String
    }

    var name: String
    var abstract: String
    var discussion = ""
    var positionals: [Positional] = []
    var options: [Option] = []
    var flags: [Flag] = []

    /// The arguments after the subcommand's name, checked against this syntax.
    func parse(_ arguments: [String]) throws(UsageError) -> ParsedArguments {
        var parsed = ParsedArguments()
        // A request for help wins over any fault in the rest of the line.
        if arguments.prefix(while: { $0 != "--" }).contains(where: { $0 == "--help" || $0 == "-h" }) {
            parsed.wantsHelp = true
            return parsed
        }
        var loose: [String] = []
        var index = 0
        while index < arguments.count {
            let argument = arguments[index]
            index += 1
            if argument == "--" {
                loose += arguments[index...]
                break
            }
            guard argument.hasPrefix("-"), argument != "-" else {
                loose.append(argument)
                continue
            }
            var key = argument
            var inline: String?
            if argument.hasPrefix("--"), let equals = argument.firstIndex(of: "=") {
                key = String(argument[..<equals])
                inline = String(argument[argument.index(after: equals)...])
            }
            if let option = options.first(where: { "--" + $0.name == key || $0.short.map { "-\($0)" } == key }) {
                guard let value = inline ?? (index < arguments.count ? arguments[index] : nil) else {
                    throw UsageError("\(key) needs a value <\(option.value)>", syntax: self)
                }
                if inline == nil { index += 1 }
                if !option.choices.isEmpty, !option.choices.contains(value) {
                    throw UsageError(
                        "\(key): \"\(value)\" is not one of \(option.choices.joined(separator: ", "))"
                            + Suggestion.hint(for: value, among: option.choices), syntax: self)
                }
                parsed.values[option.name] = value
            } else if let flag = flags.first(where: { "--" + $0.name == key }) {
                guard inline == nil else { throw UsageError("\(key) takes no value", syntax: self) }
                parsed.flags.insert(flag.name)
            } else {
                let names = options.map { "--" + $0.name } + flags.map { "--" + $0.name } + ["--help"]
                throw UsageError(
                    "unknown option \(key)" + Suggestion.hint(for: key, among: names, quoted: false), syntax: self)
            }
        }
        for positional in positionals {
            if positional.repeating {
                guard !loose.isEmpty || positional.optional else {
                    throw UsageError("give at least one <\(positional.name)>", syntax: self)
                }
                parsed.positionals[positional.name] = loose
                loose = []
            } else if !loose.isEmpty {
                parsed.positionals[positional.name] = [loose.removeFirst()]
            } else if !positional.optional {
                throw UsageError("missing <\(positional.name)>", syntax: self)
            }
        }
        if let extra = loose.first { throw UsageError("unexpected argument \"\(extra)\"", syntax: self) }
        // An option with choices not given takes its default, the first choice, as the help says.
        for option in options where parsed.values[option.name] == nil {
            parsed.values[option.name] = option.choices.first
        }
        return parsed
    }

    /// The one-line synopsis.
    var usage: String {
        var parts = ["resolint", name]
        for positional in positionals {
            let word = "<\(positional.name)>" + (positional.repeating ? " ..." : "")
            parts.append(positional.optional ? "[\(word)]" : word)
        }
        parts.append("[<options>]")
        return parts.joined(separator: " ")
    }

    /// What `resolint NAME --help` prints.
    var help: String {
        var rows: [(String, String)] = positionals.map { ("<\($0.name)>", $0.help) }
        let argumentRows = rows.count
        for option in options {
            let names = (option.short.map { "-\($0), " } ?? "") + "--\(option.name) <\(option.value)>"
            var notes: [String] = []
            if !option.choices.isEmpty { notes.append(option.choices.joined(separator: "|")) }
            if let value = option.defaultValue ?? option.choices.first { notes.append("default: \(value)") }
            let text = option.help + (notes.isEmpty ? "" : " (\(notes.joined(separator: "; ")))")
            rows.append((names, text))
        }
        rows += flags.map { ("--\($0.name)", $0.help) }
        rows.append(("-h, --help", "Show this help."))
        let width = min(28, (rows.map(\.0.count).max() ?? 0) + 2)
        func line(_ row: (String, String)) -> String {
            let pad =
                row.0.count < width
                ? String(repeating: " ", count: width - row.0.count)
                : "\n"
                    + String(
                        repeating: " ", count: width + 2)
            return "  " + row.0 + pad + row.1 + "\n"
        }
        var out = "OVERVIEW: \(abstract)\n\nUSAGE: \(usage)\n"
        if argumentRows > 0 { out += "\nARGUMENTS:\n" + rows[..<argumentRows].map(line).joined() }
        out += "\nOPTIONS:\n" + rows[argumentRows...].map(line).joined()
        if !discussion.isEmpty { out += "\n\(discussion)\n" }
        return out
    }
}

/// The arguments as `CommandSyntax.parse` sorted them.
struct ParsedArguments {
    var positionals: [String: [String]] = [:]
    var values: [String: String] = [:]
    var flags: Set<String> = []
    var wantsHelp = false

    func positional(_ name: String) -> String? { positionals[name]?.first }
    func list(_ name: String) -> [String] { positionals[name] ?? [] }
    func value(_ name: String) -> String? { values[name] }
    /// The value of an option with choices: the one given, or its default.
    func choice(_ name: String) -> String { values[name] ?? "" }
    func flag(_ name: String) -> Bool { flags.contains(name) }

    /// An option's whole-number value.
    func integer(_ name: String, syntax: CommandSyntax) throws(UsageError) -> Int? {
        guard let text = values[name] else { return nil }
        guard let number = Int(text) else { throw UsageError("--\(name): \"\(text)\" is not a number", syntax: syntax) }
        return number
    }
}

/// A command line that does not fit the syntax: reported with the synopsis, exit status 2.
struct UsageError: Error {
    let message: String
    let usage: String

    init(_ message: String, syntax: CommandSyntax) {
        self.message = message
        usage = syntax.usage
    }

    init(_ message: String, usage: String) {
        self.message = message
        self.usage = usage
    }
}

/// Ends the command with this exit status (its messages already written).
struct ExitStatus: Error {
    let code: Int32
    init(_ code: Int32) { self.code = code }
}
