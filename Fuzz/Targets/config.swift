import Foundation
import ResolintKit

/// Feeds the bytes to the readers of `.resolint.yml` and of rule files (`Rules/*.yml`), then
/// builds the rule set and a linter from what they accept, as a run would.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let text = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
    let configuration = try? Configuration.parse(text, path: "fuzz.yml", folder: "/nonexistent")
    var rules = RuleData()
    if (try? rules.add(text, path: "fuzz.yml")) != nil {
        let set = RuleSet.standard(data: rules)
        _ = try? Linter(ruleSet: set, configuration: configuration ?? Configuration())
    }
    return 0
}
