extension Library {
    /// The folder's articles with only the first `count` files read: the others stand in under
    /// their file names, and their links are unknown, until the whole folder is read
    /// (`relisted()`, which reads only the others). A reader draws its first screen of titles
    /// from this at once, instead of waiting for thousands of files to be read. A file among
    /// the first that cannot be read is left out, as `open(folder:)` leaves it out.
    public static func openFirst(_ count: Int, folder: String) throws(LibraryError) -> Library {
        let files = try articleFiles(in: folder)
        var read: [LibraryEntry] = []
        var stamps: [FileStamp?] = []
        for file in files.prefix(count) {
            guard let (entry, stamp) = try? summarizeStamped(path: file.path, id: file.id) else { continue }
            read.append(entry)
            stamps.append(stamp)
        }
        let standIns = files.dropFirst(count).map { LibraryEntry(id: $0.id, title: $0.id, path: $0.path) }
        var library = Library(folder: folder, entries: read + standIns, isComplete: files.count <= count)
        library.stamps = stamps + Array(repeating: nil, count: standIns.count)
        return library
    }
}
