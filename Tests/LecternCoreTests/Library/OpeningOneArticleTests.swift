import Foundation
import LecternTestSupport
import Testing
@testable import LecternCore

/// `Library.openReadingOnly`: an article named by path or id is found with its file the only
/// one read, in the library `open(folder:naming:)` gives; every other name is left to it.
@Suite final class OpeningOneArticleTests {
    let folder: TemporaryFolder
    let other: TemporaryFolder

    init() throws {
        folder = try TemporaryFolder()
        other = try TemporaryFolder()
        for index in 1...9 {
            try folder.write("note-\(index).txt", "Note \(index)\n\nThe body.\n\nNext\n\nNote \(index + 1)\n")
        }
        try folder.write("binary.txt", bytes: [0x00, 0x01, 0x02, 0x00])
        try folder.write("README", "Read me\n\nNot listed: no .txt.\n")
        try folder.write(".hidden.txt", "Hidden\n\nNot listed.\n")
        try other.write("elsewhere.txt", "Elsewhere\n\nIn another folder.\n\nPrevious\n\nSomewhere\n")
        try other.write("somewhere.txt", "Somewhere\n\nIts neighbour.\n")
    }

    deinit {
        folder.remove()
        other.remove()
    }

    private func path(_ name: String) -> String { folder.path + "/" + name }

    @Test func aPathOrIdReadsOnlyItsFileInTheLibraryTheWholeListingGives() throws {
        let names = [path("note-3.txt"), folder.path + "/../" + URL(fileURLWithPath: folder.path).lastPathComponent + "/note-7.txt",
                     "note-5", other.path + "/elsewhere.txt"]
        for name in names {
            let quick = try #require(Library.openReadingOnly(folder: folder.path, naming: name), "\(name)")
            let whole = try Library.open(folder: folder.path, naming: name)
            #expect(quick.id == whole.id)
            #expect(quick.library.folder == whole.library.folder)
            #expect(quick.library.entry(id: quick.id)?.title == whole.library.entry(id: whole.id)?.title)
            // The others are read when the library is read again.
            #expect(!quick.library.isComplete)
            #expect(quick.library.entries.map(\.id) == [quick.id])
            #expect(quick.library.entries.first?.path == whole.library.entry(id: whole.id)?.path)
            let relisted = try quick.library.relisted()
            #expect(relisted.isComplete)
            #expect(relisted.entries == whole.library.entries)
        }
    }

    @Test func namesTheWholeListingMustDecideAreLeftToIt() throws {
        // A title, a file the listing leaves out or cannot read, a folder, nothing at all.
        for name in ["Note 4", "note", path("README"), path(".hidden.txt"), path("binary.txt"), "binary",
                     folder.path, path("gone.txt"), "gone"] {
            #expect(Library.openReadingOnly(folder: folder.path, naming: name) == nil, "\(name)")
        }
    }

    @Test func anIdAloneIsReadInTheFolderOnly() throws {
        // As `--resume` opens the article read last: never a file of that name elsewhere.
        let opened = try #require(Library.openReadingOnly(folder: folder.path, id: "note-5"))
        #expect(opened.entries.map(\.title) == ["Note 5"])
        #expect(try opened.relisted().entries == Library.open(folder: folder.path).entries)
        for id in ["binary", "gone", ".hidden", "README"] {
            #expect(Library.openReadingOnly(folder: folder.path, id: id) == nil, "\(id)")
        }
    }

    @Test func aFileTheListingLeavesOutStaysInTheLibraryReadAgainWhileItIsThere() throws {
        // `lectern /usr/share/common-licenses/GPL-3`, then back to the list: the article just
        // read is on it, not "No .txt articles".
        for name in ["README", ".hidden.txt"] {
            let (opened, id) = try Library.open(folder: folder.path, naming: path(name))
            let relisted = try opened.relisted()
            #expect(relisted.entries.map(\.id) == opened.entries.map(\.id), "\(name)")
            #expect(relisted.entry(id: id)?.title == opened.entry(id: id)?.title)
            // Changed: read again, as a listed file is.
            _ = try folder.write(name, "Read me again\n\nChanged.\n")
            #expect(try relisted.relisted().entry(id: id)?.title == "Read me again")
            // Gone: off the list, as a listed file would be.
            try FileManager.default.removeItem(atPath: path(name))
            #expect(try relisted.relisted().entry(id: id) == nil)
            #expect(try relisted.relisted().entries == Library.open(folder: folder.path).entries)
        }
    }

    @Test func aLinkIsFoundUnderItsOwnNameAsTheListingFindsIt() throws {
        // Not in the library under that name: its own folder lists the link, as alias.
        let link = other.path + "/alias.txt"
        try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: path("note-2.txt"))
        let whole = try Library.open(folder: folder.path, naming: link)
        let quick = try #require(Library.openReadingOnly(folder: folder.path, naming: link))
        #expect(quick.id == whole.id && quick.library.folder == whole.library.folder)
    }
}
