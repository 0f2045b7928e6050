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

    /// Which names a listing keeps: told from a name's bytes where they tell (`bytes` gives
    /// nil where they do not), else from the name made a String. A folder of ten thousand
    /// files makes a String only of those it keeps, and most are told from their bytes.
    struct Filter {
        var bytes: (UnsafeBufferPointer<UInt8>) -> Bool?
        var name: (String) -> Bool
    }

    /// The names in `folder` that `isWanted` keeps ("." and ".." are never asked about).
    static func names(in folder: String, where isWanted: Filter) throws(LibraryError) -> Names {
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
            let kept = withUnsafeBytes(of: &entry.pointee.d_name) { raw -> String? in
                // As a buffer of its own length: the generic collection path costs more per byte.
                let bytes = UnsafeBufferPointer(rebasing: raw.bindMemory(to: UInt8.self)[..<strnlen(raw.baseAddress!, raw.count)])
                let byBytes = isWanted.bytes(bytes)
                guard !isDots(bytes), byBytes != false else { return nil }
                let name = FileName.string(fromBytes: bytes)
                return byBytes == true || isWanted.name(name) ? name : nil
            }
            if let kept {
                listed.names.append(kept)
                listed.inodes.append(UInt64(entry.pointee.d_ino))
            }
        }
        return listed
    }

    /// "." or "..": the folder itself and its parent.
    private static func isDots(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let dot = UInt8(ascii: ".")
        return (bytes.count == 1 || bytes.count == 2) && bytes[0] == dot && bytes[bytes.count - 1] == dot
    }
}
