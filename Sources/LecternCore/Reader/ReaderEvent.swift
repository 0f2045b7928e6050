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
    /// A long article's file read, with its opening parsed (`ArticleSource.opening`; nil when
    /// none could be): the opening is shown while the whole is laid out in the background.
    case openedLong(ArticleSource, opening: Article?, LoadRequest)
    /// The whole layout a `.layOut` asked for, or why the article could not be read whole.
    case laidOut(serial: Int, Result<TypesetArticle, LibraryError>)
    /// The editor asked for (`v`) could not be run: why.
    case editorFailed(String)
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
    /// Lay out the whole of a long article (reading it first when it is a file) off the input
    /// loop; answered by `.laidOut`.
    case layOut(LayoutRequest)
    /// Stop the whole layout asked for last, if it is still being made: its article was left.
    case cancelLayOut
    /// Hand the terminal to the person's editor on the file at `path`, then go on as `then` says.
    case edit(path: String, then: AfterEdit)
}

/// What follows an edit (`v`).
public enum AfterEdit: Sendable, Equatable {
    /// The article edited shown again (read again if it changed) at the place it was left.
    case reopen(LoadRequest)
    /// The list read again: the article edited may have a new title or links.
    case relist
}

/// The whole layout of a long article, for one text column and page height.
public struct LayoutRequest: Sendable, Equatable {
    public enum Source: Sendable, Equatable {
        /// The file whose opening is on screen: to parse whole first.
        case file(ArticleSource)
        case article(Article)
    }

    /// Tells this request's result from those of requests it replaced.
    public var serial: Int
    public var source: Source
    public var measure: Int
    public var textRows: Int

    public init(serial: Int, source: Source, measure: Int, textRows: Int) {
        self.serial = serial
        self.source = source
        self.measure = measure
        self.textRows = textRows
    }

    /// The work itself: slow for a long article, so done off the input loop.
    public func typeset() throws(LibraryError) -> TypesetArticle {
        // Never nil: nothing cancels it.
        try typeset(unless: { false })!
    }

    /// The work, given up between its steps (reading, parsing, laying out) once `isCancelled`;
    /// nil then. A step begun is finished.
    public func typeset(unless isCancelled: () -> Bool) throws(LibraryError) -> TypesetArticle? {
        let article: Article
        switch source {
        case .file(let file):
            guard let read = try file.article(unless: isCancelled) else { return nil }
            article = read
        case .article(let given):
            article = given
        }
        guard !isCancelled() else { return nil }
        let document = Document(article)
        guard !isCancelled() else { return nil }
        return TypesetArticle(article, document: document, measure: measure, textRows: textRows)
    }
}

public struct LoadRequest: Sendable, Equatable {
    public enum Reason: Sendable, Equatable {
        /// A new visit: from the list, the command line, or a link.
        case visit
        /// Back or forward through the history: the visit is already recorded.
        case history
        /// To a place marked in another article: a new visit, opened at the mark, not where
        /// the article was left.
        case mark
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
