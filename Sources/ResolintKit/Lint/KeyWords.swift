/// A fixed set of words, and which of them a text holds as whole words (ignoring ASCII case),
/// found in one pass over the text's bytes without building a string per word: the prefilter of
/// the rules that look for names from a register.
struct KeyWords: Sendable {
    /// The words, lower-cased in ASCII.
    let words: [[UInt8]]
    /// Word hash → indices into `words`.
    private let byHash: [UInt64: [Int]]

    init(_ words: [String]) {
        self.words = words.map { Array($0.utf8).map(Self.lower) }
        var byHash: [UInt64: [Int]] = [:]
        for (index, word) in self.words.enumerated() { byHash[Self.hash(word[...]), default: []].append(index) }
        self.byHash = byHash
    }

    /// For each word, whether `text` holds it.
    func present(in text: String) -> [Bool] {
        if let found = text.utf8.withContiguousStorageIfAvailable({ present(inBytes: $0) }) { return found }
        return Array(text.utf8).withUnsafeBufferPointer { present(inBytes: $0) }
    }

    private func present(inBytes bytes: UnsafeBufferPointer<UInt8>) -> [Bool] {
        var found = [Bool](repeating: false, count: words.count)
        guard !words.isEmpty else { return found }
        var index = 0
        var start = -1
        while index <= bytes.count {
            var length = 1
            var isWord = false
            if index < bytes.count {
                let byte = bytes[index]
                if byte < 0x80 {
                    isWord = Self.isAlphanumeric(byte)
                } else {
                    (isWord, length) = Self.nonASCII(bytes, at: index)
                }
            }
            if isWord {
                if start < 0 { start = index }
            } else if start >= 0 {
                let word = bytes[start..<index]
                for candidate in byHash[Self.hash(word)] ?? [] where !found[candidate] {
                    found[candidate] = word.elementsEqual(words[candidate]) { Self.lower($0) == $1 }
                }
                start = -1
            }
            index += length
        }
        return found
    }

    private static func isAlphanumeric(_ byte: UInt8) -> Bool {
        (0x30...0x39).contains(byte) || (0x41...0x5A).contains(byte) || (0x61...0x7A).contains(byte)
    }

    private static func lower(_ byte: UInt8) -> UInt8 {
        (0x41...0x5A).contains(byte) ? byte + 0x20 : byte
    }

    /// Whether the scalar starting at `index` is a letter or digit, and its length in bytes.
    private static func nonASCII(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> (Bool, Int) {
        let lead = bytes[index]
        let length = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC0 ? 2 : 1
        guard index + length <= bytes.count, length > 1 else { return (false, 1) }
        var value = UInt32(lead) & (0xFF >> (length + 1))
        for offset in 1..<length { value = value << 6 | UInt32(bytes[index + offset] & 0x3F) }
        guard let scalar = Unicode.Scalar(value) else { return (false, length) }
        return (TextSearch.isWordScalar(scalar), length)
    }

    /// FNV-1a over the bytes, ASCII letters lower-cased.
    private static func hash(_ bytes: some Sequence<UInt8>) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in bytes {
            hash = (hash ^ UInt64(lower(byte))) &* 0x100_0000_01b3
        }
        return hash
    }
}
