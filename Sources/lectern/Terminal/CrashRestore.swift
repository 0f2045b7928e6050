import CNcursesw
import Glibc

/// Gives the terminal back when the process dies of a trap or fault while the screen is up
/// (fatalError, an uncaught error in top-level code), then shows what went wrong: while the
/// screen is up stderr is held in a file, and the crash handler copies it (Swift's
/// "Fatal error: ..." line) to the real stderr with a line asking for a report. The work is
/// done by C signal handlers in the shim; only this file may call them (each Swift file gets
/// its own copy of the shim's static state).
enum CrashRestore {
    static func saveShellModes() { lectern_crash_save_shell_modes() }

    static func arm() {
        _ = lectern_capture_stderr()
        lectern_crash_arm()
    }

    static func disarm() { lectern_crash_disarm() }

    /// Once the screen is gone (after `endwin`): stderr is the terminal's again, and what was
    /// written to it meanwhile is shown.
    static func releaseStandardError() { lectern_release_stderr() }

    #if DEBUG
    /// `LECTERN_CRASH_FOR_TESTING=1` makes a debug build crash on purpose once the reader's
    /// first frame is drawn: the end-to-end test of this file needs a real trap with the real
    /// screen up, and no input can cause one (that is the point). Release builds lack it.
    static func crashIfAskedForTesting(afterDrawing draw: () -> Void) {
        guard getenv("LECTERN_CRASH_FOR_TESTING").map({ String(cString: $0) }) == "1" else { return }
        draw()
        fatalError("crashing on purpose (LECTERN_CRASH_FOR_TESTING=1)")
    }
    #else
    static func crashIfAskedForTesting(afterDrawing draw: () -> Void) {}
    #endif

    static func alsoTurnOffMouse() { lectern_crash_append_bytes(MouseReporting.offSequence) }
}
