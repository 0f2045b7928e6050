import ArgumentParser
import Foundation
import LecternCore

struct LibraryOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("The folder of articles.", valueName: "DIR"))
    var library: String?

    /// --library, else $LECTERN_LIBRARY, else ./articles.
    var folder: String {
        if let library { return library }
        if let fromEnvironment = ProcessInfo.processInfo.environment["LECTERN_LIBRARY"], !fromEnvironment.isEmpty {
            return fromEnvironment
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

    /// The library, and the id of the article `name` picks in it. A path to a file outside the
    /// library (or when there is no library) opens the file's own folder instead, so its links resolve.
    func open(naming name: String?) throws -> (library: Library, id: String?) {
        guard let name else { return (try open(), nil) }
        var isFolder: ObjCBool = false
        let isFile = FileManager.default.fileExists(atPath: name, isDirectory: &isFolder) && !isFolder.boolValue
        if isFile, let library = try? open(), case .entry(let entry) = try library.find(name) {
            return (library, entry.id)
        }
        if isFile {
            let folder = (name as NSString).deletingLastPathComponent
            let library = try Library.open(folder: folder.isEmpty ? "." : folder)
            if case .entry(let entry) = try library.find(name) { return (library, entry.id) }
            throw LibraryError.notText(name)
        }
        let library = try open()
        guard case .entry(let entry) = try library.find(name) else {
            throw LibraryError.unknownArticle(name, suggestions: [])
        }
        return (library, entry.id)
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
    func reportingFailures(_ body: () throws -> Void) throws {
        do {
            try body()
        } catch let failure as Failure {
            FileHandle.standardError.write(Data("lectern: \(failure.description)\n".utf8))
            throw ExitCode(failure.exitCode)
        } catch let error as LibraryError {
            FileHandle.standardError.write(Data("lectern: \(error.description)\n".utf8))
            throw ExitCode(2)
        }
    }
}


/// Writes to stdout in one go; a closed pipe (`| head`) ends quietly.
func writeOutput(_ text: String) {
    FileHandle.standardOutput.write(Data(text.utf8))
}
