/// The reader's update function: an event in, the new state and the work to do out.
extension ReaderState {
    public mutating func update(_ event: ReaderEvent) -> [ReaderEffect] {
        switch event {
        case .resize(let newSize):
            size = newSize
            let (width, rows) = (columnWidth, textRows)
            view?.resize(measure: width, textRows: rows)
            list.fit(height: textRows)
            return []
        case .loaded(let article, let request):
            show(article, request)
            return []
        case .loadFailed(let reason, _):
            message = Message(text: reason, isError: true)
            return []
        case .librarySearched(let query, let countsByID):
            var counts: [Int: Int] = [:]
            for (id, count) in countsByID where count > 0 {
                if let index = library.index(ofID: id) { counts[index] = count }
            }
            list.setTextSearch(LibraryList.TextSearch(query: query, counts: counts))
            list.fit(height: textRows)
            let found = counts.count
            message = found == 0
                ? Message(text: "No article contains “\(query.text)”", isError: true)
                : Message(text: "\(found) article\(found == 1 ? "" : "s") contain\(found == 1 ? "s" : "") “\(query.text)”", isError: false)
            return []
        case .key(let key):
            message = nil
            if prompt != nil { return handlePrompt(key) }
            switch mode {
            case .library: return handleLibrary(key)
            case .article: return handleArticle(key)
            case .help: return handleHelp(key)
            }
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
        self.view = view
        mode = .article
        if let entry = library.index(ofID: article.id) {
            list.select(entry: entry)
            list.fit(height: textRows)
        }
    }

    // MARK: Library

    private mutating func handleLibrary(_ key: Key) -> [ReaderEffect] {
        guard let command = KeyMap.command(for: key, in: KeyMap.library) else { return [] }
        switch command {
        case .lineDown: list.move(by: 1, height: textRows)
        case .lineUp: list.move(by: -1, height: textRows)
        case .nextPage: list.move(by: textRows, height: textRows)
        case .previousPage: list.move(by: -textRows, height: textRows)
        case .top: list.move(by: -list.visible.count, height: textRows)
        case .bottom: list.move(by: list.visible.count, height: textRows)
        case .open:
            guard let index = list.selectedEntry else { return [] }
            return [.load(LoadRequest(id: library.entries[index].id, query: list.textSearch?.query))]
        case .filter: prompt = Prompt(purpose: .filter, text: list.filter)
        case .searchLibrary: prompt = Prompt(purpose: .librarySearch)
        case .clearSearch:
            list.setFilter("")
            list.setTextSearch(nil)
        case .quit, .closeArticle: isRunning = false
        case .help: openHelp()
        default: break
        }
        return []
    }

    // MARK: Article

    private mutating func handleArticle(_ key: Key) -> [ReaderEffect] {
        guard var view, let command = KeyMap.command(for: key, in: KeyMap.article) else { return [] }
        defer { self.view = view }
        switch command {
        case .nextPage:
            if !view.nextPage() { message = Message(text: "End of the article", isError: false) }
        case .previousPage:
            if !view.previousPage() { message = Message(text: "Start of the article", isError: false) }
        case .halfPageDown: view.scroll(by: max(1, textRows / 2))
        case .halfPageUp: view.scroll(by: -max(1, textRows / 2))
        case .lineDown: view.scroll(by: 1)
        case .lineUp: view.scroll(by: -1)
        case .top: view.goToStart()
        case .bottom: view.goToEnd()
        case .search: prompt = Prompt(purpose: .search)
        case .nextMatch, .previousMatch:
            report(view.step(forward: command == .nextMatch), forward: command == .nextMatch, view: view)
        case .clearSearch: view.clearSearch()
        case .followNext: return follow(view.article.next, direction: .next, from: view)
        case .followPrevious: return follow(view.article.previous, direction: .previous, from: view)
        case .back: return travel(back: true, from: view)
        case .forward: return travel(back: false, from: view)
        case .closeArticle:
            history.update(Visit(id: view.article.id, position: view.position))
            mode = .library
        case .quit: isRunning = false
        case .help: openHelp()
        default: break
        }
        return []
    }

    private mutating func follow(_ link: ArticleLink?, direction: LinkDirection, from view: ArticleView) -> [ReaderEffect] {
        guard let link else {
            message = Message(text: "This article has no \(direction.label) link", isError: false)
            return []
        }
        guard let id = link.id else {
            message = Message(text: "“\(link.title)” is not in the library", isError: true)
            return []
        }
        history.update(Visit(id: view.article.id, position: view.position))
        return [.load(LoadRequest(id: id))]
    }

    private mutating func travel(back: Bool, from view: ArticleView) -> [ReaderEffect] {
        history.update(Visit(id: view.article.id, position: view.position))
        guard let visit = back ? history.back() : history.forward() else {
            message = Message(text: back ? "No earlier article" : "No later article", isError: false)
            return []
        }
        return [.load(LoadRequest(id: visit.id, position: visit.position, reason: .history))]
    }

    private mutating func report(_ outcome: ArticleView.SearchOutcome?, forward: Bool, view: ArticleView) {
        switch outcome {
        case nil:
            message = Message(text: "No search yet: press / to search", isError: false)
        case .notFound:
            message = Message(text: "Pattern not found: \(view.search?.query.text ?? "")", isError: true)
        case .found(let wrapped):
            if wrapped {
                message = Message(text: forward ? "Search hit the end, continuing from the top"
                                                : "Search hit the top, continuing from the end", isError: false)
            }
        }
    }

    // MARK: Prompt

    private mutating func handlePrompt(_ key: Key) -> [ReaderEffect] {
        guard var prompt else { return [] }
        let outcome = prompt.handle(key)
        self.prompt = outcome == .editing ? prompt : nil
        switch prompt.purpose {
        case .filter:
            switch outcome {
            case .cancelled: list.setFilter("")
            case .editing: list.setFilter(prompt.text)
            case .submitted:
                list.setFilter(prompt.text)
                if list.visible.isEmpty { message = Message(text: "No title matches “\(prompt.text)”", isError: true) }
            }
            list.fit(height: textRows)
        case .librarySearch:
            guard outcome == .submitted, let query = SearchQuery(prompt.text) else { return [] }
            return [.searchLibrary(query)]
        case .search:
            guard outcome == .submitted, var view else { return [] }
            guard let query = SearchQuery(prompt.text) ?? lastQuery else { return [] }
            lastQuery = query
            let outcome = view.find(query)
            self.view = view
            report(outcome, forward: true, view: view)
        }
        return []
    }

    // MARK: Help

    private mutating func openHelp() {
        helpFor = mode
        helpTop = 0
        mode = .help
    }

    public var helpBindings: [KeyBinding] { helpFor == .library ? KeyMap.library : KeyMap.article }

    private mutating func handleHelp(_ key: Key) -> [ReaderEffect] {
        let lastTop = max(0, helpBindings.count + 2 - textRows)
        switch key {
        case .character("q"), .escape, .character("?"), .enter, .backspace: mode = helpFor
        case .character("Q"), .control("c"): isRunning = false
        case .down, .character("j"), .character(" "), .pageDown: helpTop = min(lastTop, helpTop + 1)
        case .up, .character("k"), .character("b"), .pageUp: helpTop = max(0, helpTop - 1)
        default: break
        }
        return []
    }
}
