import Foundation
import ResolintKit

/// Splits the bytes at the first NUL (or in the middle) into two texts and diffs them, in every
/// output format the library renders.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    let cut = bytes.firstIndex(of: 0) ?? size / 2
    let loader = SourceLoader()
    guard let old = try? loader.decode(Data(bytes[..<cut]), path: "old.txt"),
        let new = try? loader.decode(Data(bytes[min(cut + 1, size)...]), path: "new.txt")
    else { return 0 }
    let parser = ResolutionParser()
    let diff = Differ().diff(old: parser.parse(old), new: parser.parse(new))
    _ = DiffJSON.encode(diff).rendered()
    _ = DiffTextRenderer().render(diff)
    _ = DiffHTML.render(diff)
    _ = DiffMarkdown.render(diff)
    return 0
}
