import LecternTestSupport
import Testing
@testable import LecternCore

/// Work off the input loop, run under the test's control: loads, the cache, a search stopped midway.
@Suite struct BackgroundWorkTests {
    @Test func keysTypedWhileAnArticleLoadsApplyToItInOrder() {
        let work = HeldWork()
        let reader = ReaderHarness(SampleArticles.chain, work: work)
        reader.press(.enter)
        #expect(work.pending == 1)
        #expect(reader.shown == .library, "nothing until the article is read")
        reader.press(.character("j"), .character("j"))
        #expect(reader.runtime.waitingKeys == [.character("j"), .character("j")])
        #expect(reader.state.libraryScreen.list.selected == 0, "not taken by the list")
        work.runAll()
        reader.takeResults()
        #expect(reader.state.view?.article.id == "a1")
        #expect(reader.state.view?.top == 2, "the two lines scrolled in the article")
        #expect(reader.runtime.waitingKeys.isEmpty)
    }

    @Test func aKeyThatOpensAnotherArticleHoldsTheRest() {
        let work = HeldWork()
        let reader = ReaderHarness(SampleArticles.chain, work: work)
        reader.press(.enter, .character("]"), .character("/"))
        work.runAll()
        reader.takeResults()
        #expect(reader.state.view?.article.id == "a1")
        #expect(reader.runtime.waitingKeys == [.character("/")], "waits for the Next article")
        #expect(reader.state.prompt == nil)
        work.runAll()
        reader.takeResults()
        #expect(reader.state.view?.article.id == "a2")
        #expect(reader.state.prompt != nil, "the search prompt opened over the Next article")
    }

    @Test func aResizeIsTakenAtOnceWhileAnArticleLoads() {
        let work = HeldWork()
        let reader = ReaderHarness(SampleArticles.chain, work: work)
        reader.press(.enter)
        reader.resize(columns: 50, rows: 12)
        #expect(reader.lines.count == 12)
        work.runAll()
        reader.takeResults()
        #expect(reader.state.view?.layout.width == 48)
    }

    @Test func goingBackTakesTheArticleFromTheCache() {
        let reader = ReaderHarness(SampleArticles.chain)
        reader.press(.enter)
        reader.press(.character("]"), .character("]"), .backspace, .backspace)
        #expect(reader.state.view?.article.id == "a1")
        #expect(reader.loads == ["a1": 1, "a2": 1, "a3": 1], "each article read once")
        #expect(reader.runtime.cachedIDs == ["a3", "a2", "a1"])
    }

    @Test func aStoppedSearchReportsNothingMore() {
        let work = HeldWork()
        let reader = ReaderHarness(SampleArticles.chain, work: work)
        reader.press(.character("s"))
        reader.type("word")
        reader.press(.enter, .escape)
        #expect(reader.statusLine.contains("Search stopped after 0 of 3 articles"))
        work.runAll()
        reader.takeResults()
        #expect(!reader.runtime.isBusy)
        #expect(reader.state.libraryScreen.search?.phase == .stopped)
        #expect(reader.state.libraryScreen.list.visible.isEmpty)
    }

    @Test func aFinishedSearchListsEveryArticleFound() {
        let work = HeldWork()
        let reader = ReaderHarness(SampleArticles.chain, work: work)
        reader.press(.character("s"))
        reader.type("paragraph 3")
        reader.press(.enter)
        #expect(reader.runtime.isBusy)
        work.runAll()
        reader.takeResults()
        #expect(!reader.runtime.isBusy)
        #expect(reader.state.libraryScreen.list.visible == [0, 1])
        #expect(reader.statusLine.contains("2 articles contain “paragraph 3”"))
    }
}

@Suite struct ArticleCacheTests {
    static func article(_ id: String, bytes: Int) -> Article {
        Article(id: id, title: "", path: "", blocks: [.paragraph(String(repeating: "x", count: bytes))])
    }

    @Test func theLeastRecentlyUsedGoFirstOnceOverBudget() {
        var cache = ArticleCache(budget: 100)
        cache.insert(Self.article("a", bytes: 40))
        cache.insert(Self.article("b", bytes: 40))
        #expect(cache.article(id: "a") != nil)
        cache.insert(Self.article("c", bytes: 40))
        #expect(cache.ids == ["a", "c"])
        #expect(cache.bytes == 80)
        #expect(cache.article(id: "b") == nil)
    }

    @Test func anArticleOverTheBudgetIsNotKept() {
        var cache = ArticleCache(budget: 100)
        cache.insert(Self.article("a", bytes: 50))
        cache.insert(Self.article("big", bytes: 101))
        #expect(cache.ids == ["a"])
        cache.insert(Self.article("a", bytes: 100))
        #expect(cache.ids == ["a"])
        #expect(cache.bytes == 100)
    }
}
