/// What `update` reacts to: input, and the results of the work it asked for.
public enum ReaderEvent: Sendable {
    case key(Key)
    case resize(TerminalSize)
    case loaded(Article, LoadRequest)
    case loadFailed(String, LoadRequest)
    /// Some of a library search's results, as they are found.
    case librarySearchProgress(LibrarySearchProgress)
    /// The wheel or a click.
    case mouse(MouseEvent)
    /// The library folder read again (`relistLibrary`).
    case relisted(Library)
    /// The reading memory could not be saved: a one-line notice.
    case memoryNotSaved(String)
    /// The reader is ending without a quit key (input closed, a signal): the place is recorded.
    case ending
}

/// Work `update` asks the runtime to do. Results come back later as events, so that
/// anything slow runs off the input loop and keys stay answered.
public enum ReaderEffect: Sendable, Equatable {
    /// Read and parse an article (from the cache when it was read lately).
    case load(LoadRequest)
    /// Search the text of every article of the library, reporting as it goes.
    case searchLibrary(LibrarySearchRequest)
    /// Stop the library search that is running; what it found stays.
    case cancelLibrarySearch
    /// Repaint every cell of the terminal (^L): it may hold stray output.
    case repaintAll
    /// Write the reading memory to the state file (after an article was left).
    case saveMemory(ReadingMemory)
    /// Read the library folder again, so the list shows articles added or removed meanwhile.
    case relistLibrary
}

public struct LoadRequest: Sendable, Equatable {
    public enum Reason: Sendable, Equatable {
        /// A new visit: from the list, the command line, or a link.
        case visit
        /// Back or forward through the history: the visit is already recorded.
        case history
    }

    public var id: String
    public var position: TextPosition
    public var reason: Reason
    /// A search to run in the article once it is open (after a library search).
    public var query: SearchQuery?

    public init(id: String, position: TextPosition = .start, reason: Reason = .visit, query: SearchQuery? = nil) {
        self.id = id
        self.position = position
        self.reason = reason
        self.query = query
    }
}

/// One library search; `serial` tells its reports from those of a search it replaced.
public struct LibrarySearchRequest: Sendable, Equatable {
    public var serial: Int
    public var query: SearchQuery

    public init(serial: Int, query: SearchQuery) {
        self.serial = serial
        self.query = query
    }
}

/// A library search's report: the articles found since the last report (entry index and
/// number of matches), how many articles have been searched, and whether it is done.
public struct LibrarySearchProgress: Sendable, Equatable {
    public var serial: Int
    public var found: [Found]
    public var searched: Int
    public var total: Int
    public var isFinished: Bool

    public struct Found: Sendable, Equatable {
        public var entry: Int
        public var count: Int
        public init(entry: Int, count: Int) {
            self.entry = entry
            self.count = count
        }
    }

    public init(serial: Int, found: [Found], searched: Int, total: Int, isFinished: Bool) {
        self.serial = serial
        self.found = found
        self.searched = searched
        self.total = total
        self.isFinished = isFinished
    }
}
