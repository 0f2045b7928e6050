import ArgumentParser
import LecternCore

#if canImport(Glibc)
import Glibc
#endif

struct ShowCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show", abstract: "Print one article, laid out as plain text, or its parsed model as JSON.")

    @Argument(help: "A path, an id, or a title or its unique beginning, in any case.")
    var article: String
    @OptionGroup var options: LibraryOptions
    @Option(help: "Columns to lay the text out in (default: the terminal's width, or 80 when not a terminal).")
    var width: Int?
    @Option(help: "Text rows of a page: print the pages the reader shows at that height, separated by form feeds.")
    var height: Int?
    @Flag(help: "Print the parsed article as JSON.") var json = false

    func validate() throws {
        if let width, width < LayoutMetrics.minimumWidth {
            throw ValidationError("--width must be at least \(LayoutMetrics.minimumWidth)")
        }
        if let height, height < 1 { throw ValidationError("--height must be at least 1") }
    }

    func run() throws {
        try reportingFailures {
            let (library, id) = try options.open(naming: article)
            let article = try library.load(id: id!)
            if json {
                writeOutput(ArticleJSON.article(article).serialized(pretty: true) + "\n")
                return
            }
            let document = Document(article)
            let layout = ArticleLayout(document, width: width ?? Self.defaultWidth())
            if let height {
                writeOutput(PagedText.text(layout, document.passages, height: height) + "\n")
            } else {
                // Line by line, the text `plainText` makes, so a long article is not held twice more.
                var output = StreamedOutput()
                for line in layout.lines { output.appendLine(line.shown(in: document.passages)) }
                output.flush()
            }
        }
    }

    private static func defaultWidth() -> Int {
        var size = winsize()
        if isatty(STDOUT_FILENO) == 1, ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 {
            return Int(size.ws_col)
        }
        return 80
    }
}
