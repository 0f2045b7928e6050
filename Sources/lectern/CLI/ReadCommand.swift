import ArgumentParser
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

    func run() throws {
        try reportingFailures {
            let library = try options.open()
            guard isatty(STDIN_FILENO) == 1, isatty(STDOUT_FILENO) == 1 else {
                throw Failure("the reader needs a terminal; try 'lectern list' or 'lectern show ARTICLE'")
            }
            _ = library
            throw Failure("the reader is not built yet")
        }
    }
}
