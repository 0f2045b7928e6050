import LecternTestSupport
import Testing
@testable import LecternCore

@Suite struct LibrarySearchTests {
    @Test func findsAPhraseAcrossHardWrapsAndHyphenatedBreaks() throws {
        let folder = try TemporaryFolder(files: [
            "a.txt": "Wrapped\r\n\r\nThis paragraph talks about self-\r\ncare and the\r\nreconsolidation\r\nwindow in one go.\r\n",
            "b.txt": "Other\n\nNothing to see here.\n",
        ])
        defer { folder.remove() }
        let library = try Library.open(folder: folder.path)
        for query in ["self-care", "the reconsolidation window", "self-care and the"] {
            let hits = LibrarySearch.run(try #require(SearchQuery(query)), in: library)
            #expect(hits.map(\.entry.id) == ["a"], "query “\(query)”")
        }
    }

    @Test func footerTitlesDoNotCountAsMatches() throws {
        let folder = try TemporaryFolder(files: [
            "a.txt": "First\n\nBody text.\n\nNext\nNext\n\nSecond Thoughts",
            "b.txt": "Second Thoughts\n\nMore body text.\n",
        ])
        defer { folder.remove() }
        let hits = LibrarySearch.run(try #require(SearchQuery("second thoughts")), in: try Library.open(folder: folder.path))
        #expect(hits.map(\.entry.id) == ["b"])
    }
}
