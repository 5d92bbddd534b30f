#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif

/// Finds the `Rules/` folder that ships with resolint, from any working directory:
/// `$RESOLINT_RULES`, then `share/resolint/Rules` beside the installed binary's `bin/`, then the
/// package's own `Rules/` above a build folder.
enum BundledRules {
    static func directory() -> String? {
        let fileManager = FileManager.default
        if let variable = ProcessInfo.processInfo.environment["RESOLINT_RULES"], !variable.isEmpty {
            return variable
        }
        let executable = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath()
        var folder = executable.deletingLastPathComponent()
        let installed = folder.deletingLastPathComponent().appendingPathComponent("share/resolint/Rules")
        if fileManager.fileExists(atPath: installed.path) { return installed.path }
        while folder.path != "/" {
            let candidate = folder.appendingPathComponent("Rules")
            if fileManager.fileExists(atPath: candidate.appendingPathComponent("openers.yml").path),
                fileManager.fileExists(atPath: folder.appendingPathComponent("Package.swift").path)
            {
                return candidate.path
            }
            folder.deleteLastPathComponent()
        }
        return nil
    }
}
