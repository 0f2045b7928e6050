#if canImport(Glibc)
import Glibc
#endif

/// What the system says about a path, in the terms of `FileFailure`.
enum FileStatus {
    /// The problem an `errno` from opening or reading `path` names. For a missing file, tells a
    /// dangling symbolic link (the name exists, its target does not) from no file at all.
    static func problem(_ path: String, errno code: Int32) -> FileFailure {
        switch code {
        case ENOENT, ENOTDIR:
            if let target = linkTarget(path) { return .danglingLink(target: target) }
            return .noSuchFile
        case EACCES, EPERM: return .permissionDenied
        case ELOOP: return .symbolicLinkLoop
        case EISDIR: return .folder
        default: return .readError(String(cString: strerror(code)))
        }
    }

    /// Where the symbolic link at `path` points, or nil when `path` is not a symbolic link.
    static func linkTarget(_ path: String) -> String? {
        var buffer = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
        let length = FileName.withCString(path) { readlink($0, &buffer, buffer.count - 1) }
        guard length >= 0 else { return nil }
        return FileName.string(fromBytes: buffer[..<length].map { UInt8(bitPattern: $0) })
    }

    /// The device and inode of the file `path` names (through links), or nil if it has none.
    static func identity(_ path: String) -> FileIdentity? {
        FileStamp.of(path)?.identity
    }

    /// True when something (even a dangling link) has the name `path`.
    static func exists(_ path: String) -> Bool {
        var info = stat()
        return FileName.withCString(path) { lstat($0, &info) } == 0
    }

    /// True when `path` names a folder (through links).
    static func isFolder(_ path: String) -> Bool {
        var info = stat()
        return FileName.withCString(path) { stat($0, &info) } == 0 && info.st_mode & S_IFMT == S_IFDIR
    }
}

/// A file as the system knows it, whatever name or link leads there.
struct FileIdentity: Hashable {
    var device: UInt64
    var inode: UInt64
}

/// What a file was when it was read: enough to tell, later, that it grew, shrank, was
/// rewritten or replaced, without reading it again.
public struct FileStamp: Hashable, Sendable {
    var identity: FileIdentity
    var size: Int64
    var modified: timespec

    /// The stamp of the file `path` names now, or nil when there is none (it vanished).
    public static func of(_ path: String) -> FileStamp? {
        var info = stat()
        guard FileName.withCString(path, { stat($0, &info) }) == 0 else { return nil }
        return FileStamp(info)
    }

    /// The stamp of a file from what `stat` or `fstat` said of it.
    init(_ info: stat) {
        identity = FileIdentity(device: UInt64(info.st_dev), inode: UInt64(info.st_ino))
        size = Int64(info.st_size)
        modified = info.st_mtim
    }

    public static func == (a: FileStamp, b: FileStamp) -> Bool {
        a.identity == b.identity && a.size == b.size
            && a.modified.tv_sec == b.modified.tv_sec && a.modified.tv_nsec == b.modified.tv_nsec
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(identity)
        hasher.combine(size)
    }
}
