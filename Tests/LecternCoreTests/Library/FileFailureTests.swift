import Foundation
import LecternTestSupport
import Testing
@testable import LecternCore

#if canImport(Glibc)
import Glibc
#endif

/// Every way a named file can fail says what happened, naming the file; any readable text
/// file opens whatever its name.
@Suite final class FileFailureTests {
    let folder: TemporaryFolder

    init() throws {
        folder = try TemporaryFolder()
        try folder.write("01-a.txt", "Alpha\n\nText.\n")
    }

    deinit { folder.remove() }

    private func path(_ name: String) -> String { folder.url.appendingPathComponent(name).path }

    private func openError(_ name: String) -> LibraryError? {
        do {
            _ = try Library.open(folder: folder.path, naming: name)
            return nil
        } catch {
            return error
        }
    }

    @Test func aTextFileOpensWhateverItsName() throws {
        let license = try folder.write("GPL-3", "GNU GENERAL PUBLIC LICENSE\n\nVersion 3, 29 June 2007\n")
        let (library, id) = try Library.open(folder: "/nonexistent", naming: license)
        #expect(id == "GPL-3")
        #expect(try library.load(id: id).title == "GNU GENERAL PUBLIC LICENSE")
        // A name without .txt beside an article of the same id gets its whole file name.
        try folder.write("01-a", "Other\n")
        let (_, other) = try Library.open(folder: "/nonexistent", naming: path("01-a"))
        #expect(other == "01-a")
    }

    @Test func aFileOfTheLibraryOpensAsItsEntry() throws {
        let (library, id) = try Library.open(folder: folder.path, naming: path("01-a.txt"))
        #expect(id == "01-a")
        #expect(library.entries.count == 1)
    }

    @Test func noSuchFile() {
        #expect(openError(path("missing.txt")) == .file(path("missing.txt"), .noSuchFile))
        #expect(openError(path("missing.txt"))?.description == "no such file: \(path("missing.txt"))")
    }

    @Test func danglingLink() throws {
        symlink("nowhere.txt", path("dangling.txt"))
        #expect(openError(path("dangling.txt")) == .file(path("dangling.txt"), .danglingLink(target: "nowhere.txt")))
    }

    @Test func linkLoop() throws {
        symlink("loop.txt", path("loop.txt"))
        #expect(openError(path("loop.txt")) == .file(path("loop.txt"), .symbolicLinkLoop))
        #expect(openError(path("loop.txt"))?.description.hasPrefix("too many levels of symbolic links: ") == true)
    }

    @Test func aFolder() throws {
        try FileManager.default.createDirectory(atPath: path("dir.txt"), withIntermediateDirectories: false)
        #expect(openError(path("dir.txt")) == .file(path("dir.txt"), .folder))
    }

    @Test func aFIFOIsNotWaitedOn() throws {
        mkfifo(path("pipe.txt"), 0o644)
        #expect(openError(path("pipe.txt")) == .file(path("pipe.txt"), .special))
    }

    @Test func binaryWithItsEvidence() throws {
        let nuls = try folder.write("image.txt", bytes: [0x89, 0x50, 0, 0, 0x41] + Array(repeating: 0, count: 12))
        #expect(openError(nuls) == .file(nuls, .binary(.nulBytes(14))))
        #expect(openError(nuls)?.description == "binary data, not text: it has 14 NUL bytes: \(nuls)")
        let controls = try folder.write("controls", bytes: Array(repeating: 0x01, count: 30) + Array("Title text".utf8))
        #expect(openError(controls) == .file(controls, .binary(.controlBytes(30, of: 40))))
    }

    @Test func readErrorsCarryTheSystemsMessage() {
        #expect(FileStatus.problem("x", errno: EIO) == .readError("Input/output error"))
        #expect(FileFailure.readError("Input/output error").description == "read error: Input/output error")
        #expect(FileStatus.problem("x", errno: EACCES) == .permissionDenied)
    }

    @Test func aNameThatIsNotUTF8IsListedOpenedAndReported() throws {
        let name = FileName.string(fromBytes: Array("bad".utf8) + [0xFF] + Array("name.txt".utf8))
        let file = path(name)
        let descriptor = FileName.withCString(file) { open($0, O_WRONLY | O_CREAT, 0o644) }
        #expect(descriptor >= 0)
        _ = "Bad Name\n\nPlain text.\n".withCString { write(descriptor, $0, strlen($0)) }
        close(descriptor)
        let library = try Library.open(folder: folder.path)
        let id = String(name.dropLast(4))
        #expect(library.entry(id: id)?.title == "Bad Name")
        #expect(try library.load(id: id).title == "Bad Name")
        #expect(library.check() == [.nonUTF8Name(path: file)])
        #expect(library.check().first?.description == "\(folder.path)/bad\\xffname.txt: the file name is not UTF-8")
        #expect(try Library.open(folder: folder.path, naming: file).id == id)
    }

    @Test func checkGroupsEveryKindOfFailure() throws {
        symlink("loop.txt", path("loop.txt"))
        symlink("nowhere", path("dangling.txt"))
        try FileManager.default.createDirectory(atPath: path("dir.txt"), withIntermediateDirectories: false)
        try folder.write("image.txt", bytes: [0, 0, 0])
        try folder.write("02-empty.txt", "")
        let groups = try Library.open(folder: folder.path).check().map(\.group)
        #expect(groups == [.unusable, .unusable, .unusable, .unusable, .empty])
        #expect(groups == groups.sorted())
    }

    /// As root, permission bits do not stop a read; the command-line tests check this case as
    /// another user (setpriv). Here it runs only when the tests themselves are not root.
    @Test(.enabled(if: getuid() != 0, "running as root: permission bits do not apply (see CommandLineFailureTests)"))
    func permissionDenied() throws {
        let file = try folder.write("secret.txt", "Secret\n")
        chmod(file, 0)
        defer { chmod(file, 0o644) }
        #expect(openError(file) == .file(file, .permissionDenied))
    }
}

extension FileFailureTests {
    @Test func relistingSeesArticlesAddedAndRemoved() throws {
        let library = try Library.open(folder: folder.path)
        try folder.write("02-b.txt", "Beta\n")
        unlink(path("01-a.txt"))
        #expect(throws: LibraryError.file(path("01-a.txt"), .noSuchFile)) { try library.load(id: "01-a") }
        #expect(try library.relisted().entries.map(\.id) == ["02-b"])
    }
}
