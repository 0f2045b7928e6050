import LecternTestSupport
import Testing
@testable import LecternCore

/// The article and outline screens as components: a command in, exact effects and state out.
@Suite struct ArticleComponentTests {
    static func screen(_ id: String = "a1") throws -> ArticleScreen {
        let reader = ReaderHarness(SampleArticles.chain)
        reader.open(id)
        return try #require(reader.state.screen.article)
    }

    @Test func commandsThatReachPastTheArticle() throws {
        var article = try Self.screen()
        #expect(article.update(.outline) == [.openOutline])
        #expect(article.update(.help) == [.openHelp])
        #expect(article.update(.close) == [.close])
        #expect(article.update(.quit) == [.quit])
        #expect(article.update(.redraw) == [.run(.repaintAll)])
        #expect(article.update(.back) == [.travel(.back)])
        #expect(article.update(.forward) == [.travel(.forward)])
        #expect(article.update(.followNext) == [.travel(.link("a2"))])
        #expect(article.update(.followPrevious) == [.notify(Notice("This article has no Previous link"))])
        #expect(article.update(.searchLibrary) == [], "a list command does nothing here")
    }

    @Test func movingAndSearchingStayInside() throws {
        var article = try Self.screen()
        #expect(article.update(.nextPage) == [])
        #expect(article.view.page == 1)
        #expect(article.update(.previousMatch) == [.notify(Notice("No search yet: press / to search"))])
        #expect(article.handle(.character("/")) == [])
        for character in "paragraph 1 " { #expect(article.handle(.character(character)) == []) }
        #expect(article.handle(.enter) == [], "found after the reading position: no notice")
        #expect(article.lastQuery == SearchQuery("paragraph 1"))
        #expect(article.view.search?.count == 4, "paragraphs 1, 10, 11 and 12")
        #expect(article.update(.bottom) == [])
        #expect(article.update(.nextPage) == [.notify(Notice("End of the article"))])
    }

    @Test func theOutlineChoosesAndCloses() throws {
        var outline = OutlineScreen(article: try Self.screen(), height: 22)
        #expect(outline.headings.map(\.text) == ["Section 1", "Section 2", "Section 3"])
        #expect(outline.current == nil, "the top is above the first heading")
        #expect(outline.update(.bottom) == [])
        #expect(outline.selected == 2)
        #expect(outline.update(.open) == [.close])
        let view = outline.article.view
        #expect(view.top == min(outline.headings[2].line, view.pages.lastStart), "at the heading, or the last page")
        #expect(view.top <= outline.headings[2].line && outline.headings[2].line < view.visibleEnd, "on screen")
        #expect(outline.update(.search) == [], "an article command does nothing here")
        #expect(outline.update(.outline) == [.close], "t again closes")
    }
}
