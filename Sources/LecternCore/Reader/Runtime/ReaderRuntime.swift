import FoundationEssentials
import Synchronization

/// Runs the reader: feeds events to `update`, performs the effects it returns, draws each frame.
/// The only place where the reader touches the disk or the terminal. Slow work runs through
/// `BackgroundWork` and comes back as events in the inbox, which the loop takes between reads
/// of the keyboard, so keys are answered while it runs.
public final class ReaderRuntime {
    public private(set) var state: ReaderState
    private let loadArticle: @Sendable (String) throws(LibraryError) -> Article
    /// Reads an article's file, for `open(id:)` to show a long one from its opening; nil when
    /// articles are not files (tests in memory).
    private let readSource: (@Sendable (String) throws(LibraryError) -> ArticleSource)?
    private let searchArticle: @Sendable (Int, SearchQuery) -> Int
    /// Reads the library folder again; nil when there is no folder to read (tests in memory).
    private let relist: (@Sendable () throws(LibraryError) -> Library)?
    /// Writes the reading memory; returns a one-line notice when it could not.
    private let saveMemory: ((ReadingMemory) -> String?)?
    /// The library the convenience init's closures read from, updated when the folder is read again.
    private var current: CurrentLibrary?
    private let work: BackgroundWork
    private let inbox = Inbox()
    private var cache = ArticleCache(budget: ReaderRuntime.cacheBudget)
    private var searchCancel: CancelFlag?
    /// Whole layouts of long articles, the latest asked for only, with the flag that stops it
    /// (`cancelLayOut`, or a later request, whose result the state would drop anyway); and those
    /// whose article was read from its file, to keep in the cache when they come.
    private let layouts = LatestRequest<LayoutJob>()
    private var layoutCancel: CancelFlag?
    private var layoutsFromFiles: Set<Int> = []
    /// Articles being read in the background, and the keys typed meanwhile: those wait for the
    /// article, so that keys typed ahead (Enter, then Space) apply in order, as in `less`.
    private var loadsPending = 0
    private var heldEvents: [ReaderEvent] = []
    private weak var terminal: Terminal?

    /// Parsed articles kept for going back: 32 MB of text.
    public static let cacheBudget = 32 << 20
    /// How long the loop waits for a key while work runs, and when idle (then only to look at signals).
    static let busyWait = 10, idleWait = 200
    /// A running search reports at most this often (in seconds), and when it ends.
    static let reportInterval = 0.05

    /// `searchArticle` counts the matches of a query in the library entry with that index.
    public init(state: ReaderState, work: BackgroundWork = ThreadWork(),
                relist: (@Sendable () throws(LibraryError) -> Library)? = nil,
                saveMemory: ((ReadingMemory) -> String?)? = nil,
                readSource: (@Sendable (String) throws(LibraryError) -> ArticleSource)? = nil,
                loadArticle: @escaping @Sendable (String) throws(LibraryError) -> Article,
                searchArticle: @escaping @Sendable (Int, SearchQuery) -> Int) {
        self.state = state
        self.work = work
        self.relist = relist
        self.saveMemory = saveMemory
        self.readSource = readSource
        self.loadArticle = loadArticle
        self.searchArticle = searchArticle
    }

    /// A runtime that loads and searches articles from the state's library folder, reads the
    /// folder again when asked, and saves the reading memory with `saveMemory`.
    public convenience init(state: ReaderState, work: BackgroundWork = ThreadWork(),
                            saveMemory: ((ReadingMemory) -> String?)? = nil) {
        let current = CurrentLibrary(state.library)
        self.init(state: state, work: work, relist: { () throws(LibraryError) in
            try current.library.relisted()
        }, saveMemory: saveMemory, readSource: { id throws(LibraryError) in
            try current.library.source(id: id)
        }) { id throws(LibraryError) in
            try current.library.load(id: id)
        } searchArticle: { index, query in
            let library = current.library
            // The folder may have been read again since the search began: it is then cancelled.
            guard library.entries.indices.contains(index) else { return 0 }
            return LibrarySearch.hit(for: library.entries[index], query: query, snippets: 0)?.count ?? 0
        }
        self.current = current
    }

    /// The reading memory could not be saved the last time it was tried: for stderr after the reader.
    public private(set) var memoryProblem: String?

    /// The ids of the articles kept parsed, the most recently used last.
    public var cachedIDs: [String] { cache.ids }

    /// Opens an article directly, as `lectern ARTICLE` does: before the first frame, so at once.
    /// A long one is shown from its opening; its whole layout follows from the background.
    public func open(id: String) {
        let request = LoadRequest(id: id)
        do throws(LibraryError) {
            // A file that cannot be read here is left to `loadArticle`, to say why.
            if let source = try? readSource?(id), source.isLong {
                let opening = state.opensFromOpening(request) ? source.opening() : nil
                perform(state.update(.openedLong(source, opening: opening, request)))
                if let view = state.view, view.isComplete { cache.insert(view.article, stamp: FileStamp.of(source.path)) }
                return
            }
            let article = try loadArticle(id)
            cache.insert(article, stamp: FileStamp.of(article.path))
            perform(state.update(.loaded(article, request)))
        } catch {
            perform(state.update(.loadFailed(error.description, request)))
        }
    }

    /// A notice before the first frame, as when there is no article to resume.
    public func notify(_ text: String) {
        state.notice = Notice(text)
    }

    /// Feeds one event to `update`, performs the effects, then takes in whatever work has finished.
    /// A key typed while an article is being read waits for it.
    public func send(_ event: ReaderEvent) {
        switch event {
        case .key, .mouse:
            if loadsPending > 0 {
                heldEvents.append(event)
                return
            }
        case .relisted(let library):
            current?.library = library
        case .resize, .loaded, .loadFailed, .librarySearchProgress, .memoryNotSaved, .editorFailed, .ending, .openedLong, .laidOut:
            break
        }
        perform(state.update(event))
        takeInbox()
    }

    /// Keys that wait for an article being read.
    public var waitingKeys: [Key] {
        heldEvents.compactMap { event in
            if case .key(let key) = event { return key }
            return nil
        }
    }

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
                    // Stamped after the read: a change made during it is seen as none (rare, and
                    // the next change is seen again).
                    cache.insert(article, stamp: FileStamp.of(article.path))
                    loadsPending -= 1
                case .loadFailed:
                    loadsPending -= 1
                case .relisted(let library):
                    current?.library = library
                case .key, .resize, .librarySearchProgress, .mouse, .memoryNotSaved, .editorFailed, .ending, .openedLong, .laidOut:
                    break
                }
                perform(state.update(event))
                if case .laidOut(let serial, .success) = event, layoutsFromFiles.remove(serial) != nil,
                   let view = state.view, view.isComplete {
                    cache.insert(view.article, stamp: FileStamp.of(view.article.path))
                }
            }
            if loadsPending == 0, !heldEvents.isEmpty {
                let held = heldEvents
                heldEvents = []
                for event in held { send(event) }
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
            case .saveMemory(let memory):
                // Small and rare (leaving an article), so on the loop: a quit must not outrun it.
                memoryProblem = saveMemory?(memory)
                if let problem = memoryProblem { perform(state.update(.memoryNotSaved(problem))) }
            case .relistLibrary: relistLibrary()
            case .edit(let path, let then):
                // `continue`, not `return`: the effects after this one are still to be done.
                guard let terminal else { continue }
                if let problem = terminal.edit(path) {
                    perform(state.update(.editorFailed(problem)))
                    continue
                }
                terminal.repaintAll()
                switch then {
                // Read again when the editor changed it (the cache compares the file's stamp).
                case .reopen(let request): load(request)
                case .relist: relistLibrary()
                }
            case .layOut(let request): layOut(request)
            case .cancelLayOut:
                layoutCancel?.cancel()
                layoutCancel = nil
                layoutsFromFiles.removeAll()
            }
        }
    }

    /// One worker lays out the latest request; its result comes back as `.laidOut`.
    private func layOut(_ request: LayoutRequest) {
        if case .file = request.source { layoutsFromFiles.insert(request.serial) }
        layoutCancel?.cancel()
        let cancel = CancelFlag()
        layoutCancel = cancel
        guard layouts.put(LayoutJob(request: request, cancel: cancel)) else { return }
        let (inbox, layouts) = (self.inbox, self.layouts)
        inbox.jobStarted()
        work.start {
            defer { inbox.jobEnded() }
            while let job = layouts.take() {
                let request = job.request
                do throws(LibraryError) {
                    // Cancelled: nobody waits for it, so nothing is posted.
                    guard let typeset = try request.typeset(unless: { job.cancel.isCancelled }) else { continue }
                    inbox.post(.laidOut(serial: request.serial, .success(typeset)))
                } catch {
                    inbox.post(.laidOut(serial: request.serial, .failure(error)))
                }
            }
        }
    }

    private func relistLibrary() {
        guard let relist else { return }
        let (inbox, asWas) = (self.inbox, state.library)
        inbox.jobStarted()
        work.start {
            defer { inbox.jobEnded() }
            // A folder that cannot be read now keeps the list as it was; keys waiting for it go on.
            inbox.post(.relisted((try? relist()) ?? asWas))
        }
    }

    private func load(_ request: LoadRequest) {
        if let cached = cache.article(id: request.id) {
            let now = FileStamp.of(cached.article.path)
            if now == cached.stamp {
                perform(state.update(.loaded(cached.article, request)))
                return
            }
            if now == nil {
                // Gone since it was read: the copy read then is still worth reading.
                perform(state.update(.loaded(cached.article, request)))
                notify("The file of “\(cached.article.title)” is gone; this is the copy read before")
                return
            }
            cache.remove(request.id)
            notify("“\(cached.article.title)” changed on disk: read again")
        }
        // A long article from its opening, at once, when that can be shown; else read in the background.
        if let source = try? readSource?(request.id), source.isLong, state.opensFromOpening(request),
           let opening = source.opening(), state.canShow(opening: opening, for: request) {
            perform(state.update(.openedLong(source, opening: opening, request)))
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
            case .closed:
                // Input ended or a signal: still record where the reader was.
                send(.ending)
                return
            case .event(.key(let key)):
                send(.key(key))
                changed = true
            case .event(.mouse(let mouse)):
                send(.mouse(mouse))
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

/// A whole layout to make, and the flag that stops it.
private struct LayoutJob: Sendable {
    var request: LayoutRequest
    var cancel: CancelFlag
}

/// The library as last read, shared with the closures that load and search on other threads.
final class CurrentLibrary: Sendable {
    private let value: Mutex<Library>

    init(_ library: Library) { value = Mutex(library) }

    var library: Library {
        get { value.withLock { $0 } }
        set { value.withLock { $0 = newValue } }
    }
}
