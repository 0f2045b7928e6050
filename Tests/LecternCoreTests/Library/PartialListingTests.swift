import LecternTestSupport
import Testing
@testable import LecternCore

/// A library read only as far as its first screen: the rest stand in under their file names
/// until the folder is read whole.
@Suite struct PartialListingTests {
    @Test func theFirstFilesAreReadAndTheRestStandIn() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        for index in 1...12 {
            let id = "note-\(index)"
            try folder.write("\(id).txt", "Note \(index)\n\nThe body.\n\nNext\n\nNote \(index + 1)\n")
        }
        try folder.write("note-2.5.txt", bytes: [0x00, 0x01, 0x02, 0x00])  // binary: left out
        let partial = try Library.openFirst(4, folder: folder.path)
        let whole = try Library.open(folder: folder.path)
        #expect(!partial.isComplete && whole.isComplete)
        #expect(partial.entries.prefix(3).map(\.title) == ["Note 1", "Note 2", "Note 3"])
        #expect(partial.entries.map(\.id).filter { $0 != "note-2.5" } == whole.entries.map(\.id))
        #expect(partial.entries.dropFirst(3).allSatisfy { $0.title == $0.id && $0.next == nil })
        let relisted = try partial.relisted()
        #expect(relisted.isComplete)
        #expect(relisted.entries == whole.entries)
    }

    @Test func aSmallFolderIsCompleteAtOnce() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try folder.write("a.txt", "Alpha\n\nText.\n")
        try folder.write("b.txt", "Beta\n\nText.\n")
        let library = try Library.openFirst(2, folder: folder.path)
        #expect(library.isComplete)
        #expect(library.entries.map(\.title) == ["Alpha", "Beta"])
    }
}
