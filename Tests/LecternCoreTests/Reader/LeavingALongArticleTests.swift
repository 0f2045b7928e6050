import Foundation
import LecternTestSupport
import Testing
@testable import LecternCore

/// Leaving a long article while only its opening is shown (or the lines around the place after
/// a resize) needs only the place being read, which the partial layout knows as the whole does:
/// back to the list, quit and back through the history act at once, the place is recorded, and
/// the whole layout asked for is cancelled and, should it come anyway, ignored.
@Suite struct LeavingALongArticleTests {
    typealias Long = LongArticleTests

    static let q = Key.character("q"), quit = Key.character("Q")

    /// The place the reader that laid the whole article out at once records after `keys`.
    static func placeInTheWhole(after keys: [Key]) throws -> RememberedPlace {
        var whole = try Long.wholeAtOnce()
        Long.press(keys, &whole)
        let view = try #require(whole.view)
        return RememberedPlace(view.position, in: view.document)
    }

    static func saved(in effects: [ReaderEffect]) -> ReadingMemory? {
        for effect in effects { if case .saveMemory(let memory) = effect { return memory } }
        return nil
    }

    @Test func qInTheOpeningShowsTheListAtOnceAndRecordsThePlace() throws {
        var (state, request) = try Long.opened()
        Long.press([Long.space, Long.space], &state)
        let effects = state.update(.key(Self.q))
        #expect(state.waiting.isEmpty)
        #expect(state.screen.article == nil, "the list, at once")
        #expect(state.render().textLines.last?.contains("1 article") == true)
        #expect(effects.contains(.cancelLayOut) && effects.last == .relistLibrary)
        let record = try #require(Self.saved(in: effects)?["long"])
        let whole = try Self.placeInTheWhole(after: [Long.space, Long.space])
        #expect(record.place.offset == whole.offset && record.place.anchor == whole.anchor)
        // The whole text's length is not known yet: the file's size stands for it.
        #expect(record.place.length == Long.source.size)
        #expect(record.place.position(in: Document(try Long.source.article())) == whole.position(in: Document(try Long.source.article())))
        // About the share the whole's lines give.
        var reference = try Long.wholeAtOnce()
        Long.press([Long.space, Long.space], &reference)
        let percent = try #require(reference.view?.percent)
        #expect(percent > 0 && abs(record.percent - percent) <= 1 && !record.finished)
        // The whole, should it come after all, is not swapped in anywhere.
        let list = state.render()
        #expect(Long.deliver(request, to: &state).isEmpty)
        #expect(state.screen.article == nil)
        #expect(state.render() == list)
    }

    @Test func quitInTheOpeningEndsAtOnceAndRecordsThePlace() throws {
        var (state, _) = try Long.opened()
        Long.press([Long.space], &state)
        let effects = state.update(.key(Self.quit))
        #expect(!state.isRunning)
        #expect(state.waiting.isEmpty)
        let record = try #require(Self.saved(in: effects)?["long"])
        #expect(record.place.offset == (try Self.placeInTheWhole(after: [Long.space])).offset)
        #expect(state.memory.lastArticle == "long")
    }

    @Test func theReaderEndingInTheOpeningRecordsThePlaceAndResumesThere() throws {
        var (state, _) = try Long.opened()
        let keys = Array(repeating: Long.space, count: 4) + [Key.character("j")]
        Long.press(keys, &state)
        let effects = state.update(.ending)
        let memory = try #require(Self.saved(in: effects))
        #expect(effects == [.saveMemory(memory)])
        #expect(memory["long"]?.place.offset == (try Self.placeInTheWhole(after: keys)).offset)
        // The next run opens the article from its opening, where it was left.
        let (again, _) = try Long.opened(memory: memory)
        #expect(again.view?.coverage == .opening)
        let whole = try Long.wholeAtOnce(memory: memory)
        #expect(again.view?.top ?? 0 > 0)
        #expect(Long.body(again) == Long.body(whole))
    }

    @Test func qBehindAKeyThatWaitsWaitsToo() throws {
        var (state, request) = try Long.opened()
        Long.press([.character("G"), Self.q], &state)
        #expect(state.waiting.count == 2)
        #expect(state.view != nil)
        let effects = Long.deliver(request, to: &state)
        #expect(state.screen.article == nil)
        // Left from its last page, as typed: finished.
        #expect(Self.saved(in: effects)?["long"]?.finished == true)
    }

    @Test func helpOverTheOpeningAnswersEveryKeyAtOnce() throws {
        var (state, _) = try Long.opened()
        Long.press([Long.space, .character("?"), .character("j"), Self.q], &state)
        #expect(state.waiting.isEmpty)
        #expect(state.view?.coverage == .opening && state.view?.page == 1, "back on the article")
        Long.press([.character("?")], &state)
        let effects = state.update(.key(Self.quit))
        #expect(!state.isRunning && state.waiting.isEmpty)
        #expect(Self.saved(in: effects)?["long"]?.place.offset == (try Self.placeInTheWhole(after: [Long.space])).offset)
    }

    @Test func escapeInTheOpeningIsAnsweredAtOnce() throws {
        var (state, _) = try Long.opened()
        let before = state.render()
        Long.press([.escape], &state)
        #expect(state.waiting.isEmpty)
        #expect(state.render() == before)
    }

    @Test func backFromTheOpeningGoesToTheArticleBeforeAndTheWholeIsDropped() throws {
        let short = ArticleParser.parse(SampleArticles.article(title: "Short", paragraphs: 3), id: "short", path: "short.txt")
        let library = Library(folder: "test-library", entries: [
            LibraryEntry(id: "long", title: "A Long Article", path: "long.txt"),
            LibraryEntry(id: "short", title: "Short", path: "short.txt"),
        ])
        var state = ReaderState(library: library, size: TerminalSize(columns: 80, rows: 24), clock: { ReaderHarness.now })
        _ = state.update(.loaded(short, LoadRequest(id: "short")))
        let opened = state.update(.openedLong(Long.source, opening: Long.source.opening(bytes: Long.openingBytes),
                                              LoadRequest(id: "long")))
        let request = try #require(Long.layoutRequest(in: opened))
        Long.press([Long.space], &state)
        let effects = state.update(.key(.character("h")))
        #expect(state.waiting.isEmpty)
        #expect(Self.saved(in: effects)?["long"]?.place.offset == (try Self.placeInTheWhole(after: [Long.space])).offset)
        #expect(effects.contains(.load(LoadRequest(id: "short", reason: .history))))
        // The article before comes: the long one's whole layout is wanted no more.
        #expect(state.update(.loaded(short, LoadRequest(id: "short", reason: .history))) == [.cancelLayOut])
        #expect(Long.deliver(request, to: &state).isEmpty)
        #expect(state.view?.article.id == "short" && state.view?.isComplete == true)
    }

    @Test func theOutlineOverAPartialLayoutClosesAndQuitsAtOnce() throws {
        var state = try Long.wholeAtOnce()
        state.linesLaidOutAtOnce = 100
        Long.press([Long.space, Long.space, .character("t")], &state)
        let request = try #require(Long.layoutRequest(in: state.update(.resize(TerminalSize(columns: 60, rows: 30)))))
        Long.press([.character("j")], &state)
        #expect(state.waiting.count == 1, "moving through the headings needs them all")
        _ = Long.deliver(request, to: &state)
        #expect(state.waiting.isEmpty)
        #expect(Long.layoutRequest(in: state.update(.resize(TerminalSize(columns: 70, rows: 20)))) != nil)
        #expect(state.view?.isComplete == false)
        Long.press([Self.q], &state)
        #expect(state.waiting.isEmpty)
        guard case .article = state.screen else {
            Issue.record("the outline closed at once")
            return
        }
        let effects = state.update(.key(Self.quit))
        #expect(!state.isRunning)
        let record = try #require(Self.saved(in: effects)?["long"])
        let view = try #require(state.view)
        #expect(record.place == RememberedPlace(view.position, in: view.document))
    }

    @Test func cancelledLayoutStopsBetweenItsSteps() throws {
        let request = LayoutRequest(serial: 1, source: .file(Long.source), measure: 78, textRows: 22)
        #expect(try request.typeset(unless: { true }) == nil)
        var checks = 0
        // Cancelled after its first step: not laid out.
        #expect(try request.typeset(unless: { checks += 1; return checks > 1 }) == nil)
        let whole = try #require(try request.typeset(unless: { false }))
        #expect(whole.layout.lines.count == (try request.typeset()).layout.lines.count)
    }

    @Test func theRuntimeCancelsTheWholeOfAnArticleLeft() throws {
        let work = HeldWork()
        let runtime = Long.runtime(work)
        runtime.open(id: "long")
        #expect(work.pending == 1)
        runtime.send(.key(Self.q))
        #expect(runtime.state.screen.article == nil)
        work.runAll()
        // Nothing was laid out, so nothing was posted: the relisting found no folder to read.
        #expect(!runtime.isBusy)
        runtime.takeInbox()
        #expect(runtime.cachedIDs.isEmpty)
        // Opened again: a new whole is asked for, and comes.
        runtime.send(.key(.enter))
        #expect(runtime.state.view?.coverage == .opening)
        work.runAll()
        runtime.takeInbox()
        #expect(runtime.state.view?.isComplete == true)
        #expect(runtime.cachedIDs == ["long"])
    }
}
