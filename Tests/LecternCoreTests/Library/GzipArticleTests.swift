import LecternTestSupport
import Testing
@testable import LecternCore

/// A gzip file is read through its decompressed text wherever an article is read: the listing's
/// head and tail, the full read, and the reader's first screen.
@Suite struct GzipArticleTests {
    static let footer = "Previous\n\nShort One\n\nNext\n\nA Missing One\n"

    /// A long article: about `size` bytes, words drawn at random so it compresses only so far.
    static func article(size: Int) -> String {
        var random = SeededRandom(seed: UInt64(size))
        var text = "A Compressed Article\n\n"
        while text.utf8.count < size { text += RandomArticle.source(&random, lines: 20) + "\n\n" }
        return text + Self.footer
    }

    @Test func theListingAndTheFullReadSeeTheDecompressedText() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        // Compressed below and above the size a listing reads whole, both far longer decompressed.
        for (name, size) in [("small", 30_000), ("large", 400_000)] {
            let text = Self.article(size: size)
            let compressed = try SystemGzip.compress(Array(text.utf8), in: folder)
            #expect((compressed.count > ArticleFile.wholeReadLimit) == (name == "large"))
            try folder.write("\(name).txt", bytes: compressed)
            try folder.write("plain-\(name).txt", text)
        }
        try folder.write("short.txt", "Short One\n")
        let library = try Library.open(folder: folder.path)
        for name in ["small", "large"] {
            let entry = try #require(library.entry(id: name))
            let plain = try #require(library.entry(id: "plain-\(name)"))
            #expect(entry.title == "A Compressed Article")
            #expect(entry.previous == plain.previous)
            #expect(entry.next == plain.next)
            #expect(entry.previous == ArticleLink(title: "Short One", id: "short"))
            #expect(try library.load(id: name).blocks == (try library.load(id: "plain-\(name)")).blocks)
        }
    }

    @Test func theReaderReadsAllOfItAtOnce() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let text = Self.article(size: 100_000)
        let path = try folder.write("notes.gz", bytes: try SystemGzip.compress(Array(text.utf8), in: folder))
        let (head, size) = try ArticleFile.readHead(path, count: 4096, wholeLimit: 8192)
        #expect(head == Array(text.utf8))
        #expect(size == head.count)
    }

    @Test func aDamagedFileIsAnErrorNamingIt() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let compressed = try SystemGzip.compress(Array(Self.article(size: 5_000).utf8), in: folder)
        let path = try folder.write("cut.gz", bytes: Array(compressed.dropLast(100)))
        #expect(throws: LibraryError.file(path, .damagedGzip(.truncated))) { try ArticleFile.readAll(path) }
    }
}
