import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// What a finished child process left behind.
public struct SpawnResult: Sendable {
    /// The exit code, or 128 + the signal that killed it.
    public var status: Int32
    public var output: String
    public var errorOutput: String
}

public struct SpawnError: Error, CustomStringConvertible {
    public var description: String
}

/// Runs a program to completion with posix_spawn. Foundation's Process is not used because it
/// can wait forever on `tmux new-session -d`: the daemonised server inherits its pipe.
/// The child gets an empty signal mask and default signal actions (async tests start children
/// with SIGWINCH, SIGINT and others blocked), no inherited descriptors beyond 0-2, /dev/null as
/// input, and files, not pipes, for its output.
public enum Spawn {
    public static func run(_ arguments: [String], environment: [String: String]) throws -> SpawnResult {
        precondition(!arguments.isEmpty, "nothing to run")
        let output = try AnonymousFile()
        let errorOutput = try AnonymousFile()

        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_adddup2(&actions, output.descriptor, 1)
        posix_spawn_file_actions_adddup2(&actions, errorOutput.descriptor, 2)
        closeInheritedDescriptors(&actions)

        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var noSignals = sigset_t()
        sigemptyset(&noSignals)
        var allSignals = sigset_t()
        sigfillset(&allSignals)
        posix_spawnattr_setsigmask(&attributes, &noSignals)
        posix_spawnattr_setsigdefault(&attributes, &allSignals)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))

        let argv = CStringArray(arguments)
        let envp = CStringArray(environment.map { "\($0.key)=\($0.value)" })
        var pid: pid_t = 0
        let spawned = posix_spawnp(&pid, arguments[0], &actions, &attributes, argv.pointers, envp.pointers)
        guard spawned == 0 else {
            throw SpawnError(description: "cannot run \(arguments[0]): \(String(cString: strerror(spawned)))")
        }
        let status = try waitForExit(pid)
        return SpawnResult(status: status, output: output.readAll(), errorOutput: errorOutput.readAll())
    }

    private static func waitForExit(_ pid: pid_t) throws -> Int32 {
        var raw: Int32 = 0
        while waitpid(pid, &raw, 0) == -1 {
            guard errno == EINTR else {
                throw SpawnError(description: "waitpid: \(String(cString: strerror(errno)))")
            }
        }
        // WIFEXITED / WEXITSTATUS / WTERMSIG, which Swift does not import.
        let signal = raw & 0x7F
        return signal == 0 ? (raw >> 8) & 0xFF : 128 + signal
    }

    /// Another test may be spawning at the same moment, and its descriptors must not leak into a
    /// tmux server that outlives us. glibc has closefrom as a spawn action; Swift does not import it.
    private static func closeInheritedDescriptors(_ actions: inout posix_spawn_file_actions_t) {
        typealias CloseFrom = @convention(c) (UnsafeMutablePointer<posix_spawn_file_actions_t>, Int32) -> Int32
        if let symbol = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "posix_spawn_file_actions_addclosefrom_np") {
            _ = unsafeBitCast(symbol, to: CloseFrom.self)(&actions, 3)
            return
        }
        let open = (try? FileManager.default.contentsOfDirectory(atPath: "/proc/self/fd")) ?? []
        for descriptor in open.compactMap({ Int32($0) }) where descriptor > 2 {
            posix_spawn_file_actions_addclose(&actions, descriptor)
        }
    }
}

/// A temporary file with no name: removed at once, it lives as long as its descriptor.
private final class AnonymousFile {
    let descriptor: Int32

    init() throws {
        let path = NSTemporaryDirectory() + "/lectern-spawn-\(UUID().uuidString)"
        descriptor = open(path, O_RDWR | O_CREAT | O_EXCL | O_CLOEXEC, 0o600)
        guard descriptor >= 0 else {
            throw SpawnError(description: "cannot create \(path): \(String(cString: strerror(errno)))")
        }
        unlink(path)
    }

    deinit { close(descriptor) }

    func readAll() -> String {
        lseek(descriptor, 0, SEEK_SET)
        var bytes: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 65536)
        while true {
            let count = chunk.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
            if count > 0 {
                bytes += chunk[0..<count]
            } else if count == 0 || errno != EINTR {
                break
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}

/// NULL-terminated `char *[]` for exec-style calls; freed with the value.
private final class CStringArray {
    let pointers: [UnsafeMutablePointer<CChar>?]

    init(_ strings: [String]) {
        pointers = strings.map { strdup($0) } + [nil]
    }

    deinit { pointers.forEach { free($0) } }
}
