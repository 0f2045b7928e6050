/// What `update` reacts to: input, and the results of the work it asked for.
public enum ReaderEvent: Sendable {
    case key(Key)
    case resize(TerminalSize)
    case loaded(Article, LoadRequest)
    case loadFailed(String, LoadRequest)
    /// The result of `.searchLibrary`: matches per article id.
    case librarySearched(SearchQuery, [String: Int])
}

/// Work `update` asks the runtime to do; its result comes back as an event.
public enum ReaderEffect: Sendable, Equatable {
    case load(LoadRequest)
    /// Search the text of every article of the library.
    case searchLibrary(SearchQuery)
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
