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
        init(reason: String) { self.reason = reason }
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
    /// Only a regular file is read: it is opened without blocking (a FIFO would wait for a
    /// writer forever) and checked with `fstat` before a byte is read.
    public static func contents(of path: String, limit: Int) throws(Failure) -> [UInt8] {
        let descriptor = open(path, O_RDONLY | O_NONBLOCK)
        guard descriptor >= 0 else { throw Failure(errno: errno) }
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0 else { throw Failure(errno: errno) }
        guard status.st_mode & S_IFMT == S_IFREG else {
            throw Failure(reason: "is not a regular file (\(kindName(status.st_mode)))")
        }
        _ = fcntl(descriptor, F_SETFL, fcntl(descriptor, F_GETFL) & ~O_NONBLOCK)
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

    /// Writes `bytes` to `path` the safe way (the policy is in docs/RELIABILITY.md):
    ///
    /// - a symbolic link is followed: the file it points to is written, the link stays;
    /// - only a regular file is written over: a device, FIFO, socket or folder is refused, and so
    ///   is a file the process may not write (its mode has no write bit, even for root), and any
    ///   of `inputs`, the files this run reads (`--fix` passes none: it writes its input);
    /// - the new text goes to a temporary file beside the target, synced, then renamed over it,
    ///   so a reader sees the old file or the new one, never part of one; the owner, group and
    ///   mode are the old file's; a file with other hard links is written in place (after the
    ///   temporary is complete) so the links keep sharing it;
    /// - a temporary of ours that a killed run left beside the target is removed.
    public static func writeAtomically(_ bytes: [UInt8], to path: String, inputs: [String] = []) throws(Failure) {
        let target = resolvedTarget(path)
        var existing = stat()
        let exists = stat(target, &existing) == 0
        if exists {
            guard existing.st_mode & S_IFMT == S_IFREG else {
                throw Failure(reason: "is not a regular file (\(kindName(existing.st_mode))); nothing was written")
            }
            guard existing.st_mode & 0o222 != 0, access(target, W_OK) == 0 else {
                throw Failure(reason: "is read-only; nothing was written")
            }
            for input in inputs {
                var other = stat()
                if stat(input, &other) == 0, other.st_dev == existing.st_dev, other.st_ino == existing.st_ino {
                    throw Failure(
                        reason: "is \(input == path ? "the" : "an") input of this run (\(input)); nothing was written")
                }
            }
        }
        let slash = target.lastIndex(of: "/")
        let folder = slash.map { String(target[..<$0]) } ?? "."
        let name = slash.map { String(target[target.index(after: $0)...]) } ?? target
        let folderPath = folder.isEmpty ? "/" : folder
        removeStaleTemporaries(of: name, in: folderPath)
        var template = Array("\(folderPath)/.\(name).resolint-XXXXXX".utf8CString)
        let descriptor = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
        guard descriptor >= 0 else { throw Failure(errno: errno) }
        let temporary = String(decoding: template.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
        func fail(_ code: Int32) -> Failure {
            close(descriptor)
            unlink(temporary)
            return Failure(errno: code)
        }
        guard writeAll(bytes, to: descriptor) else { throw fail(errno) }
        // The new file takes the old one's owner, group and permissions, or the usual ones.
        fchmod(descriptor, exists ? existing.st_mode & 0o7777 : 0o644 & ~processUmask)
        if exists, existing.st_uid != geteuid() || existing.st_gid != getegid() {
            _ = fchown(descriptor, existing.st_uid, existing.st_gid)
        }
        guard fsync(descriptor) == 0 else { throw fail(errno) }
        if exists, existing.st_nlink > 1 {
            // Renaming would split the hard link: copy the complete text into the file itself.
            let inPlace = open(target, O_WRONLY | O_TRUNC)
            guard inPlace >= 0 else { throw fail(errno) }
            let written = writeAll(bytes, to: inPlace) && fsync(inPlace) == 0
            let code = errno
            close(inPlace)
            guard written else { throw fail(code) }
            close(descriptor)
            unlink(temporary)
            return
        }
        guard close(descriptor) == 0 else {
            let code = errno
            unlink(temporary)
            throw Failure(errno: code)
        }
        guard rename(temporary, target) == 0 else {
            let code = errno
            unlink(temporary)
            throw Failure(errno: code)
        }
    }

    /// Makes `path` a folder, with the folders above it that are missing (as `mkdir -p`).
    public static func makeFolder(_ path: String) throws(Failure) {
        var status = stat()
        if stat(path, &status) == 0 {
            guard status.st_mode & S_IFMT == S_IFDIR else { throw Failure(reason: "is not a folder") }
            return
        }
        if let slash = path.dropLast().lastIndex(of: "/"), slash != path.startIndex {
            try makeFolder(String(path[..<slash]))
        }
        guard mkdir(path, 0o777) == 0 || errno == EEXIST else { throw Failure(errno: errno) }
    }

    /// The file a path names for writing: itself, or the file its symbolic links lead to (a
    /// dangling link's target, which the write creates).
    static func resolvedTarget(_ path: String) -> String {
        var current = path
        for _ in 0..<40 {
            var status = stat()
            guard lstat(current, &status) == 0, status.st_mode & S_IFMT == S_IFLNK else { return current }
            var buffer = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
            let length = readlink(current, &buffer, buffer.count - 1)
            guard length > 0 else { return current }
            let link = String(decoding: buffer.prefix(length).map { UInt8(bitPattern: $0) }, as: UTF8.self)
            if link.hasPrefix("/") {
                current = link
            } else {
                let folder = current.lastIndex(of: "/").map { String(current[...$0]) } ?? ""
                current = folder + link
            }
        }
        return current
    }

    /// `.NAME.resolint-XXXXXX` files beside a target, left by a run that was killed mid-write:
    /// removed once they are a minute old (a younger one may be another run's, at work now).
    private static func removeStaleTemporaries(of name: String, in folder: String) {
        guard let directory = opendir(folder) else { return }
        defer { closedir(directory) }
        let prefix = ".\(name).resolint-"
        var now = timespec()
        clock_gettime(CLOCK_REALTIME, &now)
        while let entry = readdir(directory) {
            let file = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                String(decoding: raw.prefix { $0 != 0 }, as: UTF8.self)
            }
            guard file.hasPrefix(prefix), file.count == prefix.count + 6 else { continue }
            var status = stat()
            let path = folder + "/" + file
            if lstat(path, &status) == 0, status.st_mode & S_IFMT == S_IFREG,
                now.tv_sec - status.st_mtim.tv_sec > 60
            {
                unlink(path)
            }
        }
    }

    private static func writeAll(_ bytes: [UInt8], to descriptor: Int32) -> Bool {
        var written = 0
        while written < bytes.count {
            let count = bytes[written...].withUnsafeBytes { write(descriptor, $0.baseAddress, $0.count) }
            if count < 0 {
                if errno == EINTR { continue }
                return false
            }
            written += count
        }
        return true
    }

    private static func kindName(_ mode: mode_t) -> String {
        switch mode & S_IFMT {
        case S_IFCHR, S_IFBLK: "a device"
        case S_IFIFO: "a FIFO"
        case S_IFSOCK: "a socket"
        case S_IFDIR: "a folder"
        default: "not a plain file"
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
