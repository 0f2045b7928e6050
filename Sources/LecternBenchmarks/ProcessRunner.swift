import Foundation

#if canImport(Glibc)
import Glibc
#endif

/// One finished run of a whole process: its wall-clock time and its peak resident memory.
struct ProcessRun {
    var seconds: Double
    /// `ru_maxrss` of the child, in bytes.
    var peakBytes: Int
}

/// Starts whole processes, as a user's shell would, and times them.
enum ProcessRunner {
    /// Runs `argv` (looked up on PATH) to completion with its output read through a pipe and
    /// dropped, as a pager or a terminal would take it, or written to the file `capture`;
    /// `peakBytes` is left 0 (see `peakMemory`). `allowedExits` are the statuses that are answers,
    /// not failures (grep and `lectern search` exit 1 when nothing matched).
    ///
    /// Not /dev/null: GNU grep (since 2.26) notices an output of /dev/null and stops reading a
    /// file at its first match, so `grep -c` would count nothing and time less work than a user's.
    static func run(_ argv: [String], allowedExits: Set<Int32> = [0], capture: String? = nil) -> ProcessRun {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, STDIN_FILENO, "/dev/null", O_RDONLY, 0)
        var pipeEnds: [Int32] = [-1, -1]
        if let capture {
            posix_spawn_file_actions_addopen(&actions, STDOUT_FILENO, capture, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        } else {
            guard pipe(&pipeEnds) == 0 else { fail("cannot make a pipe: \(String(cString: strerror(errno)))") }
            // (pipe2 is not imported; the benchmark starts one child at a time.)
            for end in pipeEnds { _ = fcntl(end, F_SETFD, FD_CLOEXEC) }
            // dup2 clears close-on-exec on the copy: the child keeps only its standard output.
            posix_spawn_file_actions_adddup2(&actions, pipeEnds[1], STDOUT_FILENO)
        }
        // "no article matches": an answer the exit status gives already.
        posix_spawn_file_actions_addopen(&actions, STDERR_FILENO, "/dev/null", O_WRONLY, 0)
        let cArgs = CStrings(argv)
        var pid: pid_t = 0
        let start = ContinuousClock.now
        let spawned = posix_spawnp(&pid, argv[0], &actions, nil, cArgs.pointers, environ)
        guard spawned == 0 else { fail("cannot start \(argv[0]): \(String(cString: strerror(spawned)))") }
        if capture == nil {
            close(pipeEnds[1])
            drain(pipeEnds[0])
            close(pipeEnds[0])
        }
        let (status, usage) = wait(for: pid)
        let seconds = (ContinuousClock.now - start).seconds
        let exitCode = (status >> 8) & 0xFF
        guard status & 0x7F == 0, allowedExits.contains(exitCode) else {
            fail("\(argv.joined(separator: " ")) failed with status \(status)")
        }
        _ = usage
        return ProcessRun(seconds: seconds, peakBytes: 0)
    }

    /// The peak resident memory of one run of `argv`, through GNU time. (A child's own ru_maxrss
    /// is no use: posix_spawn's child shares this process's memory until it execs, and Linux
    /// carries that high-water mark over the exec.)
    static func peakMemory(_ argv: [String], allowedExits: Set<Int32> = [0], scratch: String) -> Int {
        let report = scratch + "/peak-memory.txt"
        _ = run(["/usr/bin/time", "-f", "%M", "-o", report] + argv, allowedExits: allowedExits)
        let text = (try? String(contentsOfFile: report, encoding: .utf8)) ?? ""
        return (text.split(separator: "\n").last.flatMap { Int($0) } ?? 0) * 1024
    }

    /// The high-water mark of a running process's memory since it last exec'd, from /proc.
    static func currentPeakMemory(of pid: pid_t) -> Int {
        let status = (try? String(contentsOfFile: "/proc/\(pid)/status", encoding: .utf8)) ?? ""
        guard let line = status.split(separator: "\n").first(where: { $0.hasPrefix("VmHWM:") }) else { return 0 }
        return (line.split(separator: " ").dropFirst().first.flatMap { Int($0) } ?? 0) * 1024
    }

    /// Reads `descriptor` to its end and drops what it read.
    private static func drain(_ descriptor: Int32) {
        var buffer = [UInt8](repeating: 0, count: 65_536)
        while true {
            let got = buffer.withUnsafeMutableBytes { read(descriptor, $0.baseAddress!, $0.count) }
            if got > 0 { continue }
            if got < 0, errno == EINTR { continue }
            return
        }
    }

    /// Waits for `pid` and returns its wait status and resource usage.
    static func wait(for pid: pid_t) -> (status: Int32, usage: rusage) {
        var status: Int32 = 0
        var usage = rusage()
        while wait4(pid, &status, 0, &usage) < 0 && errno == EINTR {}
        return (status, usage)
    }

    /// Runs `argv` in a new pseudo-terminal of `columns` x `rows` (as a terminal window would,
    /// TERM=xterm-256color) and returns the time from the start until `token` appears on the
    /// screen, escape sequences aside; then the process is stopped. `settle` keeps it running a
    /// little longer first, so its peak memory includes work done after the first frame.
    static func firstFrame(_ argv: [String], token: String, columns: Int = 80, rows: Int = 24,
                           settle: Double = 0, timeout: Double = 30) -> ProcessRun {
        let master = open("/dev/ptmx", O_RDWR | O_NOCTTY | O_CLOEXEC)
        guard master >= 0, let slavePath = PseudoTerminal.unlock(master) else {
            fail("cannot open a pseudo-terminal: \(String(cString: strerror(errno)))")
        }
        defer { close(master) }
        var size = winsize(ws_row: UInt16(rows), ws_col: UInt16(columns), ws_xpixel: 0, ws_ypixel: 0)
        _ = ioctl(master, UInt(TIOCSWINSZ), &size)

        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        // The new session's first terminal opened becomes its controlling terminal.
        posix_spawn_file_actions_addopen(&actions, STDIN_FILENO, slavePath, O_RDWR, 0)
        posix_spawn_file_actions_adddup2(&actions, STDIN_FILENO, STDOUT_FILENO)
        posix_spawn_file_actions_adddup2(&actions, STDIN_FILENO, STDERR_FILENO)
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        // POSIX_SPAWN_SETSID (glibc's value; Swift does not import the GNU flag).
        posix_spawnattr_setflags(&attributes, 0x80)

        var environment = ProcessInfo.processInfo.environment
        environment["TERM"] = "xterm-256color"
        environment["LESS"] = nil
        let cArgs = CStrings(argv)
        let cEnvironment = CStrings(environment.map { "\($0.key)=\($0.value)" })
        var pid: pid_t = 0
        let start = ContinuousClock.now
        let spawned = posix_spawnp(&pid, argv[0], &actions, &attributes, cArgs.pointers, cEnvironment.pointers)
        guard spawned == 0 else { fail("cannot start \(argv[0]): \(String(cString: strerror(spawned)))") }

        var screen = ScreenText()
        var seen: Double?
        var buffer = [UInt8](repeating: 0, count: 65_536)
        while seen == nil {
            let elapsed = (ContinuousClock.now - start).seconds
            guard elapsed < timeout else {
                kill(-pid, SIGKILL)
                _ = wait(for: pid)
                fail("\(argv.joined(separator: " ")) drew no \"\(token)\" in \(Int(timeout)) s; it drew: \(screen.tail)")
            }
            var poller = pollfd(fd: master, events: Int16(POLLIN), revents: 0)
            guard poll(&poller, 1, 50) > 0 else { continue }
            let got = buffer.withUnsafeMutableBytes { read(master, $0.baseAddress!, $0.count) }
            if got <= 0 {
                if got < 0, errno == EINTR || errno == EAGAIN { continue }
                break  // the program ended
            }
            screen.add(buffer[..<got])
            if screen.contains(token) { seen = (ContinuousClock.now - start).seconds }
        }
        if settle > 0 {
            // Keep reading, so the program never blocks on a full terminal.
            let until = ContinuousClock.now + .milliseconds(Int(settle * 1000))
            while ContinuousClock.now < until {
                var poller = pollfd(fd: master, events: Int16(POLLIN), revents: 0)
                if poll(&poller, 1, 20) > 0 {
                    _ = buffer.withUnsafeMutableBytes { read(master, $0.baseAddress!, $0.count) }
                }
            }
        }
        let peak = currentPeakMemory(of: pid)
        // The session's process group: `sh -c 'ls | less'` takes its pipeline with it.
        kill(-pid, SIGKILL)
        kill(pid, SIGKILL)
        _ = wait(for: pid)
        guard let seen else { fail("\(argv.joined(separator: " ")) ended before drawing \"\(token)\": \(screen.tail)") }
        return ProcessRun(seconds: seen, peakBytes: peak)
    }
}

/// The printable text a program has written to a terminal, with escape sequences taken out,
/// so that a word drawn in one piece can be found however the program positioned it.
struct ScreenText {
    private var text: [UInt8] = []
    private var state = State.text

    private enum State { case text, escape, controlSequence, string, stringEscape }

    mutating func add(_ bytes: ArraySlice<UInt8>) {
        for byte in bytes {
            switch state {
            case .text:
                if byte == 0x1B { state = .escape } else if byte >= 0x20 || byte == 0x0A { text.append(byte) }
            case .escape:
                switch byte {
                case UInt8(ascii: "["): state = .controlSequence
                case UInt8(ascii: "]"), UInt8(ascii: "P"), UInt8(ascii: "_"), UInt8(ascii: "^"): state = .string
                case 0x20...0x2F: break  // intermediate bytes, as in ESC ( B
                default: state = .text
                }
            case .controlSequence:
                if byte >= 0x40 && byte <= 0x7E { state = .text }
            case .string:
                if byte == 0x07 { state = .text } else if byte == 0x1B { state = .stringEscape }
            case .stringEscape:
                state = byte == UInt8(ascii: "\\") ? .text : .string
            }
        }
    }

    func contains(_ token: String) -> Bool {
        let needle = Array(token.utf8)
        guard needle.count <= text.count else { return false }
        // Only the newest bytes can complete the token; the output is small.
        return text.indices.dropLast(needle.count - 1).contains { text[$0..<($0 + needle.count)].elementsEqual(needle) }
    }

    var tail: String { String(decoding: text.suffix(200), as: UTF8.self) }
}

/// grantpt, unlockpt and ptsname are in glibc but Swift's Glibc module does not import them
/// (they need _XOPEN_SOURCE): they are looked up by name.
enum PseudoTerminal {
    private typealias Call = @convention(c) (Int32) -> Int32
    private typealias Name = @convention(c) (Int32) -> UnsafeMutablePointer<CChar>?

    /// The path of the terminal end of the pseudo-terminal whose controlling end is `master`.
    static func unlock(_ master: Int32) -> String? {
        let handle = UnsafeMutableRawPointer(bitPattern: 0)
        guard let grant = dlsym(handle, "grantpt"), let unlock = dlsym(handle, "unlockpt"),
              let name = dlsym(handle, "ptsname") else { return nil }
        guard unsafeBitCast(grant, to: Call.self)(master) == 0, unsafeBitCast(unlock, to: Call.self)(master) == 0,
              let path = unsafeBitCast(name, to: Name.self)(master) else { return nil }
        return String(cString: path)
    }
}

/// NUL-terminated copies of strings for C's argv and envp, freed with the value.
final class CStrings {
    let pointers: [UnsafeMutablePointer<CChar>?]

    init(_ strings: [String]) { pointers = strings.map { strdup($0) } + [nil] }

    deinit { pointers.forEach { free($0) } }
}
