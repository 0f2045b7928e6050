import LecternTestSupport
import Testing
@testable import LecternCore

/// The articles that ship with the repository form a clean, fully linked library.
@Suite struct BundledLibraryTests {
    @Test func threeArticlesAllLinkedNoProblems() throws {
        let library = try Library.open(folder: Fixtures.bundledLibrary.path)
        #expect(library.entries.count == 3)
        #expect(library.rejected.isEmpty)
        #expect(library.check() == [])
        for entry in library.entries {
            for link in [entry.previous, entry.next].compactMap({ $0 }) {
                #expect(link.id != nil, "\(entry.id) links to \(link.title)")
            }
        }
    }

    @Test func chainReadsInOrder() throws {
        let library = try Library.open(folder: Fixtures.bundledLibrary.path)
        let ids = library.entries.map(\.id)
        #expect(library.entries[0].previous == nil)
        #expect(library.entries[0].next?.id == ids[1])
        #expect(library.entries[1].previous?.id == ids[0])
        #expect(library.entries[1].next?.id == ids[2])
        #expect(library.entries[2].previous?.id == ids[1])
    }

    @Test func everyArticleLoadsWithTheListingsTitleAndLinks() throws {
        let library = try Library.open(folder: Fixtures.bundledLibrary.path)
        for entry in library.entries {
            let article = try library.load(id: entry.id)
            #expect(article.title == entry.title)
            #expect(article.previous == entry.previous)
            #expect(article.next == entry.next)
            #expect(!article.blocks.isEmpty)
        }
    }
}
