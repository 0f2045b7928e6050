import CNcursesw

/// SIGINT, SIGTERM and SIGHUP ask the reader to stop; SIGCONT says it was resumed after Ctrl-Z.
/// The C handlers only store a number; this is the only Swift file that may read it,
/// because each Swift file gets its own copy of the shim's static storage.
enum StopSignals {
    /// Unblocks every signal, then installs the handlers. Call before ncurses starts.
    static func install() {
        _ = lectern_unblock_all_signals()
        _ = lectern_install_signal_handlers()
    }

    /// The signal that asked the reader to stop, if one arrived.
    static var received: Int32? {
        let number = lectern_pending_stop_signal_number()
        return number == 0 ? nil : number
    }

    /// True once after each resume from a suspension.
    static func takeContinue() -> Bool {
        lectern_take_continue() != 0
    }
}
