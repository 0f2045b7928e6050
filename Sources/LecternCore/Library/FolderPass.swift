#if canImport(Glibc)
import Glibc
#endif

/// One pass over a folder's article files, as a listing and a library search make it: the
/// files read on all cores in the order of their inodes (which the system serves faster than
/// the folder's hash order: its records of them lie in that order), each opened by its name in
/// the open folder (the system then looks up one name, not every folder on the path), or by its
/// path when the folder cannot be opened.
final class FolderPass {
    /// The files' names, in the folder's order.
    let names: [String]
    /// The index in `names` of the file read at each place.
    let readOrder: [Int]
    private let prefix: String
    private let descriptor: Int32

    init(folder: String, listed: FolderListing.Names) {
        names = listed.names
        readOrder = listed.inodes.withUnsafeBufferPointer { inodes in inodes.indices.sorted { inodes[$0] < inodes[$1] } }
        prefix = Library.pathPrefix(folder)
        descriptor = FileName.withCString(folder) { open($0, O_RDONLY | O_DIRECTORY | O_CLOEXEC) }
    }

    deinit {
        if descriptor >= 0 { close(descriptor) }
    }

    /// The path of file `index` of `names`, and where to open it.
    func location(of index: Int) -> ArticleFile.Location {
        let name = names[index]
        let path = prefix + name
        return descriptor >= 0 ? ArticleFile.Location(path: path, name: name, folder: descriptor) : ArticleFile.Location(path: path)
    }

    /// The place each file of `names` was read at: `readOrder` turned around.
    func placesRead() -> [Int] {
        var places = [Int](repeating: 0, count: readOrder.count)
        for (place, index) in readOrder.enumerated() { places[index] = place }
        return places
    }
}
