/// What the terminal should show: rows of styled spans, already fitted to the size.
/// The ncurses shell paints it; tests read it as text.
public struct Screen: Sendable, Equatable {
    public var size: TerminalSize
    public var rows: [ScreenRow]
    /// Where to leave the cursor (the search prompt), or nil to hide it.
    public var cursor: (row: Int, column: Int)?

    public init(size: TerminalSize, rows: [ScreenRow], cursor: (row: Int, column: Int)? = nil) {
        self.size = size
        self.rows = rows
        self.cursor = cursor
    }

    public static func == (a: Screen, b: Screen) -> Bool {
        a.size == b.size && a.rows == b.rows && a.cursor?.row == b.cursor?.row && a.cursor?.column == b.cursor?.column
    }

    /// Each row as plain text, trailing spaces removed.
    public var textLines: [String] {
        rows.map { row in
            var line = row.spans.map(\.text).joined()
            while line.last == " " { line.removeLast() }
            return line
        }
    }
}

public struct TerminalSize: Sendable, Hashable {
    public var columns: Int
    public var rows: Int
    public init(columns: Int, rows: Int) {
        self.columns = columns
        self.rows = rows
    }
}

public struct ScreenRow: Sendable, Equatable {
    public var spans: [Span]
    public init(_ spans: [Span] = []) { self.spans = spans }
}

public struct Span: Sendable, Equatable {
    public var text: String
    public var style: Style
    public init(_ text: String, _ style: Style = .body) {
        self.text = text
        self.style = style
    }
}

/// What a span is, not how it looks: the shell picks colours or attributes for each.
public enum Style: Sendable, Hashable, CaseIterable {
    case body
    case title          // the article's title in the text
    case heading
    case quote          // quoted text
    case decoration     // bullets, quote bars, rules, margins' marks
    case note
    case link           // source links and Previous/Next titles
    case dim            // secondary text: footer labels, counts
    case match          // a search match
    case currentMatch   // the match n/N stands on
    case titleBar
    case statusBar
    case selection      // the chosen row of the library list
    case message        // a notice or error in the status line
    case prompt         // the search prompt line
}
