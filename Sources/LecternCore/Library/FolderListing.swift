#if canImport(Glibc)
import Glibc
#endif

/// The names in a library folder, read with `readdir`: every name, including those that are
/// not UTF-8 (`FileName` keeps their bytes), which Foundation's listing leaves out.
enum FolderListing {
    /// A name in the folder, and the inode it names (a link's own).
    struct Name {
        var name: String
        var inode: UInt64
    }

    static func names(in folder: String) throws(LibraryError) -> [Name] {
        var info = stat()
        guard FileName.withCString(folder, { stat($0, &info) }) == 0 else {
            let code = errno
            if code == ENOENT { throw .missingFolder(folder) }
            throw .unlistableFolder(folder, FileStatus.problem(folder, errno: code))
        }
        guard info.st_mode & S_IFMT == S_IFDIR else { throw .notAFolder(folder) }
        guard let stream = FileName.withCString(folder, { opendir($0) }) else {
            throw .unlistableFolder(folder, FileStatus.problem(folder, errno: errno))
        }
        defer { closedir(stream) }
        var names: [Name] = []
        while let entry = readdir(stream) {
            let name = withUnsafeBytes(of: &entry.pointee.d_name) { raw in
                // As a buffer of its own length: the generic collection path costs more per byte.
                let bytes = raw.bindMemory(to: UInt8.self)
                return FileName.string(fromBytes: UnsafeBufferPointer(rebasing: bytes[..<strnlen(raw.baseAddress!, raw.count)]))
            }
            if name != ".", name != ".." { names.append(Name(name: name, inode: UInt64(entry.pointee.d_ino))) }
        }
        return names
    }
}
