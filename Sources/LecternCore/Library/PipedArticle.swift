/// An article read from standard input (`… | lectern -`, `lectern show -`), as `less -` and
/// `glow -` read one: its bytes are decoded and parsed as a file's (gzip too), and it is the
/// one article of a library of its own. Nothing is written anywhere, and no place in it is
/// remembered: it has no file to come back to.
public struct PipedArticle: Sendable {
    /// The name that stands for standard input on the command line.
    public static let name = "-"
    /// The article's id, and the name of its library in the reader's title bar.
    static let id = "stdin"
    static let folder = "standard input"

    public let article: Article
    public let library: Library

    /// Errors name the input "-": binary data, a damaged gzip stream.
    public init(_ bytes: [UInt8]) throws(LibraryError) {
        let text = Gzip.isCompressed(bytes) ? try ArticleFile.decompressed(bytes, Self.name) : bytes
        let parsed = ArticleParser.parse(try ArticleText.decode(text, of: Self.name).text, id: Self.id, path: Self.name)
        library = Library(folder: Self.folder, entries: [
            LibraryEntry(id: parsed.id, title: parsed.title, path: parsed.path, previous: parsed.previous, next: parsed.next),
        ])
        article = library.resolvingLinks(of: parsed)
    }

    /// A reader runtime that opens and searches this article from memory; it never reads the
    /// folder or a file.
    public func runtime(state: ReaderState, work: BackgroundWork) -> ReaderRuntime {
        let article = self.article
        let passages = Array(Document(article).bodyPassages)
        return ReaderRuntime(state: state, work: work) { id throws(LibraryError) in
            guard id == article.id else { throw .unknownArticle(id, suggestions: []) }
            return article
        } searchArticle: { _, query in
            SearchResults(query: query, passages: passages).count
        }
    }
}
