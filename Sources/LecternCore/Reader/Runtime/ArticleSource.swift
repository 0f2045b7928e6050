/// An article file as the reader opens it: a long one is shown from its opening (its first
/// blocks, parsed from the first few dozen KB) while the whole is read, parsed and laid out in
/// the background.
public struct ArticleSource: Sendable, Equatable {
    public let id: String
    public let path: String
    /// The start of the file: all of it when it is not long.
    public let head: [UInt8]
    /// The file's size in bytes when its head was read.
    public let size: Int
    /// Files longer than this open from their opening.
    public let longAbove: Int

    /// Shorter files are read whole in less time than a frame.
    public static let longFile = 512 * 1024
    /// How much of a long file its opening reads: some thirty pages of 80 by 24.
    public static let openingBytes = 64 * 1024

    public init(id: String, path: String, head: [UInt8], size: Int, longAbove: Int = longFile) {
        self.id = id
        self.path = path
        self.head = head
        self.size = size
        self.longAbove = longAbove
    }

    /// A file whose whole text is `bytes` (tests, which set `longAbove` low).
    public init(id: String, path: String, bytes: [UInt8], longAbove: Int = longFile) {
        self.init(id: id, path: path, head: bytes, size: bytes.count, longAbove: longAbove)
    }

    /// Reads the head of the file at `path`: all of it when it is not long, so that it is read once.
    public static func read(id: String, path: String) throws(LibraryError) -> ArticleSource {
        let (head, size) = try ArticleFile.readHead(path, count: openingBytes, wholeLimit: longFile)
        return ArticleSource(id: id, path: path, head: head, size: size)
    }

    public var isLong: Bool { size > longAbove }

    /// The article's first blocks, from the start of the file to its last line end within
    /// `count` bytes; nil when that start is not text or holds no line end.
    public func opening(bytes count: Int = openingBytes) -> Article? {
        guard let lastLineEnd = head.prefix(count).lastIndex(of: 0x0A),
              let decoded = ArticleText.decode(Array(head[...lastLineEnd])) else { return nil }
        return ArticleParser.parseOpening(decoded.text, id: id, path: path)
    }

    /// The whole article (read from the file unless the head is all of it), its links not yet
    /// resolved against a library.
    public func article() throws(LibraryError) -> Article {
        // Never nil: nothing cancels it.
        try article(unless: { false })!
    }

    /// The whole article, given up between reading, decoding and parsing once `isCancelled`: nil then.
    func article(unless isCancelled: () -> Bool) throws(LibraryError) -> Article? {
        let bytes = head.count == size ? head : try ArticleFile.readAll(path)
        guard !isCancelled() else { return nil }
        let text = try ArticleText.decode(bytes, of: path).text
        guard !isCancelled() else { return nil }
        return ArticleParser.parse(text, id: id, path: path)
    }
}

extension Library {
    /// The head of the file of the article `id`.
    public func source(id: String) throws(LibraryError) -> ArticleSource {
        guard let entry = entry(id: id) else { throw .unknownArticle(id, suggestions: []) }
        return try ArticleSource.read(id: id, path: entry.path)
    }
}
