/// Finds document symbols: a word of capitals, then one or more "/"-joined parts —
/// "A/58/222", "A/RES/57/173", "NPT/CONF.2020/WP.77", "E/CN.15/2003/L.1", "GC(45)/RES/10",
/// "CM/Res.1153". A name or number inside a symbol is part of the symbol, never a use of it.
enum DocumentSymbolScanner {
    static func symbols(in scan: ScalarScan) -> [DocumentSymbol] {
        guard scan.scalars.contains("/") else { return [] }
        var symbols: [DocumentSymbol] = []
        var index = 0
        while index < scan.count {
            let scalar = scan.scalars[index]
            guard ("A"..."Z").contains(scalar), scan.startsWord(index), scan[index - 1] != "/" else {
                index += 1
                continue
            }
            if let end = symbolEnd(scan, from: index) {
                symbols.append(DocumentSymbol(text: scan.text(index..<end), range: index..<end))
                index = end
            } else {
                index = scan.letters(from: index) + 1
            }
        }
        return symbols
    }

    /// Characters a symbol is made of.
    private static func isSymbolScalar(_ scalar: Unicode.Scalar) -> Bool {
        scalar.isASCII
            && (scalar.properties.isAlphabetic || ScalarScan.isDigit(scalar) || "/.()-".unicodeScalars.contains(scalar))
    }

    /// Where the symbol that starts at `start` ends: the first part is capitals (with a
    /// parenthesised session, as in "GC(45)"), and a part follows each "/".
    private static func symbolEnd(_ scan: ScalarScan, from start: Int) -> Int? {
        var index = start
        while let scalar = scan[index], ("A"..."Z").contains(scalar) || ScalarScan.isDigit(scalar) {
            index += 1
        }
        if scan[index] == "(" {
            let close = scan.scalars[index...].prefix(8).firstIndex(of: ")")
            guard let close else { return nil }
            index = close + 1
        }
        guard scan[index] == "/", let next = scan[index + 1], next.isASCII,
            next.properties.isAlphabetic || ScalarScan.isDigit(next)
        else { return nil }
        var end = index
        var depth = 0
        while let scalar = scan[end], isSymbolScalar(scalar) {
            if scalar == "(" { depth += 1 }
            if scalar == ")" {
                guard depth > 0 else { break }
                depth -= 1
            }
            end += 1
        }
        // A full stop, dash or slash at the end belongs to the sentence.
        while end > index + 1, let last = scan[end - 1], ".-/".unicodeScalars.contains(last) { end -= 1 }
        return end
    }
}
