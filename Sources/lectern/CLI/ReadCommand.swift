import ArgumentParser
import Foundation
import LecternCore

#if canImport(Glibc)
import Glibc
#endif

struct ReadCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "read", abstract: "Open the reader (the default).")

    @Argument(help: "An article to open directly: a path, an id, or a title or its beginning.")
    var article: String?
    @OptionGroup var options: LibraryOptions
    @Option(help: "The widest text column, in terminal columns.")
    var width: Int = LayoutMetrics.defaultMeasure

    func validate() throws {
        if width < LayoutMetrics.minimumWidth {
            throw ValidationError("--width must be at least \(LayoutMetrics.minimumWidth)")
        }
    }

    func run() throws {
        var stopSignal: Int32?
        try reportingFailures {
            var library = try options.open()
            var firstArticle: String?
            if let article {
                switch try library.find(article) {
                case .entry(let entry):
                    firstArticle = entry.id
                case .file(let path, _):
                    // A file outside the library: read it in a library of its own folder.
                    library = try Library.open(folder: (path as NSString).deletingLastPathComponent.isEmpty
                                               ? "." : (path as NSString).deletingLastPathComponent)
                    firstArticle = try library.find(path).entryID
                }
            }
            guard isatty(STDIN_FILENO) == 1, isatty(STDOUT_FILENO) == 1 else {
                throw Failure("the reader needs a terminal; try 'lectern list' or 'lectern show ARTICLE'")
            }
            let terminal: NcursesTerminal
            do {
                terminal = try NcursesTerminal.start(useColor: Self.colorWanted)
            } catch {
                throw Failure("\(error)")
            }
            defer { terminal.stop() }
            let runtime = ReaderRuntime(state: ReaderState(library: library, size: terminal.size, measure: width))
            if let firstArticle { runtime.open(id: firstArticle) }
            runtime.run(on: terminal)
            terminal.stop()
            stopSignal = terminal.stopSignal
        }
        if let stopSignal { throw ExitCode(128 + stopSignal) }
    }

    /// NO_COLOR (set and not empty) asks for no colour: https://no-color.org
    private static var colorWanted: Bool {
        (ProcessInfo.processInfo.environment["NO_COLOR"] ?? "").isEmpty
    }
}

extension Library.Target {
    var entryID: String? {
        if case .entry(let entry) = self { return entry.id }
        return nil
    }
}
