/// The reader's update function: an event in, the new state and the work to do out.
/// Keys go to the screen on top, which answers with `ScreenEffect`s; what reaches past the
/// screen (notices, other screens, the history) is done here, and the runtime's work returned.
extension ReaderState {
    public mutating func update(_ event: ReaderEvent) -> [ReaderEffect] {
        switch event {
        case .resize(let newSize):
            size = newSize
            libraryScreen.resize(height: textRows)
            screen.resize(measure: columnWidth, textRows: textRows)
            return []
        case .loaded(let article, let request):
            show(article, request)
            return []
        case .loadFailed(let reason, _):
            notice = Notice(reason, isError: true)
            return []
        case .librarySearchProgress(let progress):
            return apply(libraryScreen.receive(progress))
        case .key(let key):
            notice = nil
            return apply(handle(key))
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
            case .close: close()
            case .travel(let travel): work += self.travel(travel)
            case .quit: isRunning = false
            }
        }
        return work
    }

    private mutating func close() {
        switch screen {
        case .library: isRunning = false
        case .article(let article):
            history.update(article.visit)
            screen = .library
        case .outline(let outline): screen = .article(outline.article)
        case .help(let help): screen = help.behind
        }
    }

    private mutating func travel(_ travel: Travel) -> [ReaderEffect] {
        if let article = screen.article { history.update(article.visit) }
        switch travel {
        case .link(let id):
            return [.load(LoadRequest(id: id))]
        case .back, .forward:
            guard let visit = travel == .back ? history.back() : history.forward() else {
                notice = Notice(travel == .back ? "No earlier article" : "No later article")
                return []
            }
            return [.load(LoadRequest(id: visit.id, position: visit.position, reason: .history))]
        }
    }

    private mutating func show(_ article: Article, _ request: LoadRequest) {
        if request.reason == .visit {
            history.visit(Visit(id: article.id, position: request.position))
        }
        var view = ArticleView(article: article, measure: columnWidth, textRows: textRows, at: request.position)
        if let query = request.query {
            lastQuery = query
            _ = view.find(query)
        }
        let entry = library.index(ofID: article.id)
        let place = entry.map { "\($0 + 1)/\(library.entries.count)" } ?? ""
        screen = .article(ArticleScreen(view: view, lastQuery: lastQuery, place: place))
        if let entry { libraryScreen.select(entry: entry) }
    }
}
