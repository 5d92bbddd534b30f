#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif

/// Finds the `Rules/` folder that ships with resolint, from any working directory:
/// `$RESOLINT_RULES`, then `share/resolint/Rules` of the installation, then the `Rules/` of the
/// checkout the executable was built in (see `InstallLocation`).
enum BundledRules {
    static func directory() -> String? {
        if let variable = ProcessInfo.processInfo.environment["RESOLINT_RULES"], !variable.isEmpty {
            return variable
        }
        return InstallLocation.resource(installed: "Rules", checkout: "Rules", containing: "openers.yml")
    }
}
