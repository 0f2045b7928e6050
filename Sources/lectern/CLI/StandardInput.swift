import LecternCore

#if canImport(Glibc)
import Glibc
#endif

/// Standard input as an article's text (`… | lectern -`), and then the terminal as the
/// reader's keyboard, as `less` reads keys from the terminal when its input is a pipe.
enum StandardInput {
    /// The article piped in, read to the end of the input.
    static func article() throws -> PipedArticle {
        var bytes: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let count = chunk.withUnsafeMutableBytes { read(STDIN_FILENO, $0.baseAddress, $0.count) }
            if count == 0 { break }
            if count < 0 {
                if errno == EINTR { continue }
                throw Failure("cannot read standard input: \(String(cString: strerror(errno)))")
            }
            bytes.append(contentsOf: chunk[..<count])
        }
        do {
            return try PipedArticle(bytes)
        } catch {
            throw Failure(error.description)
        }
    }

    /// Makes the controlling terminal standard input, once the piped text is read: ncurses and
    /// the terminal modes then work as when no pipe was given. Without one (a job with no
    /// terminal), input stays as it was, and the reader says it needs a terminal.
    static func takeKeysFromTerminal() {
        let terminal = open("/dev/tty", O_RDONLY | O_CLOEXEC)
        guard terminal >= 0 else { return }
        _ = dup2(terminal, STDIN_FILENO)
        close(terminal)
    }
}
