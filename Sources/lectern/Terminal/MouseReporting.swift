import CNcursesw
import Glibc
import LecternCore

/// The terminal's mouse reporting: on while the reader runs (unless `--no-mouse`), off on every
/// way out, and its reports read as `MouseEvent`s.
///
/// ncurses turns reporting on (`mousemask`) and off again in `endwin`, which every exit path
/// calls (`stop`, the `atexit` hook of ExitRestore, a stop signal, and Ctrl-Z, after which it
/// turns it back on); a crash writes the off sequence prepared in CrashRestore. ncurses decodes
/// the reports its terminal description names (`kmous`) and returns `KEY_MOUSE`. Where that is
/// the old X10 encoding (tmux-256color, screen: `kmous=\E[M`), we also ask for SGR reports
/// (mode 1006: what xterm and tmux send, with no 223-column limit) and decode them ourselves:
/// `define_key` makes ncurses return the introducer `ESC [ <` as one key code, and the rest of
/// the report follows as characters.
enum MouseReporting {
    nonisolated(unsafe) private(set) static var isOn = false
    nonisolated(unsafe) private static var asksForSGR = false

    /// The key code ncurses returns for `ESC [ <`; far above KEY_MAX and the codes ncurses
    /// gives the terminal description's extended keys.
    static let sgrIntroducerKey: Int32 = 0x7E00

    private static let sgrOn = "\u{1B}[?1006h"
    private static let sgrOff = "\u{1B}[?1006l"
    /// Written by the crash handler: SGR format off, then reporting off.
    static let offSequence = "\u{1B}[?1006l\u{1B}[?1000l"

    /// Turns reporting on; false when the terminal has no mouse.
    @discardableResult
    static func turnOn() -> Bool {
        guard !isOn else { return true }
        _ = mouseinterval(0)  // presses at once, not held back to tell clicks from double clicks
        let wanted = lectern_mouse_button1_pressed() | lectern_mouse_wheel_up() | lectern_mouse_wheel_down()
        guard mousemask(wanted, nil) != 0 else { return false }
        isOn = true
        CrashRestore.alsoTurnOffMouse()
        asksForSGR = !terminalDecodesSGR()
        if asksForSGR {
            _ = define_key(SGRMouse.introducer, sgrIntroducerKey)
            writeToTerminal(sgrOn)
        }
        return true
    }

    /// Turns reporting off; call before `endwin` (which would turn it off too, but not SGR).
    static func turnOff() {
        guard isOn else { return }
        isOn = false
        if asksForSGR {
            writeToTerminal(sgrOff)
            _ = define_key(SGRMouse.introducer, 0)
        }
        _ = mousemask(0, nil)
    }

    /// Straight to the terminal: `putp` output waits in stdio's buffer until exit. The order
    /// against what ncurses still holds does not matter for a mode.
    private static func writeToTerminal(_ sequence: String) {
        _ = sequence.utf8CString.withUnsafeBufferPointer { write(STDOUT_FILENO, $0.baseAddress, $0.count - 1) }
    }

    /// True when ncurses itself reads SGR reports: the terminal description's mouse key is `ESC [ <`.
    private static func terminalDecodesSGR() -> Bool {
        guard let kmous = tigetstr("kmous"), Int(bitPattern: kmous) != -1 else { return false }
        return String(cString: kmous) == SGRMouse.introducer
    }

    // MARK: Reading

    enum Input: Equatable {
        case event(MouseEvent)
        /// A mouse report the reader does not use (a release, another button), or a broken one.
        case ignored
    }

    /// The mouse report that `get_wch` started to return (`status`, `value`), if it is one; nil
    /// for anything else. Reads the rest of an SGR report from `window`.
    static func input(status: Int32, value: UInt32, window: UnsafeMutablePointer<WINDOW>) -> Input? {
        guard status == KEY_CODE_YES else { return nil }
        switch Int32(bitPattern: value) {
        case lectern_key_mouse():
            var report = MEVENT()
            guard getmouse(&report) == OK else { return .ignored }
            return event(buttons: report.bstate, row: Int(report.y), column: Int(report.x)).map(Input.event) ?? .ignored
        case sgrIntroducerKey:
            return readSGRReport(window).map(Input.event) ?? .ignored
        default:
            return nil
        }
    }

    /// What ncurses decoded: the wheel, or a press of the first button.
    static func event(buttons: mmask_t, row: Int, column: Int) -> MouseEvent? {
        if buttons & lectern_mouse_wheel_up() != 0 { return MouseEvent(.wheelUp, row: row, column: column) }
        if buttons & lectern_mouse_wheel_down() != 0 { return MouseEvent(.wheelDown, row: row, column: column) }
        if buttons & (lectern_mouse_button1_pressed() | lectern_mouse_button1_clicked()) != 0 {
            return MouseEvent(.click, row: row, column: column)
        }
        return nil
    }

    /// The parameters and final character after `ESC [ <`, already sent by the terminal in one
    /// write. A character that cannot belong to a report is given back to ncurses.
    private static func readSGRReport(_ window: UnsafeMutablePointer<WINDOW>) -> MouseEvent? {
        var text = ""
        while true {
            var value: wint_t = 0
            let status = wget_wch(window, &value)
            guard status == OK, let scalar = Unicode.Scalar(value) else {
                if status == KEY_CODE_YES { _ = ungetch(Int32(bitPattern: value)) }
                return nil
            }
            let character = Character(scalar)
            if character == "M" || character == "m" {
                return SGRMouse.decode(afterIntroducer: Substring(text + String(character)))
            }
            guard SGRMouse.isPrefixOfParameters(Substring(text + String(character))) else {
                _ = unget_wch(wchar_t(value))
                return nil
            }
            text.append(character)
        }
    }
}
