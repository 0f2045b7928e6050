/// A key press, independent of the terminal library that read it.
public enum Key: Sendable, Hashable {
    case character(Character)
    /// Ctrl plus a letter, lower case: `.control("u")` for Ctrl-U.
    case control(Character)
    case up, down, left, right
    case pageUp, pageDown, home, end
    case enter, escape, backspace, tab, delete

    /// The key as help and the README name it: `Space`, `PgDn`, `^F`, `q`.
    public var label: String {
        switch self {
        case .character(" "): return "Space"
        case .character(let character): return String(character)
        case .control(let letter): return "^" + letter.uppercased()
        case .up: return "Up"
        case .down: return "Down"
        case .left: return "Left"
        case .right: return "Right"
        case .pageUp: return "PgUp"
        case .pageDown: return "PgDn"
        case .home: return "Home"
        case .end: return "End"
        case .enter: return "Enter"
        case .escape: return "Esc"
        case .backspace: return "Backspace"
        case .tab: return "Tab"
        case .delete: return "Del"
        }
    }
}

/// Everything the terminal reports.
public enum TerminalEvent: Sendable, Equatable {
    case key(Key)
    case resize(TerminalSize)
    case mouse(MouseEvent)
}

/// What one read of the terminal gave.
public enum TerminalRead: Sendable, Equatable {
    case event(TerminalEvent)
    /// Nothing arrived within the wait: a chance to take in the results of background work.
    case idle
    /// Input has ended or the reader must stop.
    case closed
}

/// The screen the reader runs on: the ncurses shell, or an in-memory one in tests.
public protocol Terminal: AnyObject {
    var size: TerminalSize { get }
    /// Waits at most `milliseconds` for the next key or resize.
    func nextEvent(waitingAtMost milliseconds: Int) -> TerminalRead
    func draw(_ screen: Screen)
    /// The screen may hold stray output: the next `draw` repaints every cell, not just the changes.
    func repaintAll()
    /// Lends the terminal to the person's editor on the file at `path` and takes it back after;
    /// a line saying why, when the editor could not be run.
    func edit(_ path: String) -> String?
}
