/// Runs the reader: feeds events to `update`, performs the effects it returns, draws each frame.
/// The only place where the reader touches the disk or the terminal.
public final class ReaderRuntime {
    public private(set) var state: ReaderState
    private let loadArticle: (String) throws(LibraryError) -> Article
    private let searchLibrary: (SearchQuery) -> [String: Int]

    public init(state: ReaderState, loadArticle: @escaping (String) throws(LibraryError) -> Article,
                searchLibrary: @escaping (SearchQuery) -> [String: Int]) {
        self.state = state
        self.loadArticle = loadArticle
        self.searchLibrary = searchLibrary
    }

    /// A runtime that loads and searches articles from the state's library.
    public convenience init(state: ReaderState) {
        let library = state.library
        self.init(state: state) { id throws(LibraryError) in
            try library.load(id: id)
        } searchLibrary: { query in
            Dictionary(LibrarySearch.run(query, in: library, snippetsPerArticle: 0).map { ($0.entry.id, $0.count) },
                       uniquingKeysWith: +)
        }
    }

    /// Opens an article directly, as `lectern ARTICLE` does.
    public func open(id: String) {
        perform([.load(LoadRequest(id: id))])
    }

    public func send(_ event: ReaderEvent) {
        perform(state.update(event))
    }

    public func perform(_ effects: [ReaderEffect]) {
        var pending = effects
        while !pending.isEmpty {
            let effect = pending.removeFirst()
            switch effect {
            case .load(let request):
                do {
                    let article = try loadArticle(request.id)
                    pending += state.update(.loaded(article, request))
                } catch {
                    pending += state.update(.loadFailed(error.description, request))
                }
            case .searchLibrary(let query):
                pending += state.update(.librarySearched(query, searchLibrary(query)))
            }
        }
    }

    /// Reads events until the reader quits or input ends.
    public func run(on terminal: Terminal) {
        send(.resize(terminal.size))
        terminal.draw(state.render())
        while state.isRunning, let event = terminal.nextEvent() {
            switch event {
            case .key(let key): send(.key(key))
            case .resize(let size): send(.resize(size))
            }
            if state.isRunning { terminal.draw(state.render()) }
        }
    }
}
