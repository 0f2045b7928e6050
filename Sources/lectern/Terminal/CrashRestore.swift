import CNcursesw

/// Gives the terminal back when the process dies of a trap or fault while the screen is up
/// (fatalError, an uncaught error in top-level code). The work is done by C signal handlers in the shim.
enum CrashRestore {
    static func saveShellModes() { lectern_crash_save_shell_modes() }
    static func arm() { lectern_crash_arm() }
    static func disarm() { lectern_crash_disarm() }
    static func alsoTurnOffMouse() { lectern_crash_append_bytes(MouseReporting.offSequence) }
}
