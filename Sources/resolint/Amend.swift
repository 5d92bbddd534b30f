import ArgumentParser
import ResolintAKN
import ResolintKit

/// `resolint amend BASE AMENDMENTS`: the base text with a list of amendments applied.
struct Amend: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "amend",
        abstract: "Apply amendments, in the UN's phrasing, to a resolution text.",
        discussion: """
            AMENDMENTS is a text file, one instruction a line ("In operative paragraph 5, \
            replace the words “welcomes” with the words “notes”.", "Delete operative paragraph \
            7.", as resolint diff --format amendments writes them), or the Akoma Ntoso amendment \
            document diff --format amendments-akn writes. Every place names the base \
            text as it stands before any amendment. An instruction that does not apply is an \
            error naming it, and nothing is written.
            """)

    @Argument(help: "The base text, in any input format.")
    var base: String

    @Argument(help: "The amendments, one a line.")
    var amendments: String

    @Option(name: .shortAndLong, help: "Write the amended text here (atomically) instead of standard output.")
    var output: String?

    @OptionGroup var input: InputOptions

    func run() throws {
        let resolution = try input.read(base)
        let list: String
        do {
            list = String(decoding: try FileSystem.contents(of: amendments, limit: 16 << 20), as: UTF8.self)
        } catch {
            printError("resolint: \(amendments.escapingControlCharacters): cannot be read: \(error.reason)")
            throw ExitStatus(2)
        }
        // An Akoma Ntoso amendment document (diff --format amendments-akn) holds the same
        // instructions, one `p` each.
        var instructions = list
        do {
            if let document = try AKNAmendments.read(list, path: amendments) {
                instructions = document.instructions.joined(separator: "\n")
            }
        } catch {
            if list.hasPrefix("<") {
                printError("resolint: \(amendments.escapingControlCharacters): \(error)")
                throw ExitStatus(2)
            }
        }
        let text: String
        do {
            text = try AmendmentApplier.apply(try AmendmentParser.parse(instructions), to: resolution)
        } catch {
            printError("resolint: \(amendments.escapingControlCharacters): \(error)")
            throw ExitStatus(1)
        }
        guard let output else {
            write(text)
            return
        }
        do {
            try FileSystem.writeAtomically(Array(text.utf8), to: output, inputs: [base, amendments])
        } catch {
            printError("resolint: \(output.escapingControlCharacters): cannot be written: \(error.reason)")
            throw ExitStatus(2)
        }
    }
}
