import ArgumentParser
import LecternCore

struct ListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list", abstract: "List the articles: id, title, and the titles they link to.")

    @OptionGroup var options: LibraryOptions
    @Flag(help: "Print JSON.") var json = false

    func run() throws {
        try reportingFailures {
            let library = try options.open()
            if json {
                writeOutput(JSONValue.array(library.entries.map(ArticleJSON.entry)).serialized(pretty: true) + "\n")
                return
            }
            var output = StreamedOutput()
            for piece in ListingText.pieces(of: library) {
                guard output.write(piece) else { break }  // a closed pipe (`| head`): nothing more is read
            }
            keepUntilExit(library)
        }
    }
}
