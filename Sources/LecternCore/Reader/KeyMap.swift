/// The keys of each view, and what each does. The help screen and the README list these.
public struct KeyBinding: Sendable {
    public var keys: [Key]
    /// The keys as the help screen shows them.
    public var label: String
    public var command: Command
    public var summary: String
}

public enum KeyMap {
    public static let article: [KeyBinding] = [
        KeyBinding(keys: [.character(" "), .pageDown, .character("f"), .control("f")], label: "Space PgDn f",
                   command: .nextPage, summary: "next page"),
        KeyBinding(keys: [.character("b"), .pageUp, .control("b")], label: "b PgUp",
                   command: .previousPage, summary: "previous page"),
        KeyBinding(keys: [.character("d"), .control("d")], label: "d ^D", command: .halfPageDown, summary: "half a page down"),
        KeyBinding(keys: [.character("u"), .control("u")], label: "u ^U", command: .halfPageUp, summary: "half a page up"),
        KeyBinding(keys: [.down, .character("j"), .enter, .character("e"), .control("e"), .control("n")], label: "j Down Enter",
                   command: .lineDown, summary: "one line down"),
        KeyBinding(keys: [.up, .character("k"), .character("y"), .control("y"), .control("p")], label: "k Up",
                   command: .lineUp, summary: "one line up"),
        KeyBinding(keys: [.home, .character("g"), .character("<")], label: "g Home", command: .top, summary: "start of the article"),
        KeyBinding(keys: [.end, .character("G"), .character(">")], label: "G End", command: .bottom, summary: "end of the article"),
        KeyBinding(keys: [.character("/")], label: "/", command: .search, summary: "search the article"),
        KeyBinding(keys: [.character("n")], label: "n", command: .nextMatch, summary: "next match"),
        KeyBinding(keys: [.character("N")], label: "N", command: .previousMatch, summary: "previous match"),
        KeyBinding(keys: [.escape], label: "Esc", command: .clearSearch, summary: "clear the search highlights"),
        KeyBinding(keys: [.character("]")], label: "]", command: .followNext, summary: "follow the Next link"),
        KeyBinding(keys: [.character("[")], label: "[", command: .followPrevious, summary: "follow the Previous link"),
        KeyBinding(keys: [.backspace, .left, .character("h")], label: "Backspace h Left",
                   command: .back, summary: "back to the article read before"),
        KeyBinding(keys: [.right, .character("l")], label: "l Right", command: .forward, summary: "forward again"),
        KeyBinding(keys: [.character("q")], label: "q", command: .closeArticle, summary: "back to the list"),
        KeyBinding(keys: [.character("Q"), .control("c")], label: "Q ^C", command: .quit, summary: "quit"),
        KeyBinding(keys: [.character("?")], label: "?", command: .help, summary: "this help"),
        KeyBinding(keys: [.control("l")], label: "^L", command: .redraw, summary: "redraw the screen"),
    ]

    public static let library: [KeyBinding] = [
        KeyBinding(keys: [.down, .character("j"), .control("n")], label: "j Down", command: .lineDown, summary: "next article"),
        KeyBinding(keys: [.up, .character("k"), .control("p")], label: "k Up", command: .lineUp, summary: "previous article"),
        KeyBinding(keys: [.pageDown, .character(" "), .character("f"), .control("f")], label: "PgDn Space",
                   command: .nextPage, summary: "a screen down"),
        KeyBinding(keys: [.pageUp, .character("b"), .control("b")], label: "PgUp b", command: .previousPage, summary: "a screen up"),
        KeyBinding(keys: [.home, .character("g")], label: "g Home", command: .top, summary: "first article"),
        KeyBinding(keys: [.end, .character("G")], label: "G End", command: .bottom, summary: "last article"),
        KeyBinding(keys: [.enter, .right, .character("l")], label: "Enter", command: .open, summary: "open the article"),
        KeyBinding(keys: [.character("/")], label: "/", command: .filter, summary: "filter the list by title (Esc clears)"),
        KeyBinding(keys: [.character("s")], label: "s", command: .searchLibrary,
                   summary: "search the text of every article"),
        KeyBinding(keys: [.escape], label: "Esc", command: .clearSearch, summary: "clear the filter and the search"),
        KeyBinding(keys: [.character("q"), .character("Q"), .control("c")], label: "q Q", command: .quit, summary: "quit"),
        KeyBinding(keys: [.character("?")], label: "?", command: .help, summary: "this help"),
        KeyBinding(keys: [.control("l")], label: "^L", command: .redraw, summary: "redraw the screen"),
    ]

    public static func command(for key: Key, in bindings: [KeyBinding]) -> Command? {
        bindings.first { $0.keys.contains(key) }?.command
    }
}
