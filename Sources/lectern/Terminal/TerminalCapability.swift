import CNcursesw
import Glibc

/// Whether the reader can take over this terminal, asked before ncurses starts so that an
/// unusable terminal gets one clear line instead of a half-drawn screen.
enum TerminalCapability {
    /// Why the reader cannot run full-screen here, as one line saying what to do; nil when it can.
    static func problem() -> String? {
        guard isatty(STDIN_FILENO) == 1, isatty(STDOUT_FILENO) == 1 else {
            return "the reader needs a terminal; try 'lectern list' or 'lectern show ARTICLE'"
        }
        let example = "set TERM to your terminal's type (e.g. TERM=xterm-256color), or use 'lectern show ARTICLE'"
        guard let name = getenv("TERM").map({ String(cString: $0) }), !name.isEmpty else {
            return "TERM is not set, so the reader cannot drive the terminal; \(example)"
        }
        var status: Int32 = 0
        // status 0: no description of `name` (or a generic one); -1: no terminfo database at all.
        guard setupterm(name, STDOUT_FILENO, &status) == OK else {
            return "the terminal type '\(name)' is unknown to terminfo (install its description, e.g. the ncurses-term package); \(example)"
        }
        // The reader places text anywhere on the screen: it needs cursor addressing and a clear.
        let canAddress = hasString("cup") && hasString("clear")
        if let description = set_curterm(nil) { _ = del_curterm(description) }
        guard canAddress else {
            return "the terminal type '\(name)' cannot show the reader (it cannot move the cursor); \(example)"
        }
        return nil
    }

    private static func hasString(_ capability: String) -> Bool {
        guard let value = tigetstr(capability) else { return false }
        return Int(bitPattern: value) != -1
    }
}
