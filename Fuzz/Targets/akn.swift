import Foundation
import ResolintAKN
import ResolintKit

/// Reads any bytes as Akoma Ntoso XML — the untrusted-input path — and writes back what it read.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Data(bytes: data, count: size)
    guard let source = try? SourceLoader().decode(bytes, path: "fuzz.xml"),
        let resolution = try? AKNReader().read(source)
    else { return 0 }
    _ = AKNWriter().write(resolution)
    return 0
}
