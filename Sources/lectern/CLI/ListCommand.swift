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
            var output = ""
            let shown = ControlEscaping.escaped
            for entry in library.entries {
                output += "\(shown(entry.id))\t\(shown(entry.title))\n"
                if let previous = entry.previous { output += "\tPrevious: \(shown(previous.title))\(previous.id == nil ? " (not in library)" : "")\n" }
                if let next = entry.next { output += "\tNext: \(shown(next.title))\(next.id == nil ? " (not in library)" : "")\n" }
            }
            writeOutput(output)
        }
    }
}
