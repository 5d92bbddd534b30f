#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

extension String {
    /// True when `needle` occurs in the string, compared byte for byte in UTF-8 (`memchr` for
    /// its first byte, `memcmp` for the rest): the cheap test rules run before a regular
    /// expression.
    func containsBytes(_ needle: String) -> Bool {
        var haystack = self
        var pattern = needle
        return haystack.withUTF8 { text in
            pattern.withUTF8 { bytes in
                guard let first = bytes.first else { return true }
                guard let base = text.baseAddress, let find = bytes.baseAddress, bytes.count <= text.count else {
                    return false
                }
                var start = 0
                let last = text.count - bytes.count
                while start <= last {
                    guard let hit = memchr(base + start, Int32(first), last - start + 1) else { return false }
                    let offset = base.distance(to: hit.assumingMemoryBound(to: UInt8.self))
                    if memcmp(base + offset, find, bytes.count) == 0 { return true }
                    start = offset + 1
                }
                return false
            }
        }
    }
}
