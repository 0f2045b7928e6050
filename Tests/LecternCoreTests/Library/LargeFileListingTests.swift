import LecternTestSupport
import Testing
@testable import LecternCore

/// A listing reads only the head and tail of a large file; title and footer must still be found.
@Suite struct LargeFileListingTests {
    /// About `size` bytes of article: title, many paragraphs in `word`s, then a footer.
    private func largeArticle(title: String, word: String, size: Int, footer: String) -> String {
        var text = title + "\n\n"
        var index = 0
        while text.utf8.count < size {
            index += 1
            text += "Paragraph \(index) " + Array(repeating: word, count: 40).joined(separator: " ") + ".\n\n"
        }
        return text + footer
    }

    @Test func titleAndFooterOfA200KBFile() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let text = largeArticle(title: "A Very Long Article", word: "words", size: 200_000,
                                footer: "Previous\nPrevious\n\nShort One\n\nNext\nNext\n\nA Missing One")
        #expect(text.utf8.count > ArticleFile.wholeReadLimit)
        try folder.write("big.txt", text)
        try folder.write("short.txt", "Short One\n")
        let library = try Library.open(folder: folder.path)
        let entry = try #require(library.entry(id: "big"))
        #expect(entry.title == "A Very Long Article")
        #expect(entry.previous == ArticleLink(title: "Short One", id: "short"))
        #expect(entry.next == ArticleLink(title: "A Missing One", id: nil))
        #expect(entry.encoding == .utf8)
        #expect(library.check() == [.unresolvedLink(id: "big", direction: .next, title: "A Missing One")])
        // The full read agrees with the listing.
        let article = try library.load(id: "big")
        #expect(article.title == entry.title)
        #expect(article.previous == entry.previous)
        #expect(article.next == entry.next)
    }

    @Test func excerptCutsInsideMultibyteCharactersStayUTF8() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        // Three-byte ideographs and a four-byte emoji make both cuts land inside characters.
        for (index, word) in ["漢字かな", "😀ab", "é漢😀"].enumerated() {
            let text = largeArticle(title: "大きな記事 \(index)", word: word, size: 150_000 + index,
                                    footer: "Next\n\n次の記事")
            try folder.write("cjk\(index).txt", text)
        }
        let library = try Library.open(folder: folder.path)
        #expect(library.entries.count == 3)
        for (index, entry) in library.entries.enumerated() {
            #expect(entry.title == "大きな記事 \(index)")
            #expect(entry.next?.title == "次の記事")
            #expect(entry.encoding == .utf8)
        }
    }

    @Test func largeFileWithOneHugeLastParagraph() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        // The tail starts in the middle of a line: the footer is still whole.
        let paragraph = String(repeating: "long line without breaks ", count: 8000)
        try folder.write("huge.txt", "Huge Title\n\n" + paragraph + "\n\nPrevious\n\nBefore")
        let library = try Library.open(folder: folder.path)
        let entry = try #require(library.entry(id: "huge"))
        #expect(entry.title == "Huge Title")
        #expect(entry.previous?.title == "Before")
        #expect(entry.next == nil)
    }
}

extension LargeFileListingTests {
    /// The listing sees only the ends of a large file; check reads it whole and finds the binary middle.
    @Test func binaryMiddleOfALargeFileIsReportedByCheck() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let text = Array(largeArticle(title: "Looks Like Text", word: "words", size: 100_000, footer: "Next\n\nOther").utf8)
        var bytes = Array(text[..<50_000]) + [0, 0, 0, 0xFF, 0] + Array(text[50_000...])
        bytes[49_999] = 0x0A
        let path = try folder.write("mixed.txt", bytes: bytes)
        let library = try Library.open(folder: folder.path)
        #expect(library.entry(id: "mixed")?.title == "Looks Like Text")
        #expect(throws: LibraryError.file(path, .binary(.nulBytes(4)))) { try library.load(id: "mixed") }
        #expect(library.check().contains(.unusable(path: path, .binary(.nulBytes(4)))))
    }

    /// The listing reads a short head when the title line is plain and whole in it; a long,
    /// late or odd first line makes it read the longer head, so the title is the one the whole
    /// article gives (read from disk and from memory alike).
    @Test func titleLinesThatDoNotFitTheShortHead() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let long = Array(repeating: "word", count: 500).joined(separator: " ")
        let heads: [(name: String, head: String)] = [
            ("long", long),
            ("late", String(repeating: "\n", count: 1_500) + "A Late Title"),
            ("spaced", String(repeating: "   \n", count: 400) + "Spaced Title"),
            ("cr", "A Title\rWith a Lone CR"),
            ("nfd", "Cafe\u{301} Title"),
            ("escape", "\u{1B}[1mBold Title\u{1B}[0m"),
            ("edge", String(repeating: "x", count: ArticleFile.shortHeadSize - 1)),
            ("past", String(repeating: "x", count: ArticleFile.shortHeadSize)),
        ]
        for (name, head) in heads {
            let text = largeArticle(title: head, word: "words", size: 20_000, footer: "Next\n\nThe End")
            try folder.write("\(name).txt", text)
            let bytes = Array(text.utf8)
            let fitsShortHead = bytes.prefix(ArticleFile.shortHeadSize).withUnsafeBufferPointer(ArticleFile.holdsWholePlainTitle)
            #expect(fitsShortHead == (name == "edge"), "\(name)")
        }
        let library = try Library.open(folder: folder.path)
        #expect(library.entries.count == heads.count)
        for entry in library.entries {
            let article = try library.load(id: entry.id)
            #expect(entry.title == article.title, "\(entry.id)")
            #expect(entry.next?.title == "The End", "\(entry.id)")
            let fromMemory = try Library.summarize(wholeFile: try ArticleFile.readAll(entry.path), path: entry.path, id: entry.id)
            #expect(fromMemory == entry, "\(entry.id)")
        }
    }
}
