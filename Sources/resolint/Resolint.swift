import ArgumentParser

/// The `resolint` command: a thin layer over ResolintKit.
@main
struct Resolint: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "resolint",
        abstract: "Read, check and compare United Nations resolutions.",
        version: "0.1.0",
        subcommands: [Inspect.self]
    )
}
