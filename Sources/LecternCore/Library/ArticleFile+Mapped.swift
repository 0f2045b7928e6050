#if canImport(Glibc)
import Glibc
#endif

extension ArticleFile {
    /// `body` of a long file's bytes mapped into memory rather than read: reading 10 MB copies
    /// it into fresh pages, each faulted in and zeroed first (about 10 ms on one core before any
    /// other work can start); a mapping shares the pages the system already holds. `body` gets
    /// nil for a file shorter than `minimumSize`, a gzip file (its text is not its bytes), or one
    /// that cannot be mapped: the caller then reads it with `readAll`.
    ///
    /// Like any mapped reader, the process takes SIGBUS if the file is cut short while `body`
    /// reads it.
    static func withMapped<Result>(_ path: String, minimumSize: Int,
                                   _ body: (UnsafeBufferPointer<UInt8>?) throws(LibraryError) -> Result) throws(LibraryError) -> Result {
        let (descriptor, info) = try openRegularFile(Location(path: path))
        let size = Int(info.st_size)
        let mapping = size >= max(1, minimumSize) ? mmap(nil, size, PROT_READ, MAP_PRIVATE, descriptor, 0) : nil
        close(descriptor)  // a mapping keeps the file
        guard let mapping, mapping != MAP_FAILED else { return try body(nil) }
        defer { munmap(mapping, size) }
        let bytes = UnsafeBufferPointer(start: mapping.assumingMemoryBound(to: UInt8.self), count: size)
        return try body(Gzip.isCompressed(bytes) ? nil : bytes)
    }
}
