import LecternCore

/// Drives the reader's pure core with keys, as a person would, with articles held in memory.
public final class ReaderHarness {
    public let runtime: ReaderRuntime
    public var state: ReaderState { runtime.state }

    /// `articles` are (id, text) pairs in library order.
    public init(_ articles: [(id: String, text: String)], columns: Int = 80, rows: Int = 24,
                measure: Int = LayoutMetrics.defaultMeasure) {
        let parsed = articles.map { ArticleParser.parse($0.text, id: $0.id, path: "\($0.id).txt") }
        let entries = parsed.map {
            LibraryEntry(id: $0.id, title: $0.title, path: $0.path,
                         previous: $0.previous, next: $0.next)
        }
        let library = Library(folder: "test-library", entries: entries)
        let byID = Dictionary(uniqueKeysWithValues: parsed.map { ($0.id, $0) })
        let state = ReaderState(library: library, size: TerminalSize(columns: columns, rows: rows), measure: measure)
        runtime = ReaderRuntime(state: state) { id throws(LibraryError) in
            guard let article = byID[id] else { throw .unknownArticle(id, suggestions: []) }
            return library.resolvingLinks(of: article)
        } searchLibrary: { query in
            byID.mapValues { SearchResults(query: query, passages: Array(Document($0).bodyPassages)).count }
        }
    }

    public func press(_ keys: Key...) { for key in keys { runtime.send(.key(key)) } }

    /// Types each character of `text` as a key.
    public func type(_ text: String) { for character in text { runtime.send(.key(.character(character))) } }

    public func resize(columns: Int, rows: Int) { runtime.send(.resize(TerminalSize(columns: columns, rows: rows))) }

    public func open(_ id: String) { runtime.open(id: id) }

    public var screen: Screen { state.render() }
    public var lines: [String] { screen.textLines }
    public var statusLine: String { lines.last ?? "" }
    public var text: String { lines.joined(separator: "\n") }
}

/// Small articles written for tests, in the export format.
public enum SampleArticles {
    public static func article(title: String, paragraphs: Int, previous: String? = nil, next: String? = nil,
                               word: String = "word") -> String {
        var text = title + "\n\n"
        for index in 1...max(1, paragraphs) {
            if index % 4 == 0 { text += "Section \(index / 4)\n\n" }
            text += "Paragraph \(index) " + Array(repeating: word, count: 30).joined(separator: " ") + ".\n\n"
        }
        if let previous { text += "Previous\nPrevious\n\n\(previous)\n\n" }
        if let next { text += "Next\nNext\n\n\(next)\n" }
        return text
    }

    /// Three articles chained by Previous/Next, plus one whose Next names an article that is not there.
    public static let chain: [(id: String, text: String)] = [
        ("a1", article(title: "Alpha", paragraphs: 12, next: "Beta")),
        ("a2", article(title: "Beta", paragraphs: 3, previous: "Alpha", next: "Gamma")),
        ("a3", article(title: "Gamma", paragraphs: 2, previous: "Beta", next: "Missing Article")),
    ]
}
