import Foundation

/// Writes a line to standard error.
func printError(_ message: String) {
    FileHandle.standardError.write(Data((message + "\n").utf8))
}

/// Writes text to standard output as it is.
func write(_ text: String) {
    FileHandle.standardOutput.write(Data(text.utf8))
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
                && isatty(FileHandle.standardOutput.fileDescriptor) == 1
        }
    }
}
