import FoundationEssentials
#if canImport(Glibc)
import Glibc
#endif

/// A failed system call on a path, described as one line: "cannot create /x/y: Not a directory".
struct FileProblem: Error, CustomStringConvertible {
    var action: String
    var path: String
    var code: Int32

    init(_ action: String, _ path: String, code: Int32 = errno) {
        self.action = action
        self.path = path
        self.code = code
    }

    var reason: String { String(cString: strerror(code)) }
    var description: String { "cannot \(action) \(path): \(reason)" }
}

/// Small files read and replaced whole, with POSIX calls so that every failure has its errno.
enum AtomicFile {
    enum ReadResult {
        case missing
        case bytes(Data)
        case failed(FileProblem)
    }

    /// Reads the whole file, up to `limit` bytes (a larger file is `failed` with EFBIG).
    static func read(_ path: String, limit: Int) -> ReadResult {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else {
            // ENOTDIR: a component of the path is a file, so no state can be there either.
            return errno == ENOENT || errno == ENOTDIR ? .missing : .failed(FileProblem("read", path))
        }
        defer { close(descriptor) }
        var data = Data()
        var buffer = [UInt8](repeating: 0, count: 64 * 1024)
        while true {
            let count = buffer.withUnsafeMutableBytes { Glibc.read(descriptor, $0.baseAddress, $0.count) }
            if count < 0, errno == EINTR { continue }
            guard count >= 0 else { return .failed(FileProblem("read", path)) }
            if count == 0 { return .bytes(data) }
            data.append(contentsOf: buffer[..<count])
            if data.count > limit { return .failed(FileProblem("read", path, code: EFBIG)) }
        }
    }

    /// Replaces `path` with `bytes` so that a crash or a full disk leaves either the old file
    /// or the new one, whole: a temporary file in the same folder, fsync, rename, fsync the folder.
    static func write(_ bytes: [UInt8], to path: String) throws(FileProblem) {
        let folder = FilePaths.folder(of: path)
        let name = FilePaths.lastComponent(path)
        let temporary = folder + "/.\(name).\(getpid())-\(UInt32.random(in: 0...UInt32.max)).tmp"
        let descriptor = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o600)
        guard descriptor >= 0 else { throw FileProblem("create a file in", folder) }
        var written = 0
        var problem: FileProblem?
        while written < bytes.count {
            let count = bytes[written...].withUnsafeBytes { Glibc.write(descriptor, $0.baseAddress, $0.count) }
            if count < 0, errno == EINTR { continue }
            guard count > 0 else {
                problem = FileProblem("write", temporary)
                break
            }
            written += count
        }
        if problem == nil, fsync(descriptor) != 0 { problem = FileProblem("write", temporary) }
        if close(descriptor) != 0, problem == nil { problem = FileProblem("write", temporary) }
        if problem == nil, rename(temporary, path) != 0 { problem = FileProblem("replace", path) }
        if let problem {
            unlink(temporary)
            throw problem
        }
        // The rename itself is durable once the folder is synced; failing that is not worth a notice.
        let folderDescriptor = open(folder, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        if folderDescriptor >= 0 {
            fsync(folderDescriptor)
            close(folderDescriptor)
        }
    }

    /// Creates `path` and its missing parents (mode 0700: reading memory is private).
    static func createFolders(_ path: String) throws(FileProblem) {
        var partial = ""
        for component in path.split(separator: "/") {
            partial += "/" + component
            if mkdir(partial, 0o700) == 0 || errno == EEXIST { continue }
            throw FileProblem("create", partial)
        }
        var status = stat()
        guard stat(path, &status) == 0 else { throw FileProblem("create", path) }
        guard status.st_mode & S_IFMT == S_IFDIR else { throw FileProblem("create", path, code: ENOTDIR) }
    }

    /// The path with symbolic links, `.` and `..` resolved. For a path that does not exist yet
    /// (a state folder before its first save), its folder's real path and its name.
    static func realPath(_ path: String) -> String {
        guard let resolved = realpath(path, nil) else {
            let folder = FilePaths.folder(of: path)
            guard folder != path else { return path }
            let realFolder = realPath(folder)
            return (realFolder.hasSuffix("/") ? realFolder : realFolder + "/") + FilePaths.lastComponent(path)
        }
        defer { free(resolved) }
        return String(cString: resolved)
    }
}
