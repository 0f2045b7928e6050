import ArgumentParser
import LecternCore

#if canImport(Glibc)
import Glibc
#endif

struct ShowCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show", abstract: "Print one article, laid out as plain text, or its parsed model as JSON.")

    @Argument(help: "A path, an id, or a title or its unique beginning, in any case; - reads standard input.")
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
            if article == PipedArticle.name {
                let piped = try StandardInput.article().article
                if json {
                    writeOutput(ArticleJSON.article(piped).serialized(pretty: true) + "\n")
                } else {
                    keepUntilExit((piped, Self.printPlain(piped, width: width, height: height)))
                }
                return
            }
            // The text names other articles by title only; JSON gives their ids, from the whole library.
            let (library, id) = json ? try options.open(naming: article) : try options.openReadingOnly(naming: article)
            let article: Article
            if !json, height == nil {
                // A long article is printed straight from its file, in chunks on all cores.
                var output = StreamedOutput()
                guard let whole = try library.writeShownInChunks(id: id!, width: width ?? Self.defaultWidth(), { output.write($0) })
                else { return }
                article = whole
            } else {
                article = try library.load(id: id!)
            }
            if json {
                writeOutput(ArticleJSON.article(article).serialized(pretty: true) + "\n")
                return
            }
            let document = Self.printPlain(article, width: width, height: height)
            keepUntilExit((article, document))
        }
    }

    /// The article laid out as plain text on stdout (in pages, with a height); also the
    /// reader's output when it has no full-screen terminal. The text is already free of
    /// controls; a title taken from a file name may not be, so each line is escaped (the line
    /// feeds and the form feeds between pages are the layout's own). Returns the document it
    /// laid out, for a caller that would rather not free it.
    @discardableResult
    static func printPlain(_ article: Article, width: Int?, height: Int? = nil) -> Document {
        let document = Document(article)
        let width = width ?? defaultWidth()
        if let height {
            let layout = ArticleLayout(document, width: width)
            let lines = PagedText.text(layout, document.passages, height: height).split(separator: "\n", omittingEmptySubsequences: false)
            writeOutput(lines.map { line in
                line.split(separator: "\u{0C}", omittingEmptySubsequences: false).map { ControlEscaping.escaped(String($0)) }
                    .joined(separator: "\u{0C}")
            }.joined(separator: "\n") + "\n")
        } else {
            // Piece by piece, the text `plainText` makes, so that neither it nor the layout of a
            // long article is ever held whole.
            var output = StreamedOutput()
            ArticleLayout.writeShownLines(document, width: width) { output.write($0) }
        }
        return document
    }

    private static func defaultWidth() -> Int {
        var size = winsize()
        if isatty(STDOUT_FILENO) == 1, ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 {
            return Int(size.ws_col)
        }
        return 80
    }
}
