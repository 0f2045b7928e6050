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
            // Appended piece by piece as bytes into one buffer: ten thousand entries make no
            // temporary strings (appending to a String costs several times more).
            var output: [UInt8] = []
            output.reserveCapacity(library.entries.count * 96)
            func append(_ pieces: String...) {
                for piece in pieces { output.append(contentsOf: piece.utf8) }
            }
            let shown = ControlEscaping.escaped
            for entry in library.entries {
                append(shown(entry.id), "\t", shown(entry.title), "\n")
                if let link = entry.previous { append("\tPrevious: ", shown(link.title), link.id == nil ? " (not in library)\n" : "\n") }
                if let link = entry.next { append("\tNext: ", shown(link.title), link.id == nil ? " (not in library)\n" : "\n") }
            }
            writeOutput(output)
        }
    }
}
