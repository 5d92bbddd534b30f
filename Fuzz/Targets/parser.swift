import Foundation
import ResolintKit

/// Reads any bytes as a resolution text: the loader's checks, then the parser.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Data(bytes: data, count: size)
    guard let source = try? SourceLoader().decode(bytes, path: "fuzz.txt") else { return 0 }
    _ = ResolutionParser().parse(source)
    return 0
}
