import Foundation
import ResolintKit

/// The rule set with the bundled rule data, loaded once (the folder comes from RESOLINT_RULES).
let linter: Linter = {
    let rules = ProcessInfo.processInfo.environment["RESOLINT_RULES"] ?? "Rules"
    guard let data = try? RuleData.load(directories: [rules]), let linter = try? Linter(ruleSet: .standard(data: data))
    else { fatalError("cannot load the rules in \(rules)") }
    return linter
}()

/// Reads any bytes as a resolution text and lints it with every rule, fixes applied.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Data(bytes: data, count: size)
    guard let source = try? SourceLoader().decode(bytes, path: "fuzz.txt") else { return 0 }
    let document = LintDocument(resolution: ResolutionParser().parse(source), source: source)
    let findings = linter.lint(document)
    _ = source.applying(findings.compactMap(\.fix))
    return 0
}
