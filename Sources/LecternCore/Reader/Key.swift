/// A key press, independent of the terminal library that read it.
public enum Key: Sendable, Hashable {
    case character(Character)
    /// Ctrl plus a letter, lower case: `.control("u")` for Ctrl-U.
    case control(Character)
    case up, down, left, right
    case pageUp, pageDown, home, end
    case enter, escape, backspace, tab, delete
}

/// Everything the reader reacts to.
public enum TerminalEvent: Sendable, Equatable {
    case key(Key)
    case resize(TerminalSize)
}

/// The screen the reader runs on: the ncurses shell, or an in-memory one in tests.
public protocol Terminal: AnyObject {
    var size: TerminalSize { get }
    /// Blocks until the next key or resize; nil when input has ended or the reader must stop.
    func nextEvent() -> TerminalEvent?
    func draw(_ screen: Screen)
}
