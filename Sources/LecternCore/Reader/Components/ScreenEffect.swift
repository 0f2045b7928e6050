/// What a screen's `update` asks of the reader around it: work for the runtime, or a change
/// that reaches past the screen itself (a notice, another screen, the history, quitting).
public enum ScreenEffect: Sendable, Equatable {
    /// Work the runtime performs off the input loop.
    case run(ReaderEffect)
    /// A notice in the status line, until the next key.
    case notify(Notice)
    /// Help over this screen.
    case openHelp
    /// The outline of the article on screen.
    case openOutline
    /// Back to what is underneath: the list under an article, the article under its outline.
    case close
    /// Another article, through the history.
    case travel(Travel)
    /// The text column a step narrower (-1) or wider (+1).
    case adjustColumn(Int)
    /// Read the library folder again.
    case relist
    case quit
}

public enum Travel: Sendable, Equatable {
    case back, forward
    /// Follow a link to the article with this id.
    case link(String)
    /// Follow a link whose article was not known when the article was read (the library may
    /// have been read whole since): to the article with this title now, if there is one.
    case title(String)
    /// To a place marked in another article (`'a`).
    case mark(Visit)
}

/// A line in the status bar that reports something: an outcome, or an error.
public struct Notice: Sendable, Equatable {
    public var text: String
    public var isError: Bool

    public init(_ text: String, isError: Bool = false) {
        self.text = text
        self.isError = isError
    }
}

extension ScreenEffect {
    /// `v`, in the list or an article: the file at `path` to the editor, then `then`. Text
    /// piped in has no file, and says so.
    static func edit(_ path: String, then: AfterEdit) -> [ScreenEffect] {
        guard path != PipedArticle.name else {
            return [.notify(Notice("Text from standard input has no file to edit", isError: true))]
        }
        return [.run(.edit(path: path, then: then))]
    }
}

/// The room a screen has on the terminal.
public struct ScreenFrame: Sendable, Equatable {
    public var size: TerminalSize
    /// Rows between the title bar and the status line.
    public var textRows: Int
    /// The article's text column.
    public var columnWidth: Int
    /// Columns left of the text column.
    public var margin: Int
}

/// What one screen draws: its title bar, its rows in between, and its status line or prompt.
/// `ReaderChrome` puts the parts together, with the notice of the moment.
struct ScreenPart {
    var title: String
    var titleRight = ""
    var rows: [ScreenRow]
    var status: String
    var statusRight = ""
    var showsHelpHint = true
    var prompt: (label: String, text: String)?
}
