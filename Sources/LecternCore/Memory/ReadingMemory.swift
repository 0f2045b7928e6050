import FoundationEssentials

/// What Lectern remembers of one library between sittings: where each article was left,
/// how far it was read, which article was read last, and the text column chosen with `-`/`+`.
/// A value: the reader changes it; `ReadingMemoryStore` reads and writes it.
public struct ReadingMemory: Sendable, Equatable {
    /// By article id (the file name without `.txt`).
    public private(set) var articles: [String: ArticleMemory]
    /// The article left most recently, for `--resume`.
    public private(set) var lastArticle: String?
    /// The text column the reader last chose, if it ever did.
    public var measure: Int?

    public init(articles: [String: ArticleMemory] = [:], lastArticle: String? = nil, measure: Int? = nil) {
        self.articles = articles
        self.lastArticle = lastArticle
        self.measure = measure
    }

    public subscript(id: String) -> ArticleMemory? { articles[id] }

    public func status(of id: String) -> ReadingStatus {
        guard let record = articles[id] else { return .unread }
        return record.finished ? .finished : .reading(percent: record.percent)
    }

    /// Records leaving article `id` at `place`. Once an article has been read to its last
    /// page it stays finished, even if read again from the start.
    public mutating func record(_ id: String, at place: RememberedPlace, percent: Int, reachedEnd: Bool,
                                time: Date = Date()) {
        let finished = reachedEnd || (articles[id]?.finished ?? false)
        articles[id] = ArticleMemory(place: place, percent: min(100, max(0, percent)), finished: finished,
                                     lastRead: ArticleMemory.wholeSeconds(time))
        lastArticle = id
    }

    /// This memory with what another process saved meanwhile: for each article the more recent
    /// record, the more recent last article; this memory's measure if it has one.
    public func merged(with saved: ReadingMemory) -> ReadingMemory {
        var result = saved
        for (id, record) in articles where record.lastRead >= (saved.articles[id]?.lastRead ?? .distantPast) {
            result.articles[id] = record
        }
        if let mine = lastArticle, let time = articles[mine]?.lastRead,
           time >= (saved.lastArticle.flatMap { saved.articles[$0]?.lastRead } ?? .distantPast) {
            result.lastArticle = mine
        }
        result.measure = measure ?? saved.measure
        return result
    }
}

/// One article's record.
public struct ArticleMemory: Sendable, Equatable {
    public var place: RememberedPlace
    /// Percent of the article above the bottom of the screen when it was left.
    public var percent: Int
    /// The last page was reached at some time.
    public var finished: Bool
    public var lastRead: Date

    public init(place: RememberedPlace, percent: Int, finished: Bool, lastRead: Date) {
        self.place = place
        self.percent = percent
        self.finished = finished
        self.lastRead = lastRead
    }

    /// The file keeps whole seconds; so does the value, so a round trip changes nothing.
    static func wholeSeconds(_ date: Date) -> Date {
        Date(timeIntervalSince1970: date.timeIntervalSince1970.rounded(.down))
    }

    /// The notice shown when an article opens where it was left.
    public static func resumedNotice(percent: Int) -> String {
        "resumed at \(percent)%; g for the start"
    }
}

/// An article's state, as the list shows it.
public enum ReadingStatus: Sendable, Equatable {
    case unread
    case reading(percent: Int)
    case finished

    public var label: String {
        switch self {
        case .unread: return "unread"
        case .reading(let percent): return "\(percent)%"
        case .finished: return "finished"
        }
    }
}
