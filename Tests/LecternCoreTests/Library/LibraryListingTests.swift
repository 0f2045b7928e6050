import Foundation
import LecternTestSupport
import Testing
@testable import LecternCore

/// Which files of a folder are articles, and what opening a folder that is not there does.
@Suite struct LibraryListingTests {
    @Test func onlyVisibleTxtFilesAreArticles() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try folder.write("article.txt", "An Article\n")
        try folder.write(".hidden.txt", "Hidden\n")
        try folder.write("notes.md", "Markdown\n")
        try folder.write("README", "Readme\n")
        try folder.write("archive.txt.bak", "Backup\n")
        try folder.write("~lock.txt#", "Lock\n")
        let library = try Library.open(folder: folder.path)
        #expect(library.entries.map(\.id) == ["article"])
        #expect(library.rejected.isEmpty)
    }

    @Test func entryKnowsItsPathTitleAndLinks() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let path = try folder.write("07-one.txt", "\n\nThe One\n\nBody.\n\nPrevious\nPrevious\n\nZero\n\nNext\nNext\n\nTwo")
        let library = try Library.open(folder: folder.path)
        let entry = try #require(library.entry(id: "07-one"))
        #expect(entry.title == "The One")
        #expect(entry.path == path)
        #expect(entry.previous == ArticleLink(title: "Zero", id: nil))
        #expect(entry.next == ArticleLink(title: "Two", id: nil))
        #expect(entry.encoding == .utf8)
        #expect(!entry.isEmpty)
    }

    /// A sub-folder that happens to end in ".txt" is not listed; `check` names it (issue 10:
    /// it went unmentioned, and the user could not tell why it was missing).
    @Test func foldersNamedLikeArticlesAreNotListedButReported() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try FileManager.default.createDirectory(at: folder.url.appendingPathComponent("drafts.txt"),
                                                withIntermediateDirectories: false)
        try folder.write("a.txt", "A\n")
        let library = try Library.open(folder: folder.path)
        #expect(library.entries.map(\.id) == ["a"])
        let drafts = folder.url.appendingPathComponent("drafts.txt").path
        #expect(library.check() == [.unusable(path: drafts, .folder)])
    }

    @Test func emptyFilesAreListedByTheirIdAndReported() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try folder.write("empty.txt", "")
        try folder.write("blank.txt", "\n  \n\t\n")
        let library = try Library.open(folder: folder.path)
        #expect(library.entries.map(\.title) == ["blank", "empty"])
        #expect(library.entries.map(\.isEmpty) == [true, true])
        #expect(library.check() == [.empty(id: "blank"), .empty(id: "empty")])
        #expect(try library.load(id: "empty").blocks == [])
    }

    @Test func emptyFolder() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let library = try Library.open(folder: folder.path)
        #expect(library.entries.isEmpty)
        #expect(library.check().isEmpty)
    }

    @Test func missingFolder() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let missing = folder.url.appendingPathComponent("nowhere").path
        #expect(throws: LibraryError.missingFolder(missing)) { try Library.open(folder: missing) }
    }

    @Test func fileInsteadOfAFolder() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let file = try folder.write("article.txt", "Title\n")
        #expect(throws: LibraryError.notAFolder(file)) { try Library.open(folder: file) }
    }

    @Test func loadingAnUnknownIdFails() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let library = try Library.open(folder: folder.path)
        #expect(throws: LibraryError.self) { try library.load(id: "nope") }
    }

    @Test func fileRemovedAfterListingIsUnreadableNotACrash() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let path = try folder.write("gone.txt", "Gone\n")
        let library = try Library.open(folder: folder.path)
        try FileManager.default.removeItem(atPath: path)
        #expect(throws: LibraryError.self) { try library.load(id: "gone") }
        #expect(library.check().count == 1)
        #expect(library.check() == [.unusable(path: path, .noSuchFile)])
    }
}
