import Foundation
#if canImport(Glibc)
import Glibc
#endif

public enum TmuxError: Error, CustomStringConvertible {
    case commandFailed(arguments: [String], status: Int32, errorOutput: String)
    case timedOut(waitingFor: String, seconds: Double, lastScreen: String)

    public var description: String {
        switch self {
        case let .commandFailed(arguments, status, errorOutput):
            return "tmux \(arguments.joined(separator: " ")) exited with \(status): \(errorOutput)"
        case let .timedOut(waitingFor, seconds, lastScreen):
            return "waited \(seconds) s for \(waitingFor); the screen was:\n\(lastScreen)"
        }
    }
}

/// A program running in a detached tmux pane, driven like a user at a terminal.
/// Each session has its own tmux server, so tests can run in parallel.
///
/// The command runs as `sh -c '"$@"; echo "[exit $?]"; exec sleep 600'`, because tmux 3.3a
/// reports a pane's exit status unreliably: wait for `[exit 0]` on the screen instead.
/// The shell ignores Ctrl-C (`trap :`), so Ctrl-C reaches only the command.
public final class TmuxSession {
    public let socketName: String
    private static let sessionName = "lectern"
    private let socketPath: String?
    /// The session's own state and config folders, removed on close.
    private let privateFolder: String?
    private var isClosed = false

    /// Starts `command` (program and arguments, no shell quoting needed) in a pane of the given size.
    /// The pane's environment is PATH, HOME, TERM=tmux-256color, LANG=C.UTF-8, then `environment`
    /// (give a variable an empty value to neutralise it, e.g. `["LANG": ""]`). Unless `environment`
    /// names them, XDG_STATE_HOME and XDG_CONFIG_HOME are a folder of the session's own, so that no
    /// test reads or writes the developer's reading memory and config, nor another test's.
    public init(command: [String], columns: Int = 80, rows: Int = 24, environment: [String: String] = [:]) throws {
        precondition(!command.isEmpty, "nothing to run")
        socketName = "lectern-test-\(getpid())-\(UUID().uuidString.prefix(8))"
        var environment = environment
        if environment["XDG_STATE_HOME"] == nil || environment["XDG_CONFIG_HOME"] == nil {
            let folder = NSTemporaryDirectory() + socketName
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
            privateFolder = folder
            if environment["XDG_STATE_HOME"] == nil { environment["XDG_STATE_HOME"] = folder + "/state" }
            if environment["XDG_CONFIG_HOME"] == nil { environment["XDG_CONFIG_HOME"] = folder + "/config" }
        } else {
            privateFolder = nil
        }
        var arguments = ["new-session", "-d", "-s", Self.sessionName, "-x", "\(columns)", "-y", "\(rows)"]
        arguments += ["-e", "LANG=C.UTF-8"]
        for (name, value) in environment.sorted(by: { $0.key < $1.key }) {
            arguments += ["-e", "\(name)=\(value)"]
        }
        let wrapper = #"trap : INT QUIT; "$@"; echo "[exit $?]"; exec sleep 600"#
        arguments += ["--", "sh", "-c", wrapper, "sh"] + command
        try Self.tmux(socketName, arguments)
        // 3.3a leaves the socket file behind after kill-server; remember where it is.
        let path = try? Self.tmux(socketName, ["display-message", "-p", "-t", Self.sessionName, "#{socket_path}"])
        socketPath = path?.trimmingCharacters(in: .whitespacesAndNewlines)
    }

    deinit { close() }

    /// Presses keys by tmux name: "Enter", "Space", "Escape", "C-c", "NPage", "Up", "q"...
    public func sendKeys(_ keys: String...) throws {
        try run(["send-keys", "-t", Self.sessionName] + keys)
    }

    /// Types text literally, as a paste of keystrokes: "é漢" arrives as those characters.
    public func type(_ text: String) throws {
        try run(["send-keys", "-t", Self.sessionName, "-l", "--", text])
    }

    /// The visible screen, one line per row. With `escapes`, attributes and colours appear as
    /// SGR sequences (reverse video is `ESC[7m`).
    public func capture(escapes: Bool = false) throws -> String {
        try run(["capture-pane", "-p", "-t", Self.sessionName] + (escapes ? ["-e"] : []))
    }

    /// A tmux format of the pane, such as `#{mouse_any_flag}` (1 while the program asks for mouse reports).
    public func paneFormat(_ format: String) throws -> String {
        try run(["display-message", "-p", "-t", Self.sessionName, format]).trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// Polls the screen until it contains `text`; returns that screen.
    @discardableResult
    public func waitFor(_ text: String, timeout: Double = 5) throws -> String {
        try waitUntil(timeout: timeout, description: "\"\(text)\"") { $0.contains(text) }
    }

    /// Polls the screen (every 30 ms) until `predicate` holds; returns that screen.
    @discardableResult
    public func waitUntil(
        timeout: Double = 5, description: String = "a condition", escapes: Bool = false,
        _ predicate: (String) -> Bool
    ) throws -> String {
        let deadline = Date().addingTimeInterval(timeout)
        var screen = ""
        while true {
            screen = try capture(escapes: escapes)
            if predicate(screen) { return screen }
            if Date() >= deadline { break }
            usleep(30_000)
        }
        throw TmuxError.timedOut(waitingFor: description, seconds: timeout, lastScreen: screen)
    }

    /// Resizes the window; the program receives SIGWINCH. resize-window also switches the
    /// window to a manual size, so it keeps the size although no client is attached.
    public func resize(columns: Int, rows: Int) throws {
        try run(["resize-window", "-t", Self.sessionName, "-x", "\(columns)", "-y", "\(rows)"])
    }

    /// The process id of the command, while it runs (the child of the wrapping shell).
    public func commandProcessID() throws -> pid_t? {
        let shell = try run(["display-message", "-p", "-t", Self.sessionName, "#{pane_pid}"])
            .trimmingCharacters(in: .whitespacesAndNewlines)
        let children = (try? String(contentsOfFile: "/proc/\(shell)/task/\(shell)/children", encoding: .utf8)) ?? ""
        return children.split(separator: " ").first.flatMap { pid_t($0) }
    }

    /// Sends a signal to the command, as `kill` from another terminal would.
    public func signalCommand(_ signal: Int32) throws {
        guard let pid = try commandProcessID() else {
            throw TmuxError.commandFailed(arguments: ["kill"], status: -1, errorOutput: "the command is not running")
        }
        kill(pid, signal)
    }

    /// Stops the server and everything in it. Called by deinit; safe to call again.
    public func close() {
        guard !isClosed else { return }
        isClosed = true
        _ = try? Self.tmux(socketName, ["kill-server"])
        if let socketPath, !socketPath.isEmpty { unlink(socketPath) }
        if let privateFolder { try? FileManager.default.removeItem(atPath: privateFolder) }
    }

    @discardableResult
    private func run(_ arguments: [String]) throws -> String {
        try Self.tmux(socketName, arguments)
    }

    @discardableResult
    private static func tmux(_ socketName: String, _ arguments: [String]) throws -> String {
        let full = ["tmux", "-L", socketName, "-f", "/dev/null"] + arguments
        let result = try Spawn.run(full, environment: clientEnvironment)
        guard result.status == 0 else {
            throw TmuxError.commandFailed(arguments: arguments, status: result.status, errorOutput: result.errorOutput)
        }
        return result.output
    }

    /// What tmux runs with, and what the server hands to its panes: only what a terminal session
    /// needs, so that the developer's own TMUX, LC_*, NO_COLOR... cannot change what tests see.
    private static var clientEnvironment: [String: String] {
        let inherited = ProcessInfo.processInfo.environment
        var environment = ["LANG": "C.UTF-8", "PATH": inherited["PATH"] ?? "/usr/local/bin:/usr/bin:/bin"]
        for name in ["HOME", "TMUX_TMPDIR"] {
            if let value = inherited[name] { environment[name] = value }
        }
        return environment
    }
}
