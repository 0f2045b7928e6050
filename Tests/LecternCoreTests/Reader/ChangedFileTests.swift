import Foundation
import LecternCore
import LecternTestSupport
import Testing

/// An article kept parsed for going back is checked against its file: a file changed since is
/// read again, a vanished one is shown as it was read, and each says so in the status line.
struct ChangedFileTests {
    private static let first = "First Article\n\nThe original words.\n\nNext\n\nSecond Article"
    private static let second = "Second Article\n\nAnother text.\n\nPrevious\n\nFirst Article"

    private func reader(in folder: TemporaryFolder) throws -> ReaderRuntime {
        let library = try Library.open(folder: folder.path)
        let state = ReaderState(library: library, size: TerminalSize(columns: 80, rows: 24))
        let runtime = ReaderRuntime(state: state, work: InlineWork())
        runtime.open(id: "a")
        runtime.send(.key(.character("]")))
        return runtime
    }

    private func text(_ runtime: ReaderRuntime) -> String {
        runtime.state.render().textLines.joined(separator: "\n")
    }

    @Test func aFileChangedSinceItWasReadIsReadAgain() throws {
        let folder = try TemporaryFolder(files: ["a.txt": Self.first, "b.txt": Self.second])
        defer { folder.remove() }
        let runtime = try reader(in: folder)
        #expect(text(runtime).contains("Another text."))
        try folder.write("a.txt", Self.first.replacingOccurrences(of: "original", with: "rewritten, longer"))
        runtime.send(.key(.backspace))
        #expect(text(runtime).contains("The rewritten, longer words."))
        #expect(runtime.state.render().textLines.last?.contains("changed on disk") == true)
    }

    @Test func aVanishedFileShowsTheCopyReadBefore() throws {
        let folder = try TemporaryFolder(files: ["a.txt": Self.first, "b.txt": Self.second])
        defer { folder.remove() }
        let runtime = try reader(in: folder)
        try FileManager.default.removeItem(atPath: folder.path + "/a.txt")
        runtime.send(.key(.backspace))
        #expect(text(runtime).contains("The original words."))
        #expect(runtime.state.render().textLines.last?.contains("is gone") == true)
    }

    @Test func anUnchangedFileComesFromTheCacheWithoutANotice() throws {
        let folder = try TemporaryFolder(files: ["a.txt": Self.first, "b.txt": Self.second])
        defer { folder.remove() }
        let runtime = try reader(in: folder)
        runtime.send(.key(.backspace))
        #expect(text(runtime).contains("The original words."))
        #expect(runtime.state.notice == nil)
    }
}
