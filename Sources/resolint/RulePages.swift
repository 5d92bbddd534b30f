#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif

/// The rule pages that ship with resolint (`docs/rules/ID.md`, one per built-in and bundled
/// rule, written by `Scripts/make-manual`), found as `BundledRules` finds the rule files, and
/// the address of each for SARIF's `helpUri`.
enum RulePages {
    /// The folder of the pages: `share/resolint/docs/rules` of the installation, or the
    /// checkout's `docs/rules`.
    static func directory() -> String? {
        InstallLocation.resource(installed: "docs/rules", checkout: "docs/rules", containing: "README.md")
    }

    /// Rule id → the absolute URI of its page: under `base` when the pages are published at an
    /// address, else the installed page as a `file:` URI. Only rules that have a page are named.
    static func uris(base: String?) -> [String: String] {
        guard let folder = directory(),
            let names = try? FileManager.default.contentsOfDirectory(atPath: folder)
        else { return [:] }
        let prefix = base.map { $0.hasSuffix("/") ? $0 : $0 + "/" } ?? URL(fileURLWithPath: folder).absoluteString
        var result: [String: String] = [:]
        for name in names where name.hasSuffix(".md") && name != "README.md" {
            let id = String(name.dropLast(3))
            result[id] = (prefix.hasSuffix("/") ? prefix : prefix + "/") + name
        }
        return result
    }
}
