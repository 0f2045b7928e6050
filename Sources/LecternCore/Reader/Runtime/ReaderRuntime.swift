import Foundation

/// Runs the reader: feeds events to `update`, performs the effects it returns, draws each frame.
/// The only place where the reader touches the disk or the terminal. Slow work runs through
/// `BackgroundWork` and comes back as events in the inbox, which the loop takes between reads
/// of the keyboard, so keys are answered while it runs.
public final class ReaderRuntime {
    public private(set) var state: ReaderState
    private let loadArticle: @Sendable (String) throws(LibraryError) -> Article
    private let searchArticle: @Sendable (Int, SearchQuery) -> Int
    private let work: BackgroundWork
    private let inbox = Inbox()
    private var cache = ArticleCache(budget: ReaderRuntime.cacheBudget)
    private var searchCancel: CancelFlag?
    /// Articles being read in the background, and the keys typed meanwhile: those wait for the
    /// article, so that keys typed ahead (Enter, then Space) apply in order, as in `less`.
    private var loadsPending = 0
    private var heldKeys: [Key] = []
    private weak var terminal: Terminal?

    /// Parsed articles kept for going back: 32 MB of text.
    public static let cacheBudget = 32 << 20
    /// How long the loop waits for a key while work runs, and when idle (then only to look at signals).
    static let busyWait = 10, idleWait = 200
    /// A running search reports at most this often (in seconds), and when it ends.
    static let reportInterval = 0.05

    /// `searchArticle` counts the matches of a query in the library entry with that index.
    public init(state: ReaderState, work: BackgroundWork = ThreadWork(),
                loadArticle: @escaping @Sendable (String) throws(LibraryError) -> Article,
                searchArticle: @escaping @Sendable (Int, SearchQuery) -> Int) {
        self.state = state
        self.work = work
        self.loadArticle = loadArticle
        self.searchArticle = searchArticle
    }

    /// A runtime that loads and searches articles from the state's library.
    public convenience init(state: ReaderState, work: BackgroundWork = ThreadWork()) {
        let library = state.library
        self.init(state: state, work: work) { id throws(LibraryError) in
            try library.load(id: id)
        } searchArticle: { index, query in
            LibrarySearch.hit(for: library.entries[index], query: query, snippets: 0)?.count ?? 0
        }
    }

    /// The ids of the articles kept parsed, the most recently used last.
    public var cachedIDs: [String] { cache.ids }

    /// Opens an article directly, as `lectern ARTICLE` does: before the first frame, so at once.
    public func open(id: String) {
        let request = LoadRequest(id: id)
        do throws(LibraryError) {
            let article = try loadArticle(id)
            cache.insert(article)
            perform(state.update(.loaded(article, request)))
        } catch {
            perform(state.update(.loadFailed(error.description, request)))
        }
    }

    /// Feeds one event to `update`, performs the effects, then takes in whatever work has finished.
    /// A key typed while an article is being read waits for it.
    public func send(_ event: ReaderEvent) {
        if case .key(let key) = event, loadsPending > 0 {
            heldKeys.append(key)
            return
        }
        perform(state.update(event))
        takeInbox()
    }

    /// Keys that wait for an article being read.
    public var waitingKeys: [Key] { heldKeys }

    /// Takes in the events background work has left; true when there were any.
    @discardableResult
    public func takeInbox() -> Bool {
        var tookAny = false
        while true {
            let events = inbox.take()
            if events.isEmpty { return tookAny }
            tookAny = true
            for event in events {
                switch event {
                case .loaded(let article, _):
                    cache.insert(article)
                    loadsPending -= 1
                case .loadFailed:
                    loadsPending -= 1
                case .key, .resize, .librarySearchProgress:
                    break
                }
                perform(state.update(event))
            }
            if loadsPending == 0, !heldKeys.isEmpty {
                let keys = heldKeys
                heldKeys = []
                for key in keys { send(.key(key)) }
            }
        }
    }

    /// True while background work runs or its results wait.
    public var isBusy: Bool { inbox.isBusy }

    public func perform(_ effects: [ReaderEffect]) {
        for effect in effects {
            switch effect {
            case .load(let request): load(request)
            case .searchLibrary(let request): search(request)
            case .cancelLibrarySearch:
                searchCancel?.cancel()
                searchCancel = nil
            case .repaintAll: terminal?.repaintAll()
            }
        }
    }

    private func load(_ request: LoadRequest) {
        if let article = cache.article(id: request.id) {
            perform(state.update(.loaded(article, request)))
            return
        }
        let (inbox, loadArticle) = (self.inbox, self.loadArticle)
        loadsPending += 1
        inbox.jobStarted()
        work.start {
            defer { inbox.jobEnded() }
            do throws(LibraryError) {
                inbox.post(.loaded(try loadArticle(request.id), request))
            } catch {
                inbox.post(.loadFailed(error.description, request))
            }
        }
    }

    private func search(_ request: LibrarySearchRequest) {
        searchCancel?.cancel()
        let cancel = CancelFlag()
        searchCancel = cancel
        let (inbox, searchArticle) = (self.inbox, self.searchArticle)
        let total = state.library.entries.count
        inbox.jobStarted()
        work.start {
            defer { inbox.jobEnded() }
            var found: [LibrarySearchProgress.Found] = []
            var lastReport = Date()
            for index in 0..<total {
                if cancel.isCancelled { return }
                let count = searchArticle(index, request.query)
                if count > 0 { found.append(.init(entry: index, count: count)) }
                if Date().timeIntervalSince(lastReport) >= Self.reportInterval {
                    inbox.post(.librarySearchProgress(LibrarySearchProgress(
                        serial: request.serial, found: found, searched: index + 1, total: total, isFinished: false)))
                    found = []
                    lastReport = Date()
                }
            }
            inbox.post(.librarySearchProgress(LibrarySearchProgress(
                serial: request.serial, found: found, searched: total, total: total, isFinished: true)))
        }
    }

    /// Reads events until the reader quits or input ends.
    public func run(on terminal: Terminal) {
        self.terminal = terminal
        defer { searchCancel?.cancel() }
        send(.resize(terminal.size))
        terminal.draw(state.render())
        while state.isRunning {
            var changed = false
            switch terminal.nextEvent(waitingAtMost: isBusy ? Self.busyWait : Self.idleWait) {
            case .closed: return
            case .event(.key(let key)):
                send(.key(key))
                changed = true
            case .event(.resize(let size)):
                send(.resize(size))
                changed = true
            case .idle:
                break
            }
            if takeInbox() { changed = true }
            if changed, state.isRunning { terminal.draw(state.render()) }
        }
    }
}
