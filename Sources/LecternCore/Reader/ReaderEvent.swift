/// What `update` reacts to: input, and the results of the work it asked for.
public enum ReaderEvent: Sendable {
    case key(Key)
    case resize(TerminalSize)
    case loaded(Article, LoadRequest)
    case loadFailed(String, LoadRequest)
}

/// Work `update` asks the runtime to do; its result comes back as an event.
public enum ReaderEffect: Sendable, Equatable {
    case load(LoadRequest)
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

    public init(id: String, position: TextPosition = .start, reason: Reason = .visit) {
        self.id = id
        self.position = position
        self.reason = reason
    }
}
