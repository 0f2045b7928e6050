import Foundation
import LecternCore

/// Drives the reader's pure core with keys, as a person would, with articles held in memory.
/// Background work runs at once (`InlineWork`) unless the test passes `HeldWork` to run it
/// when it chooses: either way the outcome does not depend on timing.
public final class ReaderHarness {
    public let runtime: ReaderRuntime
    public var state: ReaderState { runtime.state }
    /// How many times each article was read and parsed (not taken from the cache).
    public var loads: [String: Int] { loadCounter.counts }
    private let loadCounter = LoadCounter()

    /// `articles` are (id, text) pairs in library order.
    /// The time every record of the reading memory is stamped with, so effects can be compared whole.
    public static let now = Date(timeIntervalSince1970: 1_800_000_000)

    public init(_ articles: [(id: String, text: String)], columns: Int = 80, rows: Int = 24,
                measure: Int = LayoutMetrics.defaultMeasure, work: BackgroundWork = InlineWork(),
                memory: ReadingMemory = ReadingMemory(), saveMemory: ((ReadingMemory) -> String?)? = nil) {
        let parsed = articles.map { ArticleParser.parse($0.text, id: $0.id, path: "\($0.id).txt") }
        let entries = parsed.map {
            LibraryEntry(id: $0.id, title: $0.title, path: $0.path,
                         previous: $0.previous, next: $0.next)
        }
        let library = Library(folder: "test-library", entries: entries)
        let byID = Dictionary(uniqueKeysWithValues: parsed.map { ($0.id, $0) })
        let state = ReaderState(library: library, size: TerminalSize(columns: columns, rows: rows), measure: measure,
                                memory: memory, clock: { ReaderHarness.now })
        let counter = loadCounter
        runtime = ReaderRuntime(state: state, work: work, saveMemory: saveMemory) { id throws(LibraryError) in
            guard let article = byID[id] else { throw .unknownArticle(id, suggestions: []) }
            counter.count(id)
            return library.resolvingLinks(of: article)
        } searchArticle: { index, query in
            SearchResults(query: query, passages: Array(Document(parsed[index]).bodyPassages)).count
        }
    }

    /// A reader of the bundled library (articles/), read into memory.
    public static func bundledLibrary(columns: Int = 80, rows: Int = 24,
                                      memory: ReadingMemory = ReadingMemory()) throws -> ReaderHarness {
        let folder = Fixtures.bundledLibrary
        let library = try Library.open(folder: folder.path)
        let articles = try library.entries.map { entry in
            (id: entry.id, text: try Fixtures.text(of: folder.appendingPathComponent(entry.id + ".txt")))
        }
        return ReaderHarness(articles, columns: columns, rows: rows, memory: memory)
    }

    public func press(_ keys: Key...) { for key in keys { runtime.send(.key(key)) } }

    /// Types each character of `text` as a key.
    public func type(_ text: String) { for character in text { runtime.send(.key(.character(character))) } }

    public func resize(columns: Int, rows: Int) { runtime.send(.resize(TerminalSize(columns: columns, rows: rows))) }

    public func open(_ id: String) { runtime.open(id: id) }

    /// Takes in the results of work run since the last key (with `HeldWork`).
    public func takeResults() { runtime.takeInbox() }

    /// Which screen is on top.
    public enum Shown: Equatable { case library, article, outline, help }

    public var shown: Shown {
        switch state.screen {
        case .library: return .library
        case .article: return .article
        case .outline: return .outline
        case .help: return .help
        }
    }

    public var screen: Screen { state.render() }
    public var lines: [String] { screen.textLines }
    public var statusLine: String { lines.last ?? "" }
    public var text: String { lines.joined(separator: "\n") }
}

/// Counts loads from the harness's background work.
private final class LoadCounter: @unchecked Sendable {
    private let lock = NSLock()
    private var byID: [String: Int] = [:]

    func count(_ id: String) { lock.withLock { byID[id, default: 0] += 1 } }
    var counts: [String: Int] { lock.withLock { byID } }
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

    /// The headings of the seed (articles/02-breaking-free.txt), in order.
    public static let seedHeadings = [
        "The Challenge of Traumatic Memories",
        "A New Frontier: Ketamine-Assisted Therapy",
        "The Science of Healing",
        "Looking Forward: Hope for Healing",
        "The Journey of Release",
    ]

    /// Three articles chained by Previous/Next, plus one whose Next names an article that is not there.
    public static let chain: [(id: String, text: String)] = [
        ("a1", article(title: "Alpha", paragraphs: 12, next: "Beta")),
        ("a2", article(title: "Beta", paragraphs: 3, previous: "Alpha", next: "Gamma")),
        ("a3", article(title: "Gamma", paragraphs: 2, previous: "Beta", next: "Missing Article")),
    ]
}
