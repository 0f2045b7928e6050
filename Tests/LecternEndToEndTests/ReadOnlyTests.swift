import Foundation
import LecternTestSupport
import Testing

#if canImport(Glibc)
import Glibc
#endif

/// Lectern never writes to a library: every command and a reader session leave each file's
/// content, size and modification time as they were, and add no file.
@Suite struct ReadOnlyTests {
    struct FileState: Equatable {
        var size: Int
        var modified: timespec
        var bytes: Data

        static func == (a: FileState, b: FileState) -> Bool {
            a.size == b.size && a.modified.tv_sec == b.modified.tv_sec && a.modified.tv_nsec == b.modified.tv_nsec
                && a.bytes == b.bytes
        }
    }

    /// Every name in the folder (hidden ones too) with its state; links as themselves.
    static func snapshot(_ folder: String) throws -> [String: FileState] {
        var states: [String: FileState] = [:]
        for name in try FileManager.default.contentsOfDirectory(atPath: folder) + ["."] {
            let path = folder + "/" + name
            var info = stat()
            #expect(lstat(path, &info) == 0)
            let bytes = info.st_mode & S_IFMT == S_IFREG ? try Data(contentsOf: URL(fileURLWithPath: path)) : Data()
            states[name] = FileState(size: Int(info.st_size), modified: info.st_mtim, bytes: bytes)
        }
        return states
    }

    @Test func commandsAndTheReaderChangeNothing() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        for name in try FileManager.default.contentsOfDirectory(atPath: Fixtures.bundledLibrary.path) {
            try FileManager.default.copyItem(atPath: Fixtures.bundledLibrary.path + "/" + name, toPath: folder.path + "/" + name)
        }
        try folder.write("04-legacy.txt", bytes: Array("Caf".utf8) + [0xE9, 0x0A, 0x0A, 0x93, 0x51, 0x94, 0x0A])
        try folder.write("05-empty.txt", "")
        try folder.write("06-binary.txt", bytes: [0, 1, 2, 3])
        try folder.write("notes", "Notes\n\nNot listed, but may be opened by path.\n")
        symlink("missing.txt", folder.path + "/07-dangling.txt")
        let before = try Self.snapshot(folder.path)
        // Time passes, so that a rewrite with the same bytes would still show in the mtime.
        usleep(20_000)

        let library = ["--library", folder.path]
        let runs: [[String]] = [
            ["list"], ["list", "--json"], ["check"],
            ["show", "02-breaking-free"], ["show", "--json", "Breaking Free"], ["show", folder.path + "/notes"],
            ["show", "04-legacy"], ["show", "06-binary.txt"],
            ["search", "ketamine"], ["search", "--json", "trauma"], ["search", "nothing-matches-this"],
        ]
        for arguments in runs {
            let result = try LecternCommand.run(arguments + library)
            #expect(result.status != 139 && result.status != 134, "\(arguments) crashed")
        }
        let session = try TmuxSession(command: [TestBinaries.lectern] + library)
        try session.waitFor("Lectern", timeout: 10)
        try session.sendKeys("Enter", "Space", "/")
        try session.type("ketamine")
        try session.sendKeys("Enter", "n", "]", "[", "h", "?", "q", "q", "s")
        try session.type("trauma")
        try session.sendKeys("Enter", "Enter", "q", "/")
        try session.type("ptsd")
        try session.sendKeys("Enter", "Enter", "q", "q")
        try session.waitFor("[exit 0]", timeout: 10)

        let after = try Self.snapshot(folder.path)
        #expect(Set(after.keys) == Set(before.keys), "files added or removed: \(Set(after.keys).symmetricDifference(before.keys))")
        for (name, state) in before {
            #expect(after[name] == state, "\(name) changed")
        }
    }
}
