#if canImport(Glibc)
import Glibc
#endif

/// A folder listed: its article files read on all cores, in natural order of their names.
extension Library {
    /// Reads the `.txt` files of `folder`: titles and footers only.
    public static func open(folder: String) throws(LibraryError) -> Library {
        try open(folder: folder, reusing: nil)
    }

    /// Reads the `.txt` files of `folder`, taking the entry of a file that has not changed
    /// since `earlier` listed it (same stamp) from `earlier` instead of reading it again.
    static func open(folder: String, reusing earlier: Library?) throws(LibraryError) -> Library {
        let pass = FolderPass(folder: folder, listed: try articleNames(in: folder))
        let names = pass.names
        // Files are independent: all cores read them, each result in its place, and one core
        // first puts the names in natural order: no file waits for the sort.
        var order: [Int] = []
        // Optional, so that each result can be moved out below (`take`), not copied.
        var files = Parallel.mapOpeningFiles(names.indices, alongside: { order = NaturalOrder.sortedIndices(names) },
                                             scratch: { ArticleFile.ExcerptBuffers() }) { buffers, place -> ListedFile? in
            let index = pass.readOrder[place]
            let location = pass.location(of: index)
            let (path, id) = (location.path, articleID(names[index]))
            if let (entry, stamp) = earlier?.unchangedEntry(path: path, id: id) {
                return ListedFile.read(entry, stamp)
            }
            do throws(LibraryError) {
                let (entry, stamp) = try summarizeStamped(location, id: id, buffers: buffers)
                return .read(entry, stamp)
            } catch {
                return .rejected(RejectedFile(path: path, error: error))
            }
        }
        var entries: [LibraryEntry] = []
        var stamps: [FileStamp?] = []
        entries.reserveCapacity(files.count)
        stamps.reserveCapacity(files.count)
        var rejected: [RejectedFile] = []
        let placeRead = pass.placesRead()
        for index in order {
            switch files[placeRead[index]].take()! {
            case .read(let entry, let stamp):
                entries.append(entry)
                stamps.append(stamp)
            case .rejected(let file): rejected.append(file)
            }
        }
        // The keys made on all cores once the entries are in order: kept with each file's result,
        // they would be copied once more and hold a megabyte more of memory.
        var library = Library(folder: folder, entries: consume entries, rejected: rejected)
        library.stamps = stamps
        return library
    }

    /// What reading one file of a listing gave.
    private enum ListedFile {
        case read(LibraryEntry, FileStamp)
        case rejected(RejectedFile)
    }

    /// The article files of `folder`, in natural order of their names: `.txt`, not hidden.
    static func articleFiles(in folder: String) throws(LibraryError) -> [(path: String, id: String)] {
        let names = try articleNames(in: folder).names
        let prefix = pathPrefix(folder)
        return NaturalOrder.sortedIndices(names).map { (prefix + names[$0], articleID(names[$0])) }
    }

    /// The names of the article files in `folder`, in the folder's order: `.txt`, not hidden.
    static func articleNames(in folder: String) throws(LibraryError) -> FolderListing.Names {
        try FolderListing.names(in: folder, where: FolderListing.Filter(bytes: isArticleName(bytes:), name: isArticleName))
    }

    /// A name ending in ".txt" and not starting with ".", as `hasSuffix` and `hasPrefix` tell,
    /// told on the bytes of an ASCII name (each byte a character: thousands of names are asked).
    static func isArticleName(_ name: String) -> Bool {
        var name = name
        return name.withUTF8(isArticleName(bytes:)) ?? (name.hasSuffix(".txt") && !name.hasPrefix("."))
    }

    /// The same, of a name's bytes when they are ASCII; nil for any other name, whose
    /// characters may not be its bytes (a combining mark after ".txt" makes a "t" of its own).
    static func isArticleName(bytes: UnsafeBufferPointer<UInt8>) -> Bool? {
        guard ASCII.holdsOnlyASCII(bytes) else { return nil }
        let count = bytes.count
        return count >= 4 && bytes[0] != UInt8(ascii: ".") && bytes[count - 4] == UInt8(ascii: ".")
            && bytes[count - 3] == UInt8(ascii: "t") && bytes[count - 2] == UInt8(ascii: "x") && bytes[count - 1] == UInt8(ascii: "t")
    }

    /// What goes before a file's name to make its path. Joined by hand: NSString's
    /// appendingPathComponent costs a bridge per file.
    static func pathPrefix(_ folder: String) -> String {
        folder.isEmpty || folder.hasSuffix("/") ? folder : folder + "/"
    }

    /// The id of the article file named `name`: the name without ".txt".
    static func articleID(_ name: String) -> String { String(name.dropLast(4)) }
}
