import Foundation
import LecternTestSupport
import Testing
@testable import LecternCore

/// Listing the folder again reads only the files whose stamp changed.
@Suite struct RelistingTests {
    /// Sets the file's modification time back to `time`, as it was before an edit.
    private func setModified(_ path: String, to time: timespec) {
        var times = [time, time]
        _ = utimensat(AT_FDCWD, path, &times, 0)
    }

    private func modified(_ path: String) -> timespec {
        var info = stat()
        _ = stat(path, &info)
        return info.st_mtim
    }

    @Test func anUnchangedStampKeepsTheEntryAndAChangedOneIsReadAgain() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let kept = try folder.write("a.txt", "Alpha\n\nText.\n")
        let edited = try folder.write("b.txt", "Beta\n\nText.\n")
        let library = try Library.open(folder: folder.path)
        // Same size and modification time: the stamp says unchanged, so the old title stays
        // (proof that the file was not read again).
        let time = modified(kept)
        try folder.write("a.txt", "Omega\n\nText.\n")
        setModified(kept, to: time)
        // Another size: read again.
        try folder.write("b.txt", "Gamma ray\n\nText.\n")
        try folder.write("c.txt", "Delta\n\nText.\n")
        let relisted = try library.relisted()
        #expect(relisted.entries.map(\.title) == ["Alpha", "Gamma ray", "Delta"])
        #expect(relisted.entries.map(\.path) == [kept, edited, folder.path + "/c.txt"])
        // A fresh listing reads every file.
        #expect(try Library.open(folder: folder.path).entries.map(\.title) == ["Omega", "Gamma ray", "Delta"])
    }

    @Test func aPartialListingIsCompletedWithoutReadingItsFirstFilesAgain() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let first = try folder.write("1.txt", "One\n\nText.\n")
        try folder.write("2.txt", "Two\n\nText.\n")
        let partial = try Library.openFirst(1, folder: folder.path)
        let time = modified(first)
        try folder.write("1.txt", "Eno\n\nText.\n")
        setModified(first, to: time)
        #expect(try partial.relisted().entries.map(\.title) == ["One", "Two"])
    }
}
