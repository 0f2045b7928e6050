extension Library {
    /// The same folder listed again: a reader coming back to its list sees the articles added or
    /// removed meanwhile. A file whose stamp (device, inode, size, modification time) is as it
    /// was keeps its entry unread, so going back to a list of 100,000 articles costs a `stat`
    /// each, not a read. An entry that vanished between listing and opening fails to load with
    /// "no such file: PATH" (`LibraryError.file`).
    public func relisted() throws(LibraryError) -> Library {
        try Library.open(folder: folder, reusing: self)
    }

    /// The entry of the file at `path` as listed before, with its stamp, when the file has the
    /// same stamp now.
    func unchangedEntry(path: String, id: String) -> (LibraryEntry, FileStamp)? {
        guard let index = index(ofID: id), index < stamps.count, let stamp = stamps[index],
              entries[index].path == path, FileStamp.of(path) == stamp else { return nil }
        return (entries[index], stamp)
    }
}
