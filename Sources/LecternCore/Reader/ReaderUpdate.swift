/// The reader's update function: an event in, the new state and the work to do out.
/// Keys go to the screen on top, which answers with `ScreenEffect`s; what reaches past the
/// screen (notices, other screens, the history) is done here, and the runtime's work returned.
extension ReaderState {
    public mutating func update(_ event: ReaderEvent) -> [ReaderEffect] {
        switch event {
        case .resize(let newSize):
            size = newSize
            libraryScreen.resize(height: textRows)
            screen.resize(measure: columnWidth, textRows: textRows, atOnce: linesLaidOutAtOnce)
            return layOutWhole()
        case .loaded(let article, let request):
            // The article on screen, if any, is left for this one (back, forward, a link).
            return dropAwaitedLayout() + show(article, request)
        case .openedLong(let source, let opening, let request):
            return dropAwaitedLayout() + showOpening(source, opening, request)
        case .laidOut(let serial, let result):
            return complete(serial, result)
        case .loadFailed(let reason, let request):
            // Most often the file is gone since the list was read: read the folder again.
            let title = library.entry(id: request.id).map { "“\($0.title)”" } ?? request.id
            notice = Notice("Cannot open \(title): \(reason)", isError: true)
            return [.relistLibrary]
        case .librarySearchProgress(let progress):
            return apply(libraryScreen.receive(progress))
        case .key(let key):
            if waits(event) { return [] }
            notice = nil
            return apply(handle(key))
        case .mouse(let mouse):
            if waits(event) { return [] }
            notice = nil
            return apply(handle(mouse))
        case .relisted(let newLibrary):
            library = newLibrary
            if let id = screen.article?.view.article.id { screen.relisted(place: place(of: id)) }
            var effects = apply(libraryScreen.relisted(newLibrary))
            // Keys that waited for the library go on, in order (some may wait on for a layout).
            isReadingLibrary = false
            let held = waiting
            waiting = []
            for event in held { effects += update(event) }
            return effects
        case .memoryNotSaved(let problem), .editorFailed(let problem):
            notice = Notice(problem, isError: true)
            return []
        case .ending:
            return leaveArticle()
        }
    }

    /// The mouse goes to the screen on top, as keys do.
    private mutating func handle(_ mouse: MouseEvent) -> [ScreenEffect] {
        switch screen {
        case .library:
            return libraryScreen.handle(mouse)
        case .article(var article):
            let effects = article.handle(mouse)
            screen = .article(article)
            return effects
        case .outline(var outline):
            let effects = outline.handle(mouse)
            screen = .outline(outline)
            return effects
        case .help(var help):
            // Help has nothing to click; the wheel scrolls it.
            let wheel: Command? = switch mouse.action {
            case .wheelUp: .lineUp
            case .wheelDown: .lineDown
            case .click: nil
            }
            let effects = wheel.map { help.update($0) } ?? []
            screen = .help(help)
            return effects
        }
    }

    /// The key goes to the screen on top.
    private mutating func handle(_ key: Key) -> [ScreenEffect] {
        switch screen {
        case .library:
            return libraryScreen.handle(key)
        case .article(var article):
            let effects = article.handle(key)
            screen = .article(article)
            lastQuery = article.lastQuery
            marks = article.marks
            return effects
        case .outline(var outline):
            let effects = outline.handle(key)
            screen = .outline(outline)
            return effects
        case .help(var help):
            let effects = help.handle(key)
            screen = .help(help)
            return effects
        }
    }

    private mutating func apply(_ effects: [ScreenEffect]) -> [ReaderEffect] {
        var work: [ReaderEffect] = []
        for effect in effects {
            switch effect {
            case .run(let effect): work.append(effect)
            case .notify(let notice): self.notice = notice
            case .openHelp: screen = .help(HelpScreen(over: screen, height: textRows))
            case .openOutline:
                if case .article(let article) = screen { screen = .outline(OutlineScreen(article: article, height: textRows)) }
            case .close: work += close()
            case .travel(let travel): work += self.travel(travel)
            case .adjustColumn(let steps): work += adjustColumn(by: steps)
            case .relist: work.append(.relistLibrary)
            case .quit:
                work += leaveArticle()
                isRunning = false
            }
        }
        return work
    }

    private mutating func close() -> [ReaderEffect] {
        switch screen {
        case .library: isRunning = false
        case .article(let article):
            history.update(article.visit)
            let work = leaveArticle() + dropAwaitedLayout()
            screen = .library
            // The list stays true to the folder: articles added or removed meanwhile.
            return work + [.relistLibrary]
        case .outline(let outline): screen = .article(outline.article)
        case .help(let help): screen = help.behind
        }
        return []
    }

    /// Records where the article on screen was left, and asks for the memory to be saved.
    private mutating func leaveArticle() -> [ReaderEffect] {
        guard let article = screen.article, library.entry(id: article.view.article.id) != nil else { return [] }
        let (place, percent) = placeToRecord(in: article.view)
        memory.record(article.view.article.id, at: place, percent: percent, reachedEnd: article.reachedEnd, time: clock())
        return [.saveMemory(memory)]
    }

    /// The text column `steps` steps narrower or wider, between `narrowestColumn` and the
    /// terminal's width (less a column of margin each side); kept in the memory for the next run.
    private mutating func adjustColumn(by steps: Int) -> [ReaderEffect] {
        let widest = max(Self.narrowestColumn, size.columns - 2)
        let current = columnWidth
        let wanted = min(widest, max(Self.narrowestColumn, current + steps * Self.columnStep))
        guard wanted != current else {
            notice = Notice(steps < 0 ? "The text column is at its narrowest (\(current) columns)"
                                      : "The text column is as wide as the terminal (\(current) columns)")
            return []
        }
        measure = wanted
        memory.measure = wanted
        screen.resize(measure: columnWidth, textRows: textRows, atOnce: linesLaidOutAtOnce)
        notice = Notice("Text column: \(columnWidth) columns")
        return layOutWhole()
    }

    private mutating func travel(_ travel: Travel) -> [ReaderEffect] {
        if let article = screen.article { history.update(article.visit) }
        // The article stays on screen until the next is read: it is recorded only once there is one to go to.
        switch travel {
        case .link(let id):
            return leaveArticle() + [.load(LoadRequest(id: id))]
        case .title(let title):
            guard let id = library.resolve(title: title) else {
                // An article opened by path is read before the rest of its folder (which may then
                // not be readable): the others are perhaps not read.
                notice = Notice(library.isComplete ? "“\(title)” is not in the library"
                                                   : "“\(title)” is not among the articles read so far", isError: true)
                return []
            }
            return leaveArticle() + [.load(LoadRequest(id: id))]
        case .back, .forward:
            guard let visit = travel == .back ? history.back() : history.forward() else {
                notice = Notice(travel == .back ? "No earlier article" : "No later article")
                return []
            }
            return leaveArticle() + [.load(LoadRequest(id: visit.id, position: visit.position, reason: .history))]
        case .mark(let place):
            guard library.entry(id: place.id) != nil else {
                notice = Notice("The article of that mark is no longer in the library", isError: true)
                return []
            }
            return leaveArticle() + [.load(LoadRequest(id: place.id, position: place.position, reason: .mark))]
        }
    }

    /// A whole article on screen: laid out at once when it is short (or a search's match is to
    /// be shown), else around the place it opens at first, and whole in the background.
    mutating func show(_ article: Article, _ request: LoadRequest) -> [ReaderEffect] {
        let document = Document(article)
        let textBytes = document.passages.reduce(0) { $0 + $1.utf8.count }
        // Lines are at most a column wide, so this many at least (short lines only add to them).
        guard request.query == nil, textBytes / columnWidth + document.elements.count > linesLaidOutAtOnce else {
            present(ArticleView(TypesetArticle(article, document: document, measure: columnWidth, textRows: textRows),
                                at: request.position), request)
            return []
        }
        var position = request.position
        if request.reason == .visit, position == .start, let record = memory[article.id] {
            position = record.place.position(in: document)
        }
        present(ArticleView.around(article, document, measure: columnWidth, textRows: textRows, at: position), request)
        return layOutWhole()
    }

    /// Puts `view`, set at `request.position`, on screen: as a new visit (history, the place
    /// where it was left), with the search the request brings.
    mutating func present(_ view: ArticleView, _ request: LoadRequest) {
        var view = view
        let article = view.article
        awaitedLayout = nil
        if request.reason == .visit || request.reason == .mark {
            history.visit(Visit(id: article.id, position: request.position))
        }
        if let query = request.query {
            lastQuery = query
            _ = view.find(query)
        }
        var opened = ArticleScreen(view: view, lastQuery: lastQuery, place: place(of: article.id), marks: marks)
        // A new visit to an article read before goes where it was left (a search goes to its match).
        if request.reason == .visit, request.query == nil, request.position == .start, let record = memory[article.id] {
            opened.go(to: record.place.position(in: opened.view.document))
            // An opening's share of the whole is not known yet: the share recorded then.
            let percent = opened.view.isComplete ? opened.view.percent : record.percent
            if opened.view.top > 0 { notice = Notice(ArticleMemory.resumedNotice(percent: percent)) }
        }
        screen = .article(opened)
        if let entry = library.index(ofID: article.id) { libraryScreen.select(entry: entry) }
    }

    /// Where the article with `id` stands in the library ("2/3"), or empty when it is not listed.
    private func place(of id: String) -> String {
        library.index(ofID: id).map { "\($0 + 1)/\(library.entries.count)" } ?? ""
    }
}
