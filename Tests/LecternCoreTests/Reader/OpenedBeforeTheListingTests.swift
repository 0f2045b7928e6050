import LecternCore
import LecternTestSupport
import Testing

/// An article opened by path is shown before the rest of its folder is read: a key that
/// follows a link the library does not know yet waits for the folder, and then goes on.
struct OpenedBeforeTheListingTests {
    private static let files = [
        "a.txt": "First Article\n\nOne.\n\nNext\n\nSecond Article",
        "b.txt": "Second Article\n\nTwo.\n\nPrevious\n\nFirst Article\n\nNext\n\nNowhere",
    ]

    private func opened(_ folder: TemporaryFolder, _ name: String, work: HeldWork) throws -> ReaderRuntime {
        let opened = try #require(Library.openReadingOnly(folder: folder.path, naming: folder.path + "/" + name))
        let state = ReaderState(library: opened.library, size: TerminalSize(columns: 80, rows: 24))
        let runtime = ReaderRuntime(state: state, work: work)
        runtime.open(id: opened.id)
        runtime.perform([.relistLibrary])
        return runtime
    }

    private func finish(_ work: HeldWork, _ runtime: ReaderRuntime) {
        while work.pending > 0 {
            work.runAll()
            runtime.takeInbox()
        }
    }

    @Test func aLinkKeyWaitsForTheFolderThenIsFollowed() throws {
        let folder = try TemporaryFolder(files: Self.files)
        defer { folder.remove() }
        let work = HeldWork()
        let runtime = try opened(folder, "a.txt", work: work)
        #expect(runtime.state.render().textLines.first?.hasSuffix("1/1") == true)

        runtime.send(.key(.character("]")))
        #expect(runtime.state.view?.article.id == "a")
        #expect(runtime.state.waiting.count == 1)
        #expect(runtime.state.notice == nil)

        finish(work, runtime)
        #expect(runtime.state.library.isComplete && runtime.state.waiting.isEmpty)
        #expect(runtime.state.view?.article.id == "b")
        // The title bar says where the article stands in the whole library.
        #expect(runtime.state.render().textLines.first?.hasSuffix("2/2") == true)
    }

    @Test func aLinkToNoArticleSaysSoOnceTheFolderIsRead() throws {
        let folder = try TemporaryFolder(files: Self.files)
        defer { folder.remove() }
        let work = HeldWork()
        let runtime = try opened(folder, "b.txt", work: work)
        runtime.send(.key(.character("]")))
        // Other keys wait behind it, in order.
        runtime.send(.key(.character("[")))
        #expect(runtime.state.waiting.count == 2)
        finish(work, runtime)
        #expect(runtime.state.view?.article.id == "a")
    }

    @Test func aFolderThatCannotBeReadLetsWaitingKeysGoOn() throws {
        let folder = try TemporaryFolder(files: Self.files)
        let work = HeldWork()
        let runtime = try opened(folder, "b.txt", work: work)
        runtime.send(.key(.character("]")))
        folder.remove()
        finish(work, runtime)
        #expect(runtime.state.waiting.isEmpty)
        #expect(runtime.state.notice?.text.contains("“Nowhere” is not among the articles read so far") == true)
    }
}
