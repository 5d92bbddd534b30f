#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif
#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Where the running `resolint` is, and so where the files that ship with it are.
///
/// The folder comes from the executable's real path — `/proc/self/exe` on Linux, every link
/// resolved — never from `argv[0]`, which is only `resolint` when the command is run by name
/// from `PATH`, and would then be read against the working folder. Resources are looked for
/// only beside the install (`bin/../share/resolint/…`) or, for a build inside a checkout, in
/// the checkout the executable was built in; never in the working folder or its parents.
enum InstallLocation {
    /// The folder holding the executable, links resolved; `nil` if the system will not say.
    static let executableFolder: URL? = {
        guard let path = executablePath() else { return nil }
        return URL(fileURLWithPath: path).deletingLastPathComponent()
    }()

    /// The folder `share/resolint/INSTALLED` of an installation, or `CHECKOUT` in the package
    /// checkout whose build folder holds the executable (a folder with `Package.swift` and
    /// `Rules/openers.yml`), if it holds `file`.
    static func resource(installed name: String, checkout: String, containing file: String) -> String? {
        guard var folder = executableFolder else { return nil }
        let installed = folder.deletingLastPathComponent().appendingPathComponent("share/resolint/\(name)")
        if exists(installed.appendingPathComponent(file).path) { return installed.path }
        while folder.path != "/" && !folder.path.isEmpty {
            if exists(folder.appendingPathComponent("Package.swift").path),
                exists(folder.appendingPathComponent("Rules/openers.yml").path)
            {
                let candidate = folder.appendingPathComponent(checkout)
                return exists(candidate.appendingPathComponent(file).path) ? candidate.path : nil
            }
            folder.deleteLastPathComponent()
        }
        return nil
    }

    private static func exists(_ path: String) -> Bool {
        var info = stat()
        return stat(path, &info) == 0
    }

    private static func executablePath() -> String? {
        #if os(Linux)
            var buffer = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
            let length = readlink("/proc/self/exe", &buffer, buffer.count - 1)
            if length > 0 {
                return String(decoding: buffer.prefix(length).map { UInt8(bitPattern: $0) }, as: UTF8.self)
            }
        #endif
        // Elsewhere: argv[0] when it names a path, else the first match on PATH; links resolved.
        let name = CommandLine.arguments[0]
        var candidates = [name]
        if !name.contains("/") {
            let path = ProcessInfo.processInfo.environment["PATH"] ?? ""
            candidates = path.split(separator: ":").map { "\($0)/\(name)" }
        }
        for candidate in candidates where exists(candidate) {
            guard let resolved = realpath(candidate, nil) else { continue }
            defer { free(resolved) }
            return String(cString: resolved)
        }
        return nil
    }
}
