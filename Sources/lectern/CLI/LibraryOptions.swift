import ArgumentParser
import FoundationEssentials
import LecternCore

#if canImport(Glibc)
import Glibc
#endif

struct LibraryOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("The folder of articles.", valueName: "DIR"))
    var library: String?

    /// --library, else $LECTERN_LIBRARY, else ./articles.
    var folder: String {
        if let library { return library }
        // getenv, not ProcessInfo: a folder name that is not UTF-8 keeps its bytes (`FileName`).
        if let value = getenv("LECTERN_LIBRARY"), value.pointee != 0 {
            return FileName.string(fromCString: value)
        }
        return "articles"
    }

    func open() throws -> Library {
        do {
            return try Library.open(folder: folder)
        } catch {
            throw Failure(error.description)
        }
    }

    /// The library with only its first files read, enough for the first screen of a list on
    /// any terminal: the reader reads the rest in the background (`Library.openFirst`).
    func openFirstScreen() throws -> Library {
        do {
            return try Library.openFirst(200, folder: folder)
        } catch {
            throw Failure(error.description)
        }
    }

    /// The library, and the id of the article `name` picks in it (see `Library.open(folder:naming:)`).
    func open(naming name: String?) throws -> (library: Library, id: String?) {
        guard let name else { return (try open(), nil) }
        let (library, id) = try Library.open(folder: folder, naming: name)
        return (library, id)
    }

    /// The same, reading only the named article's file when that is enough to find it
    /// (`Library.openReadingOnly`): the other articles stand in by file name until the
    /// library is read again. For a caller that needs no other article's title.
    func openReadingOnly(naming name: String?) throws -> (library: Library, id: String?) {
        if let name, let opened = Library.openReadingOnly(folder: folder, naming: name) { return opened }
        return try open(naming: name)
    }
}

/// An error the user can act on: printed as one line on stderr, then a non-zero exit.
struct Failure: Error, CustomStringConvertible {
    var description: String
    var exitCode: Int32 = 2

    init(_ description: String, exitCode: Int32 = 2) {
        self.description = description
        self.exitCode = exitCode
    }
}

extension ParsableCommand {
    /// Runs `body`, turning a `Failure` into one line on stderr and an exit code, never a trace.
    /// The line is escaped (`ControlEscaping`): a file name cannot break it or act on the terminal.
    func reportingFailures(_ body: () throws -> Void) throws {
        do {
            try body()
        } catch let failure as Failure {
            reportError(failure.description)
            throw ExitCode(failure.exitCode)
        } catch let error as LibraryError {
            reportError(error.description)
            throw ExitCode(2)
        }
    }
}


/// One line on stderr: "lectern: " and the message, escaped; nothing for an empty message.
func reportError(_ message: String) {
    guard !message.isEmpty else { return }
    var errorOutput = StreamedOutput(descriptor: STDERR_FILENO)
    _ = errorOutput.write(Array("lectern: \(ControlEscaping.escaped(message))\n".utf8))
}

/// Writes to stdout in one go; a closed pipe (`| head`) ends quietly.
func writeOutput(_ text: String) {
    writeOutput(Array(text.utf8))
}

/// The same for bytes, through the byte writer `show` uses (no copy into `Data`).
func writeOutput(_ bytes: [UInt8]) {
    var output = StreamedOutput()
    _ = output.write(bytes)
}
