/// What a listing knows of an article without parsing its body.
public struct LibraryEntry: Sendable, Equatable {
    public var id: String
    public var title: String
    public var path: String
    public var previous: ArticleLink?
    public var next: ArticleLink?
    /// How the file was decoded (only as far as the listing read it).
    public var encoding: SourceEncoding
    /// The file has no text at all: it is titled by its file name.
    public var isEmpty: Bool
    /// The listing read the whole file (it is small), so `encoding` holds for all of it.
    public var wasReadWhole: Bool

    public init(id: String, title: String, path: String, previous: ArticleLink? = nil, next: ArticleLink? = nil,
                encoding: SourceEncoding = .utf8, isEmpty: Bool = false, wasReadWhole: Bool = true) {
        self.id = id
        self.title = title
        self.path = path
        self.previous = previous
        self.next = next
        self.encoding = encoding
        self.isEmpty = isEmpty
        self.wasReadWhole = wasReadWhole
    }
}

/// A file in the library folder, named like an article, that cannot be read as one.
public struct RejectedFile: Sendable, Equatable {
    public var path: String
    public var error: LibraryError
}
