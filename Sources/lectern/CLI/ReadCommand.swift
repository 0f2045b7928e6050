import ArgumentParser
import FoundationEssentials
import LecternCore

#if canImport(Glibc)
import Glibc
#endif

struct ReadCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "read", abstract: "Open the reader (the default).")

    @Argument(help: "An article to open directly: a path, an id, or a title or its beginning; - reads standard input.")
    var article: String?
    @OptionGroup var options: LibraryOptions
    @Option(help: "The widest text column, in terminal columns (default: the config's measure, else 76).")
    var width: Int?
    @OptionGroup var readerOptions: ReaderOptions

    func validate() throws {
        if let width, width < LayoutMetrics.minimumWidth {
            throw ValidationError("--width must be at least \(LayoutMetrics.minimumWidth)")
        }
    }

    func run() throws {
        var stopSignal: Int32?
        try reportingFailures {
            if let article, ["list", "show", "search", "check", "read"].contains(article) {
                // `lectern --library DIR list`: options before a subcommand belong to the reader.
                throw Failure("'\(article)' is a subcommand: put options after it, as in 'lectern \(article) --library DIR'")
            }
            let settings = readerOptions.settings(width: width)
            // Starting on the list: its first screen is read now, the rest after the first frame.
            let startsOnList = article == nil && !settings.resume
            let directories = UserDirectories(environment: ProcessInfo.processInfo.environment)
            let library: Library, firstArticle: String?
            // The reading memory, when it was needed to open the library.
            var remembered: (store: ReadingMemoryStore, memory: ReadingMemory, notice: String?)?
            // Text piped in, read before the terminal is taken for keys.
            var piped: PipedArticle?
            if article == PipedArticle.name {
                let article = try StandardInput.article()
                StandardInput.takeKeysFromTerminal()
                piped = article
                (library, firstArticle) = (article.library, article.article.id)
            } else if startsOnList {
                (library, firstArticle) = (try options.openFirstScreen(), nil)
            } else if let article {
                // Starting on an article: only its file is read now, the rest likewise after the first frame.
                (library, firstArticle) = try options.openReadingOnly(naming: article)
            } else {
                // Resuming: likewise only the article read last, when it is still there.
                var store = ReadingMemoryStore(libraryFolder: options.folder, stateFolder: directories.state)
                let (memory, notice) = store.load()
                remembered = (store, memory, notice)
                library = try memory.lastArticle.flatMap { Library.openReadingOnly(folder: options.folder, id: $0) } ?? options.open()
                firstArticle = nil
            }
            if let problem = TerminalCapability.problem() {
                // Not a full-screen terminal: an article named is printed as `show` prints it.
                guard let firstArticle else { throw Failure(problem) }
                try ShowCommand.printPlain(piped?.article ?? library.load(id: firstArticle), width: nil)
                return
            }
            // Reading memory: never in the library folder; a problem with it is a notice, not a failure.
            var store = remembered?.store ?? ReadingMemoryStore(libraryFolder: library.folder, stateFolder: directories.state)
            // Piped text has no file to come back to: nothing of it is remembered.
            let (memory, memoryNotice) = piped != nil ? (ReadingMemory(), nil)
                : remembered.map { ($0.memory, $0.notice) } ?? store.load()
            let terminal: NcursesTerminal
            do {
                terminal = try NcursesTerminal.start(useColor: Self.colorWanted, theme: settings.theme, mouse: settings.mouse)
            } catch {
                throw Failure("\(error)")
            }
            defer { terminal.stop() }
            let state = ReaderState(library: library, size: terminal.size,
                                    measure: settings.measure.measure(remembered: memory.measure),
                                    memory: memory, notice: memoryNotice.map { Notice($0, isError: true) })
            let work = AfterFirstFrame()
            let runtime = piped?.runtime(state: state, work: work)
                ?? ReaderRuntime(state: state, work: work, saveMemory: { [store] in store.save($0) })
            if let firstArticle {
                runtime.open(id: firstArticle)
            } else if settings.resume {
                if let last = memory.lastArticle, library.entry(id: last) != nil {
                    runtime.open(id: last)
                } else {
                    runtime.notify(memoryNotice ?? "Nothing to resume: no article read yet in this library")
                }
            }
            // The first frame first: reading the rest of the folder, or the whole of a long article,
            // would compete with it for the cores.
            terminal.draw(runtime.state.render())
            if !library.isComplete { runtime.perform([.relistLibrary]) }
            if !Self.holdsBackgroundWorkForTesting { work.release() }
            CrashRestore.crashIfAskedForTesting { terminal.draw(runtime.state.render()) }
            runtime.run(on: terminal)
            terminal.stop()
            stopSignal = terminal.stopSignal
            if let problem = runtime.memoryProblem {
                reportError(problem)
            }
        }
        if let stopSignal { throw ExitCode(128 + stopSignal) }
    }

    #if DEBUG
    /// `LECTERN_HOLD_BACKGROUND_FOR_TESTING=1` makes a debug build never start its background
    /// work (the whole of a long article, reading the folder again): the end-to-end tests of
    /// the keys answered from a long article's opening need the whole to be late for certain,
    /// which no input can make it. Release builds lack it.
    private static var holdsBackgroundWorkForTesting: Bool {
        ProcessInfo.processInfo.environment["LECTERN_HOLD_BACKGROUND_FOR_TESTING"] == "1"
    }
    #else
    private static let holdsBackgroundWorkForTesting = false
    #endif

    /// NO_COLOR (set and not empty) asks for no colour: https://no-color.org
    private static var colorWanted: Bool {
        (ProcessInfo.processInfo.environment["NO_COLOR"] ?? "").isEmpty
    }
}
