import LecternCore
import LecternTestSupport
import Testing

/// Text piped in is read as a file's text would be, and is a library of one.
struct PipedArticleTests {
    private static let text = "Piped Title\n\nA body with “curly quotes” and café.\n\nNext\n\nSomewhere Else\n"

    @Test func pipedTextIsParsedAsAFileIs() throws {
        let folder = try TemporaryFolder(files: ["piped.txt": Self.text])
        defer { folder.remove() }
        let piped = try PipedArticle(Array(Self.text.utf8))
        let fromFile = try Library.open(folder: folder.path).load(id: "piped")
        #expect(piped.article.title == "Piped Title")
        #expect(piped.article.blocks == fromFile.blocks)
        #expect(piped.article.next == ArticleLink(title: "Somewhere Else", id: nil))
        #expect(piped.library.entries.map(\.id) == [piped.article.id])
        // gzip, as a file would be read.
        let compressed = try SystemGzip.compress(Array(Self.text.utf8), in: folder)
        #expect(try PipedArticle(compressed).article.blocks == fromFile.blocks)
    }

    @Test func binaryInputIsRefusedNamingStandardInput() {
        #expect(throws: LibraryError.self) { try PipedArticle([0x41, 0x00, 0x42]) }
        do {
            _ = try PipedArticle([0x41, 0x00, 0x42])
        } catch {
            #expect(error.description.hasSuffix(": -"))
        }
    }

    @Test func theReaderOpensAndSearchesItFromMemory() throws {
        let piped = try PipedArticle(Array(Self.text.utf8))
        let state = ReaderState(library: piped.library, size: TerminalSize(columns: 60, rows: 12))
        let runtime = piped.runtime(state: state, work: InlineWork())
        runtime.open(id: piped.article.id)
        #expect(runtime.state.view?.article == piped.article)
        for character in "/café" { runtime.send(.key(.character(character))) }
        runtime.send(.key(.enter))
        #expect(runtime.state.render().textLines.last?.contains("match 1/1") == true)
        runtime.send(.key(.character("]")))
        #expect(runtime.state.notice?.text == "“Somewhere Else” is not in the library")
    }
}
