import CNcursesw
import Glibc

/// Gives the terminal back if the process exits (`exit`, an error reported by the
/// argument parser) while the ncurses screen is still up.
enum ExitRestore {
    nonisolated(unsafe) private static var isTerminalActive = false
    nonisolated(unsafe) private static var isRegistered = false

    static func terminalDidStart() {
        isTerminalActive = true
        if !isRegistered {
            isRegistered = true
            atexit { ExitRestore.restoreIfActive() }
        }
    }

    static func terminalDidStop() {
        isTerminalActive = false
        CrashRestore.releaseStandardError()
    }

    private static func restoreIfActive() {
        guard isTerminalActive else { return }
        isTerminalActive = false
        MouseReporting.turnOff()
        _ = endwin()
        CrashRestore.releaseStandardError()
    }
}
