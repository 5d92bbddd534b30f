import ArgumentParser
import ResolintKit
import Synchronization

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
    write(message.escapingTerminalControls + "\n", to: 2)
}

/// Writes text to standard output, control characters shown escaped (JSON and XML have none
/// left to escape); with `colour`, the colours a reporter added pass (it escaped its text).
func write(_ text: String, colour: Bool = false) {
    write(colour ? text.escapingTerminalControlsButColour : text.escapingTerminalControls, to: 1)
}

/// The first failed write to standard output, if any: the command then ends with status 2
/// and says why (a full disk, `> /dev/full`), whatever it would have ended with.
enum OutputFailure {
    private static let reason = Mutex<String?>(nil)

    static func record(_ code: Int32) {
        reason.withLock { if $0 == nil { $0 = String(cString: strerror(code)) } }
    }

    static var current: String? { reason.withLock { $0 } }
}

/// All of `text` to a file descriptor, however many calls that takes; a failure on standard
/// output is recorded.
private func write(_ text: String, to descriptor: Int32) {
    var text = text
    text.withUTF8 { bytes in
        var offset = 0
        while offset < bytes.count {
            let count = write(descriptor, bytes.baseAddress! + offset, bytes.count - offset)
            if count < 0, errno == EINTR { continue }
            guard count > 0 else {
                if descriptor == 1 { OutputFailure.record(count < 0 ? errno : EIO) }
                return
            }
            offset += count
        }
    }
}

/// Whether to colour output.
enum Terminal {
    /// `--color always|never`, or by default only on a terminal and never under NO_COLOR.
    static func useColor(_ choice: ColorChoice) -> Bool {
        switch choice {
        case .always: true
        case .never: false
        case .auto:
            (ProcessInfo.processInfo.environment["NO_COLOR"] ?? "").isEmpty
                && isatty(1) == 1
        }
    }
}

/// `--color auto|always|never`.
enum ColorChoice: String, ExpressibleByArgument, CaseIterable {
    case auto, always, never
}
