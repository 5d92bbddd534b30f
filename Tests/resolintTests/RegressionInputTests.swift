import Foundation
import Testing

/// The inputs in `Fuzz/Regressions` — crashes the fuzzers found, once fixed, and inputs made to
/// be hostile — go through every command: each ends with a status of 0, 1 or 2 and, for 2, one
/// clear message; never a crash or a hang.
@Suite struct RegressionInputTests {
    static let folder = Command.fixtures.deletingLastPathComponent().appendingPathComponent("Fuzz/Regressions")

    static let inputs: [String] = {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return names.filter { !$0.hasPrefix(".") }.sorted()
    }()

    @Test func thereAreInputs() {
        #expect(Self.inputs.count >= 8)
    }

    @Test(arguments: inputs)
    func everyCommandEndsCleanly(name: String) throws {
        let path = Self.folder.appendingPathComponent(name).path
        for command in [["inspect", path], ["lint", path], ["export", path], ["diff", path, path]] {
            let result = try Command.run(command)
            #expect([0, 1, 2].contains(result.status), "\(command): status \(result.status)")
            if result.status == 2 {
                #expect((result.stderr + result.stdout).contains("resolint: ") || result.stdout.contains(path))
            }
        }
    }
}
