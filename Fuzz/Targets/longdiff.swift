import Foundation
import ResolintKit

/// Turns the bytes into two long paragraphs — the words of each half (split at the first NUL),
/// repeated to some thousands of words — and diffs them: the word diff's linear-space search
/// and the alignment on paragraphs far longer than the corpus has.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    let cut = bytes.firstIndex(of: 0) ?? size / 2
    func paragraph(_ part: ArraySlice<UInt8>) -> String {
        let words = String(decoding: part, as: UTF8.self).split(whereSeparator: { $0.isWhitespace }).map(String.init)
        guard !words.isEmpty else { return "The General Assembly,\n\n1. Decides;\n" }
        let long = (0..<max(1, 3_000 / words.count)).flatMap { round in words.map { "\($0)\(round % 7)" } }
        return "The General Assembly,\n\n1. Decides " + long.joined(separator: " ") + ";\n"
    }
    let parser = ResolutionParser()
    let old = parser.parse(SourceText(path: "old.txt", text: paragraph(bytes[..<cut])))
    let new = parser.parse(SourceText(path: "new.txt", text: paragraph(bytes[min(cut + 1, size)...])))
    let diff = Differ().diff(old: old, new: new)
    _ = DiffJSON.encode(diff).rendered()
    return 0
}
