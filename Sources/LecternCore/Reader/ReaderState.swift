import FoundationEssentials

/// Everything the reader shows, as a value: `update` changes it, `render` draws it.
/// The screens keep their own state (Components/); this holds what lasts across them.
public struct ReaderState: Sendable {
    /// The folder's articles, as last read (returning to the list reads it again).
    public internal(set) var library: Library
    public internal(set) var size: TerminalSize
    /// The widest text column (`-` and `+` change it).
    public internal(set) var measure: Int
    /// Where each article was left, for the list and for resuming; saved through an effect.
    public internal(set) var memory: ReadingMemory
    /// The time a record is stamped with: the clock, or a fixed one in tests.
    let clock: @Sendable () -> Date
    /// The list: the first screen, and underneath every other.
    public internal(set) var libraryScreen: LibraryScreen
    public internal(set) var screen: ReaderScreen = .library
    public internal(set) var history = History<Visit>()
    public internal(set) var notice: Notice?
    /// The last article search, which an empty search repeats.
    public internal(set) var lastQuery: SearchQuery?
    /// The places marked with a letter (`ma`), in any article.
    public internal(set) var marks = Marks()
    public internal(set) var isRunning = true
    /// Keys and clicks that wait, in order, for the whole layout of the long article on screen
    /// (those the partial layout cannot answer as the whole would, and every one after them).
    public internal(set) var waiting: [ReaderEvent] = []
    /// The library is being read (it was opened with one article, or the first screen of its
    /// list, read): a key that follows a link the articles read so far do not resolve waits
    /// for it, in `waiting`.
    public internal(set) var isReadingLibrary: Bool
    /// The whole layout asked for last (`.layOut`): the results of earlier requests are dropped.
    var awaitedLayout: LayoutRequest?
    var layoutSerial = 0
    /// Articles longer than this many lines are laid out around the place being read first, on
    /// a resize, and whole in the background (see `ArticleView.resize`).
    public var linesLaidOutAtOnce = ArticleView.linesLaidOutAtOnce

    /// `notice` is shown until the first key (a problem with the state file, say).
    public init(library: Library, size: TerminalSize, measure: Int = LayoutMetrics.defaultMeasure,
                memory: ReadingMemory = ReadingMemory(), notice: Notice? = nil,
                clock: @escaping @Sendable () -> Date = { Date() }) {
        self.library = library
        isReadingLibrary = !library.isComplete
        self.size = size
        self.measure = max(LayoutMetrics.minimumWidth, measure)
        self.memory = memory
        self.notice = notice
        self.clock = clock
        libraryScreen = LibraryScreen(library: library, height: max(1, size.rows - 2))
    }

    /// The article on screen, or under the outline or help.
    public var view: ArticleView? { screen.article?.view }

    /// The text being typed at the bottom, if any.
    public var prompt: Prompt? {
        switch screen {
        case .library: return libraryScreen.prompt
        case .article(let article): return article.prompt
        case .outline, .help: return nil
        }
    }

    // MARK: Geometry

    /// Smaller than this, the reader shows a notice instead of a page.
    public static let minimumSize = TerminalSize(columns: 20, rows: 5)

    public var isTooSmall: Bool {
        size.columns < Self.minimumSize.columns || size.rows < Self.minimumSize.rows
    }

    /// Rows between the title bar and the status line.
    public var textRows: Int { max(1, size.rows - 2) }

    /// The text column's width: the measure, or less to leave a margin on each side.
    public var columnWidth: Int { max(LayoutMetrics.minimumWidth, min(measure, size.columns - 2)) }

    /// `-` and `+` move the text column by this many columns, down to `narrowestColumn`.
    public static let columnStep = 4
    public static let narrowestColumn = ConfigFile.minimumMeasure

    public var margin: Int { max(0, (size.columns - columnWidth) / 2) }

    var frame: ScreenFrame {
        ScreenFrame(size: size, textRows: textRows, columnWidth: columnWidth, margin: margin)
    }
}
