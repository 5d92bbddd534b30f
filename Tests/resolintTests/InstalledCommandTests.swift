import Foundation
import Testing

/// The command as `Scripts/install` lays it out (`bin/resolint`, `share/resolint/Rules`,
/// `share/resolint/docs/rules`, `share/resolint/akn`), run the way a user runs it: by name from `PATH`, through a link, in a
/// folder that has nothing to do with resolint. It must find the same rules and the schema as
/// the build in the checkout.
@Suite struct InstalledCommandTests {
    let root: URL
    let prefix: URL
    let links: URL
    let elsewhere: URL
    let checkout = Command.fixtures.deletingLastPathComponent()

    init() throws {
        let fileManager = FileManager.default
        root = fileManager.temporaryDirectory.appendingPathComponent("resolint-installed-\(UUID().uuidString)")
        prefix = root.appendingPathComponent("prefix")
        links = root.appendingPathComponent("links")
        elsewhere = root.appendingPathComponent("work")
        let share = prefix.appendingPathComponent("share/resolint")
        for folder in [prefix.appendingPathComponent("bin"), share, links, elsewhere] {
            try fileManager.createDirectory(at: folder, withIntermediateDirectories: true)
        }
        let installed = prefix.appendingPathComponent("bin/resolint")
        try fileManager.copyItem(at: Command.binary, to: installed)
        try fileManager.copyItem(
            at: checkout.appendingPathComponent("Rules"), to: share.appendingPathComponent("Rules"))
        try fileManager.createDirectory(at: share.appendingPathComponent("docs"), withIntermediateDirectories: true)
        try fileManager.copyItem(
            at: checkout.appendingPathComponent("docs/rules"), to: share.appendingPathComponent("docs/rules"))
        // As Scripts/install does: the schema the checkout has, beside the rules.
        if let schema = ExportCommandTests.schema {
            let akn = share.appendingPathComponent("akn")
            try fileManager.createDirectory(at: akn, withIntermediateDirectories: true)
            for name in ["akomantoso30.xsd", "xml.xsd"] {
                let source = URL(fileURLWithPath: schema).deletingLastPathComponent().appendingPathComponent(name)
                try fileManager.copyItem(at: source, to: akn.appendingPathComponent(name))
            }
        }
        // The way a package manager or a user puts a command on PATH: a link to it.
        try fileManager.createSymbolicLink(at: links.appendingPathComponent("resolint"), withDestinationURL: installed)
    }

    /// Runs `resolint ARGUMENTS` by name, with only `links` and the system folders on PATH, in
    /// the working folder `folder` (default: one unrelated to resolint).
    private func runByName(_ arguments: [String], in folder: URL? = nil) throws -> Command.Result {
        var environment = ProcessInfo.processInfo.environment
        environment["PATH"] = "\(links.path):/usr/bin:/bin"
        environment["RESOLINT_RULES"] = nil
        environment["AKN_SCHEMA"] = nil
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["resolint"] + arguments
        process.environment = environment
        process.currentDirectoryURL = folder ?? elsewhere
        let out = Pipe()
        let err = Pipe()
        process.standardOutput = out
        process.standardError = err
        process.standardInput = FileHandle.nullDevice
        try process.run()
        let stdout = out.fileHandleForReading.readDataToEndOfFile()
        let stderr = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Command.Result(
            status: process.terminationStatus, stdout: String(decoding: stdout, as: UTF8.self),
            stderr: String(decoding: stderr, as: UTF8.self))
    }

    @Test func listsTheSameRulesAsTheCheckout() throws {
        let fromCheckout = try Command.run(["rules"])
        let byName = try runByName(["rules"])
        #expect(byName.status == 0, "\(byName.stderr)")
        #expect(byName.stdout == fromCheckout.stdout)
        // The data rules and registers are what argv[0] lost: one of each must be there.
        #expect(byName.stdout.contains("secretary-general-hyphen"))
        #expect(byName.stdout.contains("instrument-name"))
    }

    @Test func findsTheSameFaults() throws {
        let drafts = Command.fixtures.appendingPathComponent("drafts").path
        let fromCheckout = try Command.run(["lint", drafts])
        let byName = try runByName(["lint", drafts])
        #expect(byName.status == fromCheckout.status)
        #expect(byName.stdout == fromCheckout.stdout)
        #expect(byName.stdout.contains("[secretary-general-hyphen]"), "the data rules of Rules/ are loaded")
    }

    /// SARIF's `helpUri` of each rule points at the installed page, not the checkout's.
    @Test func pointsAtTheInstalledRulePages() throws {
        let draft = Command.fixtures.appendingPathComponent("drafts/A-RES-58-140-defects.txt").path
        let byName = try runByName(["lint", "--format", "sarif", draft])
        let pages = prefix.appendingPathComponent("share/resolint/docs/rules").resolvingSymlinksInPath()
        #expect(
            byName.stdout.contains("\"helpUri\": \"\(pages.absoluteString)citation-date-of.md\""),
            "\(byName.stdout.prefix(300))")
    }

    @Test func findsTheSchema() throws {
        let schema = prefix.appendingPathComponent("share/resolint/akn/akomantoso30.xsd").path
        guard FileManager.default.fileExists(atPath: schema) else {
            Issue.record("no Akoma Ntoso schema in ../shared/akn or .cache/akn: run Scripts/fetch-schemas")
            return
        }
        let text = Command.fixtures.appendingPathComponent("corpus/A-RES-58-140.txt").path
        let output = elsewhere.appendingPathComponent("58-140.xml").path
        let export = try runByName(["export", text, "-o", output, "--validate"])
        #expect(export.status == 0, "\(export.stderr)")
        let validate = try runByName(["validate", output])
        #expect(validate.status == 0, "\(validate.stderr)")
        #expect(validate.stdout == "\(output): valid\n")
    }

    /// A working folder that looks like a checkout (`Package.swift`, `Rules/`, `.cache/akn`)
    /// must not inject its rules or schema into a run of the installed command.
    @Test func ignoresResourcesInTheWorkingFolder() throws {
        let fileManager = FileManager.default
        let trap = elsewhere.appendingPathComponent("trap")
        let rules = trap.appendingPathComponent("Rules")
        try fileManager.createDirectory(at: rules, withIntermediateDirectories: true)
        try fileManager.createDirectory(
            at: trap.appendingPathComponent(".cache/akn"), withIntermediateDirectories: true)
        try Data("// swift-tools-version: 6.0\n".utf8).write(to: trap.appendingPathComponent("Package.swift"))
        try Data("preambular: [Xyzzying]\n".utf8).write(to: rules.appendingPathComponent("openers.yml"))
        try Data("substitutions:\n  - id: injected-rule\n".utf8).write(to: rules.appendingPathComponent("evil.yml"))
        try Data("not a schema".utf8).write(to: trap.appendingPathComponent(".cache/akn/akomantoso30.xsd"))
        let byName = try runByName(["rules"], in: trap)
        #expect(byName.status == 0, "\(byName.stderr)")
        #expect(!byName.stdout.contains("injected-rule"))
        #expect(byName.stdout == (try Command.run(["rules"])).stdout)
    }
}

/// What a fresh machine of the project's kind has: the Swift toolchain, libxml2 (the design
/// card's one library, Debian `libxml2-dev`) and what it pulls in (ICU, zlib, liblzma), and the
/// C and C++ runtimes. The built command must link nothing else, or the README's first command
/// fails there, as it once did for want of `pcre2.h`.
@Suite struct SystemLibraryTests {
    @Test(.enabled(if: FileManager.default.fileExists(atPath: "/usr/bin/ldd"), "needs ldd"))
    func linksOnlyWhatTheMachineImageHas() throws {
        let result = try Command.run([Command.binary.path], executable: "/usr/bin/ldd")
        #expect(result.status == 0)
        let libraries = result.stdout.split(separator: "\n").compactMap {
            $0.split(separator: " ").first.map { String($0.trimmingCharacters(in: .whitespaces)) }
        }
        #expect(libraries.contains { $0.hasPrefix("libxml2.so") })
        let allowed = [
            "linux-vdso", "ld-linux", "/lib64/ld-linux", "libc.", "libm.", "libdl.", "libpthread.", "librt.",
            "libstdc++.", "libgcc_s.", "libswift", "libFoundation", "lib_Foundation", "libdispatch.",
            "libBlocksRuntime.", "libxml2.", "libicu", "libz.", "liblzma.",
        ]
        let foreign = libraries.filter { library in !allowed.contains { library.hasPrefix($0) } }
        #expect(foreign.isEmpty, "linked beyond the machine image: \(foreign)")
    }
}
