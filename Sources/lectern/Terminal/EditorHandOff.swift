import CNcursesw
import Glibc
import LecternCore

/// `v`: the terminal lent to the person's editor on the article's file, as less lends it, and
/// taken back after.
extension NcursesTerminal {
    func edit(_ path: String) -> String? {
        let editor = Self.editorCommand
        let mouse = MouseReporting.isOn
        MouseReporting.turnOff()
        _ = def_prog_mode()
        _ = endwin()
        let outcome = EditorProcess.run(editor, on: path)
        // The program's modes again (no echo, keys one at a time, no XON/XOFF); the next draw repaints.
        _ = reset_prog_mode()
        if mouse { MouseReporting.turnOn() }
        switch outcome {
        case .ended(let status) where status == 127:
            return "Cannot run the editor “\(editor)”: set VISUAL or EDITOR"
        case .ended:
            return nil  // a status of its own (vi's :cq) is the editor's business, as in less
        case .notStarted(let reason):
            return "Cannot run the editor “\(editor)”: \(reason)"
        }
    }

    /// VISUAL, else EDITOR, else vi: a shell command, given the file's path after it.
    private static var editorCommand: String {
        for name in ["VISUAL", "EDITOR"] {
            if let value = getenv(name).map({ String(cString: $0) }), !value.allSatisfy(\.isWhitespace) { return value }
        }
        return "vi"
    }
}

/// The editor as a child of the reader, waited for with the terminal's signals its own.
enum EditorProcess {
    enum Outcome {
        case ended(status: Int32)
        case notStarted(String)
    }

    /// Runs `sh -c 'EDITOR "$1"' sh PATH`: the command as the shell reads it (VISUAL may hold
    /// options: "code -w"), the path one word whatever its characters.
    static func run(_ editor: String, on path: String) -> Outcome {
        // Ctrl-C and Ctrl-\ in the editor are the editor's: the reader must not stop meanwhile.
        // Ctrl-Z stops both (default action here, instead of ncurses' handler, which would draw
        // over the editor on `fg`).
        let saved = [SIGINT, SIGQUIT, SIGTSTP].map { ($0, signal($0, $0 == SIGTSTP ? SIG_DFL : SIG_IGN)) }
        defer { for (number, handler) in saved { signal(number, handler) } }

        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var defaults = sigset_t(), none = sigset_t()
        sigemptyset(&defaults)
        for number in [SIGINT, SIGQUIT, SIGTSTP, SIGPIPE] { sigaddset(&defaults, number) }
        sigemptyset(&none)
        posix_spawnattr_setsigdefault(&attributes, &defaults)
        posix_spawnattr_setsigmask(&attributes, &none)
        // POSIX_SPAWN_SETSIGDEF | POSIX_SPAWN_SETSIGMASK (glibc's values).
        posix_spawnattr_setflags(&attributes, 0x04 | 0x08)

        let arguments = ["sh", "-c", editor + " \"$1\"", "sh"]
        // The path as the file system spells it: a name that is not UTF-8 keeps its bytes.
        let pathCopy = FileName.withCString(path) { strdup($0) }
        var pointers = arguments.map { strdup($0) } + [pathCopy, nil]
        defer { for pointer in pointers { free(pointer) } }
        var pid: pid_t = 0
        let spawned = posix_spawn(&pid, "/bin/sh", nil, &attributes, &pointers, environ)
        guard spawned == 0 else { return .notStarted(String(cString: strerror(spawned))) }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0 {
            guard errno == EINTR else { return .notStarted(String(cString: strerror(errno))) }
        }
        return .ended(status: (status & 0x7F) == 0 ? (status >> 8) & 0xFF : 128 + (status & 0x7F))
    }
}
