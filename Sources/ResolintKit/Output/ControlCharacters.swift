/// Control characters shown, not obeyed: a text or a file name may hold an escape sequence that
/// would retitle a terminal, move its cursor or hide a line (`ESC]0;…BEL`), or a newline that
/// splits a report line. Everything resolint prints for a person goes through one of these.
extension String {
    /// Every control character (C0 with newline and tab, DEL, C1) written as `\u{1B}`: for a
    /// file name or a value inside one line of a report.
    public var escapingControlCharacters: String { escaping { $0 != "\\" && !Self.isControl($0) } }

    /// Control characters but newline and tab written as `\u{1B}`: for whole lines of output.
    public var escapingTerminalControls: String {
        escaping { $0 == "\n" || $0 == "\t" || !Self.isControl($0) }
    }

    /// As `escapingTerminalControls`, but the colour sequences resolint writes itself
    /// (`ESC[1;31m` … `ESC[0m`) pass: for output whose text parts were escaped already.
    public var escapingTerminalControlsButColour: String {
        let scalars = Array(unicodeScalars)
        guard scalars.contains(where: { Self.isControl($0) && $0 != "\n" && $0 != "\t" }) else { return self }
        var result = String.UnicodeScalarView()
        var index = 0
        while index < scalars.count {
            let scalar = scalars[index]
            if scalar == "\u{1B}", index + 1 < scalars.count, scalars[index + 1] == "[" {
                var end = index + 2
                while end < scalars.count, scalars[end].properties.numericType != nil || scalars[end] == ";" {
                    end += 1
                }
                if end < scalars.count, scalars[end] == "m" {
                    result.append(contentsOf: scalars[index...end])
                    index = end + 1
                    continue
                }
            }
            if scalar == "\n" || scalar == "\t" || !Self.isControl(scalar) {
                result.append(scalar)
            } else {
                result.append(contentsOf: "\\u{\(String(scalar.value, radix: 16, uppercase: true))}".unicodeScalars)
            }
            index += 1
        }
        return String(result)
    }

    private func escaping(keeping keep: (Unicode.Scalar) -> Bool) -> String {
        guard unicodeScalars.contains(where: { !keep($0) && $0 != "\\" }) else { return self }
        var result = String.UnicodeScalarView()
        for scalar in unicodeScalars {
            if keep(scalar) || scalar == "\\" {
                result.append(scalar)
            } else {
                result.append(contentsOf: "\\u{\(String(scalar.value, radix: 16, uppercase: true))}".unicodeScalars)
            }
        }
        return String(result)
    }

    private static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value < 0x20 || scalar.value == 0x7F || (0x80...0x9F).contains(scalar.value)
    }
}
