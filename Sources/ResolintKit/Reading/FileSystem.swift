#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The few file operations resolint needs, on the C library: one `stat` to learn what a path
/// is, whole-file reads, atomic writes, folder walks. Failures carry the system's own words
/// ("Permission denied") for the messages users see.
public enum FileSystem {
    /// What a path names.
    public enum Kind: Equatable, Sendable {
        case file(size: Int)
        case directory
        case missing
    }

    /// A failed operation and the system's reason.
    public struct Failure: Error, CustomStringConvertible, Sendable {
        public let reason: String
        public var description: String { reason }

        init(errno code: Int32) { reason = String(cString: strerror(code)) }
    }

    /// What `path` is, following symbolic links.
    public static func kind(of path: String) throws(Failure) -> Kind {
        var status = stat()
        guard stat(path, &status) == 0 else {
            let code = errno
            if code == ENOENT || code == ENOTDIR { return .missing }
            throw Failure(errno: code)
        }
        return status.st_mode & S_IFMT == S_IFDIR ? .directory : .file(size: Int(status.st_size))
    }

    /// The bytes of a file; the read stops once there are more than `limit`, so a result longer
    /// than `limit` means "too large".
    public static func contents(of path: String, limit: Int) throws(Failure) -> [UInt8] {
        let descriptor = open(path, O_RDONLY)
        guard descriptor >= 0 else { throw Failure(errno: errno) }
        defer { close(descriptor) }
        return try contents(descriptor: descriptor, limit: limit)
    }

    /// The bytes readable from an open descriptor (standard input is 0), as `contents(of:limit:)`.
    public static func contents(descriptor: Int32, limit: Int) throws(Failure) -> [UInt8] {
        // Read into the array itself, sized from the file when it says (a pipe says 0), growing
        // while there is more.
        var status = stat()
        let size = fstat(descriptor, &status) == 0 ? Int(status.st_size) : 0
        var bytes = [UInt8](repeating: 0, count: max(min(size, limit) + 1, 4096))
        var filled = 0
        while true {
            if filled == bytes.count { bytes += [UInt8](repeating: 0, count: bytes.count) }
            let count = bytes.withUnsafeMutableBytes { buffer in
                read(descriptor, buffer.baseAddress! + filled, buffer.count - filled)
            }
            if count < 0 {
                if errno == EINTR { continue }
                throw Failure(errno: errno)
            }
            if count == 0 { break }
            filled += count
            if filled > limit { break }
        }
        bytes.removeLast(bytes.count - filled)
        return bytes
    }

    /// Writes `bytes` to a new file beside `path` and renames it over `path`: a reader sees the
    /// old file or the new one, never part of one, and a failed write leaves the old file as it was.
    public static func writeAtomically(_ bytes: [UInt8], to path: String) throws(Failure) {
        let slash = path.lastIndex(of: "/")
        let folder = slash.map { String(path[..<$0]) } ?? "."
        let name = slash.map { String(path[path.index(after: $0)...]) } ?? path
        var template = Array("\(folder.isEmpty ? "/" : folder)/.\(name).resolint-XXXXXX".utf8CString)
        let descriptor = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
        guard descriptor >= 0 else { throw Failure(errno: errno) }
        let temporary = String(decoding: template.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
        var written = 0
        while written < bytes.count {
            let count = bytes[written...].withUnsafeBytes { write(descriptor, $0.baseAddress, $0.count) }
            if count < 0 {
                if errno == EINTR { continue }
                let code = errno
                close(descriptor)
                unlink(temporary)
                throw Failure(errno: code)
            }
            written += count
        }
        // The new file takes the old one's permissions, or the usual ones for a new file.
        var status = stat()
        let mode = stat(path, &status) == 0 ? status.st_mode & 0o7777 : 0o644 & ~processUmask
        fchmod(descriptor, mode)
        if fsync(descriptor) != 0 || close(descriptor) != 0 {
            let code = errno
            unlink(temporary)
            throw Failure(errno: code)
        }
        guard rename(temporary, path) == 0 else {
            let code = errno
            unlink(temporary)
            throw Failure(errno: code)
        }
    }

    /// The process's file-creation mask, read once: reading it means setting it, which must not
    /// happen while parallel writers create files.
    private static let processUmask: mode_t = {
        let mask = umask(0)
        umask(mask)
        return mask
    }()

    /// The files under `folder` (relative paths, hidden names skipped, in no set order). Links
    /// to folders are not followed, so a link loop cannot hold the walk.
    public static func files(under folder: String) -> [String] {
        var result: [String] = []
        var pending = [""]
        while let relative = pending.popLast() {
            let full = relative.isEmpty ? folder : folder + "/" + relative
            guard let directory = opendir(full) else { continue }
            defer { closedir(directory) }
            while let entry = readdir(directory) {
                let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                    String(decoding: raw.prefix { $0 != 0 }, as: UTF8.self)
                }
                guard !name.hasPrefix(".") else { continue }
                let path = relative.isEmpty ? name : relative + "/" + name
                var status = stat()
                if lstat(folder + "/" + path, &status) == 0, status.st_mode & S_IFMT == S_IFDIR {
                    pending.append(path)
                } else {
                    result.append(path)
                }
            }
        }
        return result
    }
}
