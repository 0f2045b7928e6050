/// Everything the reader shows, as a value: `update` changes it, `render` draws it.
public struct ReaderState: Sendable {
    public enum Mode: Sendable, Equatable { case library, article, help }

    /// An article and the place in it, as remembered by the history.
    public struct Visit: Sendable, Equatable {
        public var id: String
        public var position: TextPosition
    }

    public let library: Library
    public internal(set) var size: TerminalSize
    /// The widest text column.
    public let measure: Int
    public internal(set) var mode: Mode = .library
    public internal(set) var list: LibraryList
    public internal(set) var view: ArticleView?
    public internal(set) var history = History<Visit>()
    public internal(set) var prompt: Prompt?
    public internal(set) var message: Message?
    public internal(set) var helpFor: Mode = .library
    public internal(set) var helpTop = 0
    public internal(set) var lastQuery: SearchQuery?
    public internal(set) var isRunning = true

    public struct Message: Sendable, Equatable {
        public var text: String
        public var isError: Bool
    }

    public init(library: Library, size: TerminalSize, measure: Int = LayoutMetrics.defaultMeasure) {
        self.library = library
        self.size = size
        self.measure = max(LayoutMetrics.minimumWidth, measure)
        list = LibraryList(library)
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
}
