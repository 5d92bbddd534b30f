extension Substring {
    /// The word's letters alone ("Recalling," → "Recalling"), byte by byte when it is ASCII, as
    /// opening words mostly are; otherwise by Unicode's letters.
    package var letters: String {
        guard utf8.allSatisfy({ $0 < 0x80 }) else { return String(filter(\.isLetter)) }
        return String(decoding: utf8.filter { (0x41...0x5A).contains($0) || (0x61...0x7A).contains($0) }, as: UTF8.self)
    }
}
