/// One article being read: its view (layout, pages, position, search) and the search prompt.
public struct ArticleScreen: Sendable {
    public private(set) var view: ArticleView
    public private(set) var prompt: Prompt?
    /// The last article search, which an empty search repeats (carried from article to article).
    public private(set) var lastQuery: SearchQuery?
    /// Where the article stands in the library ("2/3"), or empty when it is not listed.
    private(set) var place: String
    /// The last page was on screen during this visit: the reading memory marks it finished.
    public private(set) var reachedEnd: Bool
    /// A number typed before a command, as in less and vi: `5j` five lines, `12G` page 12.
    public private(set) var count: Int?
    /// The places marked with a letter (carried from article to article, as `lastQuery` is).
    public private(set) var marks: Marks
    /// `m` or `'` was typed: the next key names the mark.
    public private(set) var awaitedMark: AwaitedMark?
    /// Where the last jump (`g`, `G`, `%`, a search, `n`, a mark, the outline) left from, for `''`.
    private(set) var jumpedFrom: TextPosition?

    /// Counts stop here: a larger number means the end anyway.
    static let largestCount = 999_999

    public init(view: ArticleView, lastQuery: SearchQuery?, place: String, marks: Marks = Marks()) {
        self.view = view
        self.lastQuery = lastQuery
        self.marks = marks
        self.place = place
        reachedEnd = view.isOnLastPage
    }

    /// The library was read again (or whole, after an article opened first): its place in it now.
    mutating func relisted(place: String) {
        self.place = place
    }

    /// How far the wheel scrolls, in lines.
    static let wheelLines = 3

    /// The article and the place in it, to remember in the history.
    public var visit: Visit { Visit(id: view.article.id, position: view.position) }

    mutating func resize(measure: Int, textRows: Int, atOnce: Int) {
        view.resize(measure: measure, textRows: textRows, atOnce: atOnce)
    }

    mutating func complete(with typeset: TypesetArticle, atOnce: Int) {
        view.complete(with: typeset, atOnce: atOnce)
        noteEnd()
    }

    /// Puts `position` at the top (as near as the last page allows): where the article was left.
    mutating func go(to position: TextPosition) {
        view.go(toLine: view.layout.lineIndex(containing: position))
        noteEnd()
    }

    private mutating func noteEnd() {
        if view.isOnLastPage { reachedEnd = true }
    }

    /// Puts the heading starting on `line` at the top, as the outline asks (or as near as the end allows).
    mutating func go(toLine line: Int) {
        jumpedFrom = view.position
        view.go(toLine: line)
    }

    public mutating func handle(_ key: Key) -> [ScreenEffect] {
        defer { noteEnd() }
        if var prompt {
            let outcome = prompt.handle(key)
            self.prompt = outcome == .editing ? prompt : nil
            guard outcome == .submitted, let query = SearchQuery(prompt.text) ?? lastQuery else { return [] }
            lastQuery = query
            jumpedFrom = view.position
            let found = view.find(query)
            return report(found, forward: true)
        }
        if let awaited = awaitedMark {
            awaitedMark = nil
            return mark(awaited, key)
        }
        if case .character(let character) = key, let digit = Self.digit(character) {
            count = min(Self.largestCount, (count ?? 0) * 10 + digit)
            return []
        }
        let typed = count
        count = nil
        // Esc takes back a number typed by mistake, and does no more.
        if typed != nil, key == .escape { return [] }
        guard let command = KeyMap.article.command(for: key) else { return [] }
        return update(command, count: typed)
    }

    /// The value of an ASCII digit, which starts or extends a count.
    private static func digit(_ character: Character) -> Int? {
        character.isASCII ? character.wholeNumberValue : nil
    }

    /// `command`, `count` times where a count means so many (lines, pages, matches), or to the
    /// page or percent it names (`g`, `G`, `%`); other commands ignore it.
    public mutating func update(_ command: Command, count: Int? = nil) -> [ScreenEffect] {
        let halfPage = max(1, view.height / 2)
        let times = max(1, count ?? 1)
        switch command {
        case .top, .bottom, .percent, .nextMatch, .previousMatch: jumpedFrom = view.position
        case .nextPage, .previousPage, .halfPageDown, .halfPageUp, .lineDown, .lineUp, .open, .followNext,
             .followPrevious, .back, .forward, .search, .clearSearch, .setMark, .goToMark, .edit, .filter, .searchLibrary,
             .outline, .narrower, .wider, .reload, .close, .quit, .help, .redraw:
            break
        }
        switch command {
        case .nextPage:
            if !view.nextPage() { return [.notify(Notice("End of the article"))] }
            for _ in 1..<times where !view.nextPage() { break }
        case .previousPage:
            if !view.previousPage() { return [.notify(Notice("Start of the article"))] }
            for _ in 1..<times where !view.previousPage() { break }
        case .halfPageDown: view.scroll(by: halfPage * times)
        case .halfPageUp: view.scroll(by: -halfPage * times)
        case .lineDown: view.scroll(by: times)
        case .lineUp: view.scroll(by: -times)
        case .top, .bottom:
            if let count {
                view.go(toPage: count)
            } else if command == .top {
                view.goToStart()
            } else {
                view.goToEnd()
            }
        case .percent: view.go(toPercent: count ?? 0)
        case .search: prompt = Prompt()
        case .nextMatch, .previousMatch:
            let forward = command == .nextMatch
            var outcome = view.step(forward: forward)
            var wrapped = false
            for _ in 1..<times {
                if case .found(let didWrap) = outcome { wrapped = wrapped || didWrap } else { break }
                outcome = view.step(forward: forward)
            }
            // A wrap on the way is reported, as on the last step.
            if wrapped, case .found = outcome { outcome = .found(wrapped: true) }
            return report(outcome, forward: forward)
        case .clearSearch: view.clearSearch()
        case .edit:
            // After the editor the file is read again, here.
            return ScreenEffect.edit(view.article.path,
                                     then: .reopen(LoadRequest(id: view.article.id, position: view.position, reason: .history)))
        case .setMark: awaitedMark = .toSet
        case .goToMark: awaitedMark = .toGo
        case .outline: return [.openOutline]
        case .followNext: return follow(view.article.next, .next)
        case .followPrevious: return follow(view.article.previous, .previous)
        case .back: return [.travel(.back)]
        case .forward: return [.travel(.forward)]
        case .close: return [.close]
        case .quit: return [.quit]
        case .help: return [.openHelp]
        case .redraw: return [.run(.repaintAll)]
        case .narrower: return [.adjustColumn(-1)]
        case .wider: return [.adjustColumn(1)]
        case .open, .filter, .searchLibrary, .reload:
            break
        }
        return []
    }

    /// Whether `key` can be answered while the layout is partial exactly as the whole layout
    /// would answer it: a move that stays within the opening's known pages, help, a redraw, and
    /// what needs only the place being read, which a partial layout knows as the whole does
    /// (its positions are the whole text's): back to the list, quit, back and forward through
    /// the history. Other keys wait for the whole (`ReaderState.waiting`).
    func answersBeforeWhole(_ key: Key) -> Bool {
        guard prompt == nil else { return false }
        // The letter after `m` marks the place read, which is known; after `'` it may go anywhere.
        if let awaitedMark { return awaitedMark == .toSet }
        // A key that means nothing here does nothing either way.
        guard let command = KeyMap.article.command(for: key) else { return true }
        switch command {
        case .help, .redraw, .close, .quit, .back, .forward:
            return true
        case .clearSearch, .setMark:
            // The search is the same over any layout: its matches are places in the text; and
            // the place being read is known, which is all a mark records.
            return true
        case .nextPage, .previousPage, .halfPageDown, .halfPageUp, .lineDown, .lineUp, .top:
            var trial = self
            _ = trial.update(command, count: count)
            return trial.view.isExact
        case .bottom, .percent, .followNext, .followPrevious, .search, .nextMatch, .previousMatch, .outline,
             .narrower, .wider, .goToMark, .edit:
            // The end, the footer's links, matches past the opening, all the headings, a new width,
            // a mark anywhere; and an edit, which reads the article again.
            return false
        case .open, .filter, .searchLibrary, .reload:
            return true  // not keys of an article
        }
    }

    /// Whether `key` follows a link whose article the library read so far does not know: while
    /// the rest of the library is read (an article opened by path is shown first), it waits.
    func followsUnresolvedLink(_ key: Key) -> Bool {
        guard prompt == nil, let command = KeyMap.article.command(for: key) else { return false }
        let link = command == .followNext ? view.article.next : command == .followPrevious ? view.article.previous : nil
        return link != nil && link?.id == nil
    }

    /// The wheel scrolls; a click on the Previous or Next title at the end follows it.
    /// `row` counts from the top of the screen, the title bar being row 0.
    public mutating func handle(_ mouse: MouseEvent) -> [ScreenEffect] {
        defer { noteEnd() }
        guard prompt == nil else { return [] }
        count = nil
        awaitedMark = nil
        switch mouse.action {
        case .wheelUp: view.scroll(by: -Self.wheelLines)
        case .wheelDown: view.scroll(by: Self.wheelLines)
        case .click:
            let line = view.top + mouse.row - 1
            guard mouse.row >= 1, line < view.visibleEnd, let direction = view.linkDirection(onLine: line) else { return [] }
            return update(direction == .next ? .followNext : .followPrevious)
        }
        return []
    }

    /// The key after `m` or `'`: a letter marks the place read, or goes to the place it marks
    /// (in another article, through the history); `''` goes back to before the last jump.
    private mutating func mark(_ awaited: AwaitedMark, _ key: Key) -> [ScreenEffect] {
        guard case .character(let letter) = key else {
            // Esc, as any key that is no letter, takes the command back.
            return key == .escape ? [] : [.notify(Self.notAMark)]
        }
        switch awaited {
        case .toSet:
            guard Marks.isMarkLetter(letter) else { return [.notify(Self.notAMark)] }
            marks[letter] = visit
            return [.notify(Notice("Marked \(letter)"))]
        case .toGo:
            if letter == "'" {
                guard let before = jumpedFrom else { return [.notify(Notice("No jump to go back from"))] }
                jump(to: before)
                return []
            }
            guard Marks.isMarkLetter(letter) else { return [.notify(Self.notAMark)] }
            guard let place = marks[letter] else { return [.notify(Notice("No mark \(letter)", isError: true))] }
            guard place.id == view.article.id else { return [.travel(.mark(place))] }
            jump(to: place.position)
            return []
        }
    }

    private static let notAMark = Notice("A mark is a letter: a to z, A to Z", isError: true)

    /// `position` at the top, the place left remembered for `''` (so `''` twice comes back).
    private mutating func jump(to position: TextPosition) {
        let from = view.position
        go(to: position)
        jumpedFrom = from
    }

    private func follow(_ link: ArticleLink?, _ direction: LinkDirection) -> [ScreenEffect] {
        guard let link else { return [.notify(Notice("This article has no \(direction.label) link"))] }
        guard let id = link.id else { return [.travel(.title(link.title))] }
        return [.travel(.link(id))]
    }

    private func report(_ outcome: ArticleView.SearchOutcome?, forward: Bool) -> [ScreenEffect] {
        switch outcome {
        case nil:
            return [.notify(Notice("No search yet: press / to search"))]
        case .notFound:
            return [.notify(Notice("Pattern not found: \(view.search?.query.text ?? "")", isError: true))]
        case .found(let wrapped):
            guard wrapped else { return [] }
            return [.notify(Notice(forward ? "Hit the end, continuing from the top"
                                           : "Hit the top, continuing from the end"))]
        }
    }
}

/// An article and the place in it, as the history remembers it.
public struct Visit: Sendable, Equatable {
    public var id: String
    public var position: TextPosition

    public init(id: String, position: TextPosition) {
        self.id = id
        self.position = position
    }
}
