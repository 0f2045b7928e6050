import Foundation
import LecternTestSupport
import Testing
@testable import LecternCore

/// Paths taken apart as text, and real paths of folders that do not exist yet.
@Suite struct FilePathsTests {
    @Test(arguments: [
        ("/a/b/c", "c", "/a/b"), ("/a/b/c/", "c", "/a/b"), ("/a//b", "b", "/a"), ("/a", "a", "/"),
        ("/", "/", "/"), ("//", "/", "/"), ("c", "c", "."), ("c/", "c", "."), ("b/c", "c", "b"),
        ("./c", "c", "."), ("/ö/名前 x", "名前 x", "/ö"),
    ])
    func componentsAsBasenameAndDirnameGiveThem(path: String, last: String, folder: String) {
        #expect(FilePaths.lastComponent(path) == last)
        #expect(FilePaths.folder(of: path) == folder)
    }

    @Test func aFolderThatDoesNotExistYetIsResolvedThroughTheFoldersThatDo() throws {
        let root = try TemporaryFolder()
        defer { root.remove() }
        try FileManager.default.createDirectory(atPath: root.path + "/real", withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(atPath: root.path + "/link", withDestinationPath: root.path + "/real")
        let real = AtomicFile.realPath(root.path + "/real")
        #expect(AtomicFile.realPath(root.path + "/link/not/yet") == real + "/not/yet")
        #expect(AtomicFile.realPath("/no-such-folder-\(getpid())/x") == "/no-such-folder-\(getpid())/x")
    }

    @Test func aStateFolderNotYetMadeThatALinkPutsInTheLibraryIsNeverWritten() throws {
        let root = try TemporaryFolder()
        defer { root.remove() }
        try FileManager.default.createDirectory(atPath: root.path + "/library", withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(atPath: root.path + "/link", withDestinationPath: root.path + "/library")
        let store = ReadingMemoryStore(libraryFolder: root.path + "/library", stateFolder: root.path + "/link/state/lectern")
        #expect(store.save(ReadingMemory())?.contains("is inside the library") == true)
        #expect(try FileManager.default.contentsOfDirectory(atPath: root.path + "/library").isEmpty)
    }

    @Test func aDamagedFileIsSetAsideUnderAStampInUTC() throws {
        let root = try TemporaryFolder()
        defer { root.remove() }
        var store = ReadingMemoryStore(libraryFolder: root.path, stateFolder: root.path + "/state")
        try FileManager.default.createDirectory(atPath: root.path + "/state", withIntermediateDirectories: true)
        try Data("garbage".utf8).write(to: URL(fileURLWithPath: store.file))
        let (_, notice) = store.load(now: Date(timeIntervalSince1970: 1_795_000_000.75))
        #expect(notice == "reading memory was damaged: moved to \(store.file).damaged-20261118T110640; starting afresh")
    }
}
