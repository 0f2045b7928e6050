/// The list of the library's articles, with the title filter and the text search of every
/// article. It is the reader's first screen and stays underneath the others, so a library
/// search keeps running (and its results keep arriving) while an article is read.
public struct LibraryScreen: Sendable {
    public private(set) var library: Library
    public private(set) var list: LibraryList
    public private(set) var typing: Typing?
    public private(set) var search: SearchRun?
    private var height: Int
    private var lastSerial = 0

    public enum Typing: Sendable, Equatable {
        case filter(Prompt)
        case search(Prompt)
    }

    /// A library search and how far it has got.
    public struct SearchRun: Sendable, Equatable {
        public enum Phase: Sendable, Equatable { case running, finished, stopped }
        public var request: LibrarySearchRequest
        public var searched: Int
        public var total: Int
        public var phase: Phase
    }

    public init(library: Library, height: Int) {
        self.library = library
        list = LibraryList(library)
        self.height = max(1, height)
    }

    public var prompt: Prompt? {
        switch typing {
        case .filter(let prompt), .search(let prompt): return prompt
        case nil: return nil
        }
    }

    mutating func resize(height: Int) {
        self.height = max(1, height)
        list.fit(height: self.height)
    }

    /// Shows `entry` as the chosen one, e.g. the article just opened.
    mutating func select(entry: Int) {
        list.select(entry: entry)
        list.fit(height: height)
    }

    public mutating func handle(_ key: Key) -> [ScreenEffect] {
        if let typing { return edit(typing, with: key) }
        guard let command = KeyMap.library.command(for: key) else { return [] }
        return update(command)
    }

    public mutating func update(_ command: Command) -> [ScreenEffect] {
        switch command {
        case .lineDown: list.move(by: 1, height: height)
        case .lineUp: list.move(by: -1, height: height)
        case .nextPage: list.move(by: height, height: height)
        case .previousPage: list.move(by: -height, height: height)
        case .top: list.move(by: -list.visible.count, height: height)
        case .bottom: list.move(by: list.visible.count, height: height)
        case .open:
            guard let index = list.selectedEntry else { return [] }
            return [.run(.load(LoadRequest(id: library.entries[index].id, query: list.textSearch?.query)))]
        case .filter: typing = .filter(Prompt(text: list.filter))
        case .searchLibrary: typing = .search(Prompt())
        case .clearSearch:
            if var run = search, run.phase == .running {
                run.phase = .stopped
                search = run
                return [.run(.cancelLibrarySearch),
                        .notify(Notice("Search stopped after \(Count.grouped(run.searched)) of \(Count.grouped(run.total)) articles"))]
            }
            list.setFilter("")
            list.setTextSearch(nil)
            search = nil
        case .quit, .close: return [.quit]
        case .help: return [.openHelp]
        case .redraw: return [.run(.repaintAll)]
        case .reload: return [.relist]
        case .edit:
            guard let index = list.selectedEntry else { return [] }
            return ScreenEffect.edit(library.entries[index].path, then: .relist)
        case .halfPageDown, .halfPageUp, .followNext, .followPrevious, .back, .forward,
             .search, .nextMatch, .previousMatch, .outline, .narrower, .wider, .percent, .setMark, .goToMark:
            break
        }
        return []
    }

    /// The wheel moves through the list; a click on an article opens it.
    /// `row` counts from the top of the screen, the title bar being row 0.
    public mutating func handle(_ mouse: MouseEvent) -> [ScreenEffect] {
        guard typing == nil else { return [] }
        switch mouse.action {
        case .wheelUp: list.move(by: -ArticleScreen.wheelLines, height: height)
        case .wheelDown: list.move(by: ArticleScreen.wheelLines, height: height)
        case .click:
            let row = list.top + mouse.row - 1
            guard mouse.row >= 1, mouse.row <= height, list.visible.indices.contains(row) else { return [] }
            list.select(entry: list.visible[row])
            return update(.open)
        }
        return []
    }

    private mutating func edit(_ typing: Typing, with key: Key) -> [ScreenEffect] {
        switch typing {
        case .filter(var prompt):
            let outcome = prompt.handle(key)
            self.typing = outcome == .editing ? .filter(prompt) : nil
            var effects: [ScreenEffect] = []
            switch outcome {
            case .cancelled: list.setFilter("")
            case .editing: list.setFilter(prompt.text)
            case .submitted:
                list.setFilter(prompt.text)
                if list.visible.isEmpty { effects.append(.notify(Notice("No title matches “\(prompt.text)”", isError: true))) }
            }
            list.fit(height: height)
            return effects
        case .search(var prompt):
            let outcome = prompt.handle(key)
            self.typing = outcome == .editing ? .search(prompt) : nil
            guard outcome == .submitted, let query = SearchQuery(prompt.text) else { return [] }
            return start(query)
        }
    }

    private mutating func start(_ query: SearchQuery) -> [ScreenEffect] {
        var effects: [ScreenEffect] = []
        if search?.phase == .running { effects.append(.run(.cancelLibrarySearch)) }
        lastSerial += 1
        let request = LibrarySearchRequest(serial: lastSerial, query: query)
        search = SearchRun(request: request, searched: 0, total: library.entries.count, phase: .running)
        list.setTextSearch(LibraryList.TextSearch(query: query))
        list.fit(height: height)
        return effects + [.run(.searchLibrary(request))]
    }

    /// The folder as it was just read again: the same filter and chosen article. A library
    /// search's results name entries by index, so they stay only if the entries are the same.
    mutating func relisted(_ newLibrary: Library) -> [ScreenEffect] {
        let chosen = list.selectedEntry.map { library.entries[$0].id }
        let sameEntries = newLibrary.entries.map(\.id) == library.entries.map(\.id)
        var effects: [ScreenEffect] = []
        var newList = LibraryList(newLibrary)
        newList.setFilter(list.filter)
        if sameEntries {
            newList.setTextSearch(list.textSearch)
        } else if let run = search {
            if run.phase == .running { effects.append(.run(.cancelLibrarySearch)) }
            search = nil
        }
        library = newLibrary
        list = newList
        if let chosen, let entry = newLibrary.index(ofID: chosen) { list.select(entry: entry) }
        list.fit(height: height)
        return effects
    }

    /// Takes in a report of the running search; reports of a search replaced or stopped are dropped.
    public mutating func receive(_ progress: LibrarySearchProgress) -> [ScreenEffect] {
        guard var run = search, run.request.serial == progress.serial, run.phase == .running else { return [] }
        list.addMatches(progress.found)
        list.fit(height: height)
        run.searched = progress.searched
        run.total = progress.total
        guard progress.isFinished else {
            search = run
            return []
        }
        run.phase = .finished
        search = run
        let found = list.textSearch?.counts.count ?? 0
        let query = run.request.query.text
        return [found == 0
            ? .notify(Notice("No article contains “\(query)”", isError: true))
            : .notify(Notice("\(found) article\(found == 1 ? "" : "s") contain\(found == 1 ? "s" : "") “\(query)”"))]
    }
}

/// Numbers as people read them: 10,000.
enum Count {
    static func grouped(_ number: Int) -> String {
        let digits = String(number.magnitude)
        var result = ""
        for (index, digit) in digits.enumerated() {
            if index > 0, (digits.count - index) % 3 == 0 { result.append(",") }
            result.append(digit)
        }
        return number < 0 ? "-" + result : result
    }
}
