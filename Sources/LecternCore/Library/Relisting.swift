extension Library {
    /// The same folder listed again: a reader coming back to its list sees the articles added or
    /// removed meanwhile. A file whose stamp (device, inode, size, modification time) is as it
    /// was keeps its entry unread, so going back to a list of 100,000 articles costs a `stat`
    /// each, not a read. An entry that vanished between listing and opening fails to load with
    /// "no such file: PATH" (`LibraryError.file`).
    public func relisted() throws(LibraryError) -> Library {
        let listed = try Library.open(folder: folder, reusing: self)
        let kept = openedOutsideTheListing(of: listed)
        guard !kept.isEmpty else { return listed }
        var library = Library(folder: folder, entries: listed.entries + kept.map(\.entry), rejected: listed.rejected)
        library.stamps = listed.stamps + kept.map { Optional($0.stamp) }
        return library
    }

    /// The entries of files opened by path that a listing leaves out (a name without `.txt`, a
    /// hidden file: `open(folder:naming:)` adds them), while their files are still there: the
    /// list a reader comes back to holds the article just read, as it did when it opened.
    private func openedOutsideTheListing(of listed: Library) -> [(entry: LibraryEntry, stamp: FileStamp)] {
        let rejectedPaths = Set(listed.rejected.map(\.path))
        return entries.indices.compactMap { index in
            let entry = entries[index]
            guard listed.entry(id: entry.id) == nil, !rejectedPaths.contains(entry.path) else { return nil }
            if let unchanged = unchangedEntry(path: entry.path, id: entry.id) { return unchanged }
            // Changed since (or gone: then it goes from the list, as a listed file would).
            return try? Self.summarizeStamped(path: entry.path, id: entry.id)
        }
    }

    /// The entry of the file at `path` as listed before, with its stamp, when the file has the
    /// same stamp now.
    func unchangedEntry(path: String, id: String) -> (LibraryEntry, FileStamp)? {
        guard let index = index(ofID: id), index < stamps.count, let stamp = stamps[index],
              entries[index].path == path, FileStamp.of(path) == stamp else { return nil }
        return (entries[index], stamp)
    }
}
