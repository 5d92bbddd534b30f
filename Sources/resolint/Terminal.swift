#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Writes a line to standard error.
func printError(_ message: String) {
    write(message + "\n", to: 2)
}

/// Writes text to standard output as it is.
func write(_ text: String) {
    write(text, to: 1)
}

/// All of `text` to a file descriptor, however many calls that takes.
private func write(_ text: String, to descriptor: Int32) {
    var text = text
    text.withUTF8 { bytes in
        var offset = 0
        while offset < bytes.count {
            let count = write(descriptor, bytes.baseAddress! + offset, bytes.count - offset)
            if count < 0, errno == EINTR { continue }
            guard count > 0 else { return }  // a closed pipe: nothing more can be written
            offset += count
        }
    }
}

/// Whether to colour output.
enum Terminal {
    /// `--color always|never`, or by default only on a terminal and never under NO_COLOR.
    static func useColor(_ choice: String) -> Bool {
        switch choice {
        case "always": true
        case "never": false
        default:
            (ProcessInfo.processInfo.environment["NO_COLOR"] ?? "").isEmpty
                && isatty(1) == 1
        }
    }
}
