#if canImport(Glibc)
import Glibc
#endif

/// The names in a library folder, read with `readdir`: every name, including those that are
/// not UTF-8 (`FileName` keeps their bytes), which Foundation's listing leaves out.
enum FolderListing {
    /// The names kept from a folder, in the folder's order, and the inode each names (a link's
    /// own): two arrays, not one of pairs, so that neither is copied out of the other.
    struct Names {
        var names: [String] = []
        var inodes: [UInt64] = []
    }

    /// The names in `folder` that `isWanted` keeps ("." and ".." are never asked about).
    static func names(in folder: String, where isWanted: (String) -> Bool) throws(LibraryError) -> Names {
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
        var listed = Names()
        while let entry = readdir(stream) {
            let name = withUnsafeBytes(of: &entry.pointee.d_name) { raw in
                // As a buffer of its own length: the generic collection path costs more per byte.
                let bytes = raw.bindMemory(to: UInt8.self)
                return FileName.string(fromBytes: UnsafeBufferPointer(rebasing: bytes[..<strnlen(raw.baseAddress!, raw.count)]))
            }
            if name != ".", name != "..", isWanted(name) {
                listed.names.append(name)
                listed.inodes.append(UInt64(entry.pointee.d_ino))
            }
        }
        return listed
    }
}
