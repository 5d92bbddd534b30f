#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// True when `pattern` occurs in `text`, compared byte for byte (`memchr` for its first byte,
/// `memcmp` for the rest).
func bytes(_ text: UnsafeBufferPointer<UInt8>, contain pattern: UnsafeBufferPointer<UInt8>) -> Bool {
    guard let first = pattern.first else { return true }
    guard let base = text.baseAddress, let find = pattern.baseAddress, pattern.count <= text.count else {
        return false
    }
    var start = 0
    let last = text.count - pattern.count
    while start <= last {
        guard let hit = memchr(base + start, Int32(first), last - start + 1) else { return false }
        let offset = base.distance(to: hit.assumingMemoryBound(to: UInt8.self))
        if memcmp(base + offset, find, pattern.count) == 0 { return true }
        start = offset + 1
    }
    return false
}

extension String {
    /// True when `needle` occurs in the string, compared byte for byte in UTF-8: the cheap test
    /// rules run before a regular expression.
    func containsBytes(_ needle: String) -> Bool {
        var haystack = self
        var pattern = needle
        return haystack.withUTF8 { text in pattern.withUTF8 { bytes(text, contain: $0) } }
    }
}

extension Array where Element == UInt8 {
    /// True when `needle`'s UTF-8 occurs in the bytes.
    package func containsBytes(_ needle: String) -> Bool {
        var pattern = needle
        return withUnsafeBufferPointer { text in pattern.withUTF8 { bytes(text, contain: $0) } }
    }
}
