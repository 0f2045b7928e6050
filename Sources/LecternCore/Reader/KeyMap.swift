/// The keys of each screen and what each does: the one source for the key handling, the help
/// screen and the README's tables (a test keeps the README in step).
public struct KeyBinding: Sendable {
    public var keys: [Key]
    public var command: Command
    public var summary: String

    public init(_ keys: [Key], _ command: Command, _ summary: String) {
        self.keys = keys
        self.command = command
        self.summary = summary
    }

    /// The keys as help shows them, generated so that they cannot drift: `Space PgDn f ^F`.
    public var label: String { keys.map(\.label).joined(separator: " ") }
}

/// A titled group of bindings: the keys of one screen.
public struct KeySection: Sendable {
    public var title: String
    public var bindings: [KeyBinding]

    public func command(for key: Key) -> Command? {
        bindings.first { $0.keys.contains(key) }?.command
    }
}

public enum KeyMap {
    public static let article = KeySection(title: "In an article", bindings: [
        KeyBinding([.character(" "), .pageDown, .character("f"), .control("f")], .nextPage, "next page"),
        KeyBinding([.character("b"), .pageUp, .control("b")], .previousPage, "previous page"),
        KeyBinding([.character("d"), .control("d")], .halfPageDown, "half a page down"),
        KeyBinding([.character("u"), .control("u")], .halfPageUp, "half a page up"),
        KeyBinding([.character("j"), .down, .enter, .character("e"), .control("e"), .control("n")], .lineDown, "one line down"),
        KeyBinding([.character("k"), .up, .character("y"), .control("y"), .control("p")], .lineUp, "one line up"),
        KeyBinding([.character("g"), .home, .character("<")], .top, "start of the article"),
        KeyBinding([.character("G"), .end, .character(">")], .bottom, "end of the article"),
        KeyBinding([.character("%"), .character("p")], .percent, "to a percent of the article, typed first: 50%"),
        KeyBinding([.character("/")], .search, "search the article"),
        KeyBinding([.character("n")], .nextMatch, "next match"),
        KeyBinding([.character("N")], .previousMatch, "previous match"),
        KeyBinding([.escape], .clearSearch, "clear the search highlights"),
        KeyBinding([.character("m")], .setMark, "mark this place with a letter: ma"),
        KeyBinding([.character("'")], .goToMark, "to a mark: 'a; '' back before the last jump"),
        KeyBinding([.character("t")], .outline, "outline: the headings, to jump to one"),
        KeyBinding([.character("v")], .edit, "edit the file in $VISUAL or $EDITOR"),
        KeyBinding([.character("-")], .narrower, "narrow the text column"),
        KeyBinding([.character("+"), .character("=")], .wider, "widen the text column"),
        KeyBinding([.character("]")], .followNext, "follow the Next link"),
        KeyBinding([.character("[")], .followPrevious, "follow the Previous link"),
        KeyBinding([.backspace, .character("h"), .left], .back, "back to the article read before"),
        KeyBinding([.character("l"), .right], .forward, "forward again"),
        KeyBinding([.character("q")], .close, "back to the list"),
        KeyBinding([.character("Q"), .control("c")], .quit, "quit"),
        KeyBinding([.character("?")], .help, "this help"),
        KeyBinding([.control("l")], .redraw, "redraw the screen"),
    ])

    public static let outline = KeySection(title: "In the outline", bindings: [
        KeyBinding([.character("j"), .down, .control("n")], .lineDown, "next heading"),
        KeyBinding([.character("k"), .up, .control("p")], .lineUp, "previous heading"),
        KeyBinding([.character("g"), .home], .top, "first heading"),
        KeyBinding([.character("G"), .end], .bottom, "last heading"),
        KeyBinding([.enter, .character("l"), .right], .open, "jump to the heading"),
        KeyBinding([.escape, .character("q"), .character("t")], .close, "back to the article"),
        KeyBinding([.character("Q"), .control("c")], .quit, "quit"),
        KeyBinding([.character("?")], .help, "this help"),
        KeyBinding([.control("l")], .redraw, "redraw the screen"),
    ])

    public static let library = KeySection(title: "In the list", bindings: [
        KeyBinding([.character("j"), .down, .control("n")], .lineDown, "next article"),
        KeyBinding([.character("k"), .up, .control("p")], .lineUp, "previous article"),
        KeyBinding([.pageDown, .character(" "), .character("f"), .control("f")], .nextPage, "a screen down"),
        KeyBinding([.pageUp, .character("b"), .control("b")], .previousPage, "a screen up"),
        KeyBinding([.character("g"), .home], .top, "first article"),
        KeyBinding([.character("G"), .end], .bottom, "last article"),
        KeyBinding([.enter, .character("l"), .right], .open, "open the article"),
        KeyBinding([.character("/")], .filter, "filter the list by title"),
        KeyBinding([.character("s")], .searchLibrary, "search the text of every article"),
        KeyBinding([.escape], .clearSearch, "stop the search, or clear filter and search"),
        KeyBinding([.character("v")], .edit, "edit the file in $VISUAL or $EDITOR"),
        KeyBinding([.character("R")], .reload, "read the folder again"),
        KeyBinding([.character("q"), .character("Q"), .control("c")], .quit, "quit"),
        KeyBinding([.character("?")], .help, "this help"),
        KeyBinding([.control("l")], .redraw, "redraw the screen"),
    ])

    public static let help = KeySection(title: "In this help", bindings: [
        KeyBinding([.character("j"), .down], .lineDown, "scroll down"),
        KeyBinding([.character("k"), .up], .lineUp, "scroll up"),
        KeyBinding([.character(" "), .pageDown, .character("f")], .nextPage, "a screen down"),
        KeyBinding([.character("b"), .pageUp], .previousPage, "a screen up"),
        KeyBinding([.character("q"), .escape, .character("?"), .enter, .backspace], .close, "close the help"),
        KeyBinding([.character("Q"), .control("c")], .quit, "quit"),
        KeyBinding([.control("l")], .redraw, "redraw the screen"),
    ])

    /// Every screen's keys, in the order help and the README list them.
    public static let all: [KeySection] = [article, outline, library, help]
}
