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
            // Appended piece by piece into one buffer: ten thousand entries make no temporary strings.
            var output = ""
            output.reserveCapacity(library.entries.count * 96)
            let shown = ControlEscaping.escaped
            for entry in library.entries {
                for piece in [shown(entry.id), "\t", shown(entry.title), "\n"] { output += piece }
                for (label, link) in [("\tPrevious: ", entry.previous), ("\tNext: ", entry.next)] {
                    guard let link else { continue }
                    for piece in [label, shown(link.title), link.id == nil ? " (not in library)\n" : "\n"] { output += piece }
                }
            }
            writeOutput(output)
        }
    }
}
