#if canImport(Glibc)
import Glibc
#endif

/// The names in a library folder, read with `readdir`: every name, including those that are
/// not UTF-8 (`FileName` keeps their bytes), which Foundation's listing leaves out.
enum FolderListing {
    static func names(in folder: String) throws(LibraryError) -> [String] {
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
        var names: [String] = []
        while let entry = readdir(stream) {
            let name = withUnsafeBytes(of: &entry.pointee.d_name) { raw in
                FileName.string(fromBytes: raw.prefix { $0 != 0 })
            }
            if name != ".", name != ".." { names.append(name) }
        }
        return names
    }
}
