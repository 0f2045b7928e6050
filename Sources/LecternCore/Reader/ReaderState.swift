/// Everything the reader shows, as a value: `update` changes it, `render` draws it.
/// The screens keep their own state (Components/); this holds what lasts across them.
public struct ReaderState: Sendable {
    public let library: Library
    public internal(set) var size: TerminalSize
    /// The widest text column.
    public let measure: Int
    /// The list: the first screen, and underneath every other.
    public internal(set) var libraryScreen: LibraryScreen
    public internal(set) var screen: ReaderScreen = .library
    public internal(set) var history = History<Visit>()
    public internal(set) var notice: Notice?
    /// The last article search, which an empty search repeats.
    public internal(set) var lastQuery: SearchQuery?
    public internal(set) var isRunning = true

    public init(library: Library, size: TerminalSize, measure: Int = LayoutMetrics.defaultMeasure) {
        self.library = library
        self.size = size
        self.measure = max(LayoutMetrics.minimumWidth, measure)
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

    public var margin: Int { max(0, (size.columns - columnWidth) / 2) }

    var frame: ScreenFrame {
        ScreenFrame(size: size, textRows: textRows, columnWidth: columnWidth, margin: margin)
    }
}
