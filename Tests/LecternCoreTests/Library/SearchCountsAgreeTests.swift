import LecternTestSupport
import Testing
@testable import LecternCore

/// The library search and the article search count the same things: the article's own text,
/// not the titles its footer links to (the footer is navigation). Checked over the bundled library
/// with words that are in footer titles as well as in the text.
@Suite struct SearchCountsAgreeTests {
    @Test(arguments: ["ketamine", "PTSD", "healing", "brain", "trauma", "hope", "what this means"])
    func theListAndTheOpenedArticleGiveTheSameCount(word: String) throws {
        let library = try Library.open(folder: Fixtures.bundledLibrary.path)
        let query = try #require(SearchQuery(word))
        var footerHadIt = false
        for entry in library.entries {
            let listed = LibrarySearch.hit(for: entry, query: query, snippets: 0)?.count ?? 0
            var view = ArticleView(article: try library.load(id: entry.id), measure: 76, textRows: 22)
            _ = view.find(query)
            #expect(view.search?.count == listed, "“\(word)” in \(entry.id)")
            let footer = view.document.passages[view.document.footerStart...]
            footerHadIt = footerHadIt || footer.contains { !query.ranges(in: $0).isEmpty }
        }
        if ["ketamine", "healing", "brain", "what this means"].contains(word) {
            #expect(footerHadIt, "the case this test is about: “\(word)” is in a footer title")
        }
    }
}
