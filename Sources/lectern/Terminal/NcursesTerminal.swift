import CNcursesw
import Glibc
import LecternCore

enum TerminalStartError: Error, CustomStringConvertible {
    case notATerminal
    case unknownTerminal(String)

    var description: String {
        switch self {
        case .notATerminal: return "standard input and output must be a terminal"
        case .unknownTerminal(let name): return "cannot use the terminal type '\(name)'"
        }
    }
}

/// The reader's screen on a real terminal, through ncursesw.
/// Paints `Screen`s, reads keys and resizes, and notices stop signals.
final class NcursesTerminal: Terminal {
    private let window: UnsafeMutablePointer<WINDOW>
    private let looks: StyleLooks
    private var isActive = true
    private var isCursorVisible = false

    /// The read timeout set on the window now, in milliseconds.
    private var readTimeout: Int32 = 200
    /// Reads that failed at once, in a row: many mean the input is gone.
    private var immediateFailures = 0

    private init(window: UnsafeMutablePointer<WINDOW>, useColor: Bool, theme: Theme) {
        self.window = window
        self.looks = StyleLooks(theme: theme, useColor: useColor)
    }

    /// Takes over the terminal (alternate screen, no echo, keys one at a time).
    /// `useColor` false (e.g. NO_COLOR set) paints with attributes only; `mouse` false leaves
    /// the mouse to the terminal (its own selection).
    static func start(useColor: Bool, theme: Theme = .standard, mouse: Bool = false) throws -> NcursesTerminal {
        guard isatty(STDIN_FILENO) == 1, isatty(STDOUT_FILENO) == 1 else {
            throw TerminalStartError.notATerminal
        }
        TerminalLocale.adopt()
        StopSignals.install()
        CrashRestore.saveShellModes()
        // newterm, unlike initscr, returns nil instead of exiting on an unknown TERM.
        guard newterm(nil, lectern_stdout(), lectern_stdin()) != nil, let window = lectern_stdscr() else {
            throw TerminalStartError.unknownTerminal(getenv("TERM").map { String(cString: $0) } ?? "")
        }
        ExitRestore.terminalDidStart()
        CrashRestore.arm()
        _ = cbreak()
        _ = noecho()
        _ = nonl()
        _ = keypad(window, true)
        _ = intrflush(window, false)
        _ = set_escdelay(25)
        wtimeout(window, 200)
        FlowControl.disable()
        _ = curs_set(0)
        if mouse { MouseReporting.turnOn() }
        let colored = useColor && enableColors()
        return NcursesTerminal(window: window, useColor: colored, theme: theme)
    }

    private static func enableColors() -> Bool {
        guard has_colors(), start_color() == OK, use_default_colors() == OK else { return false }
        return true
    }

    /// Gives the terminal back (leaves the alternate screen, restores modes). Safe to call twice.
    func stop() {
        guard isActive else { return }
        isActive = false
        CrashRestore.disarm()
        MouseReporting.turnOff()
        _ = endwin()
        ExitRestore.terminalDidStop()
    }

    /// The signal (SIGINT, SIGTERM, SIGHUP) that made `nextEvent` return nil, if any;
    /// exit with 128 + it after `stop()`.
    var stopSignal: Int32? { StopSignals.received }

    var size: TerminalSize {
        TerminalSize(columns: Int(getmaxx(window)), rows: Int(getmaxy(window)))
    }

    func nextEvent(waitingAtMost milliseconds: Int) -> TerminalRead {
        let wait = Int32(clamping: max(1, milliseconds))
        if wait != readTimeout {
            wtimeout(window, wait)
            readTimeout = wait
        }
        while isActive {
            if StopSignals.received != nil { return .closed }
            // After Ctrl-Z and fg, ncurses repaints its copy; the size may have changed meanwhile.
            if StopSignals.takeContinue() { return .event(.resize(size)) }
            var value: wint_t = 0
            let started = ContinuousClock.now
            let status = wget_wch(window, &value)
            if status == ERR {
                // A timeout takes the whole wait. ERR at once, over and over, means the input is
                // gone (end of file, hung-up terminal).
                let immediate = ContinuousClock.now - started < .milliseconds(Int(wait)) / 2
                immediateFailures = immediate ? immediateFailures + 1 : 0
                if immediateFailures >= 100 { return .closed }
                return .idle
            }
            immediateFailures = 0
            switch MouseReporting.input(status: status, value: value, window: window) {
            case .event(let mouse): return .event(.mouse(mouse))
            case .ignored: continue
            case nil: break
            }
            switch translateInput(status: status, value: value) {
            case .key(let key): return .event(.key(key))
            case .resize: return .event(.resize(size))
            case .ignored: continue
            }
        }
        return .closed
    }

    func repaintAll() {
        _ = clearok(window, true)
    }

    func draw(_ screen: Screen) {
        guard isActive else { return }
        let bounds = size
        _ = werase(window)
        for (rowIndex, row) in screen.rows.prefix(bounds.rows).enumerated() {
            paint(row, at: Int32(rowIndex), columns: bounds.columns)
        }
        _ = wattr_set(window, lectern_attr_normal(), 0, nil)
        placeCursor(screen.cursor, within: bounds)
        _ = wrefresh(window)
    }

    private func paint(_ row: ScreenRow, at line: Int32, columns: Int) {
        var column = 0
        for span in row.spans where column < columns {
            let fitted = FittedText(span.text, startingAt: column, columnLimit: columns)
            put(fitted.characters, line: line, column: column, style: span.style)
            column = fitted.endColumn
        }
        // A bar or a selected row reads as one band across the screen, however long its text.
        if let last = row.spans.last, Self.fillsRow(last.style), column < columns {
            put(Array(repeating: 0x20, count: columns - column), line: line, column: column, style: last.style)
        }
    }

    private static func fillsRow(_ style: Style) -> Bool {
        style == .titleBar || style == .statusBar || style == .selection
    }

    private func put(_ characters: [wchar_t], line: Int32, column: Int, style: Style) {
        guard !characters.isEmpty else { return }
        let look = looks[style]
        _ = wattr_set(window, look.attributes, look.colorPair, nil)
        // Writing the bottom-right cell returns ERR (the cursor cannot advance) but the
        // character is placed, and the window does not scroll: scrollok is off.
        characters.withUnsafeBufferPointer { buffer in
            _ = mvwaddnwstr(window, line, Int32(column), buffer.baseAddress, Int32(buffer.count))
        }
    }

    private func placeCursor(_ cursor: (row: Int, column: Int)?, within bounds: TerminalSize) {
        if let cursor, cursor.row >= 0, cursor.row < bounds.rows, cursor.column >= 0, cursor.column < bounds.columns {
            _ = wmove(window, Int32(cursor.row), Int32(cursor.column))
            if !isCursorVisible { _ = curs_set(1) }
            isCursorVisible = true
        } else if isCursorVisible {
            _ = curs_set(0)
            isCursorVisible = false
        }
    }
}
