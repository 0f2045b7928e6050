import ArgumentParser
import LecternCore

struct SearchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "search", abstract: "Find the articles whose text matches: a count and a snippet per match.",
        discussion: "Case-insensitive unless the query has a capital letter; a space matches any run of white space.")

    @Argument(help: "The text to find.") var query: String
    @OptionGroup var options: LibraryOptions
    @Flag(help: "Print JSON.") var json = false

    func run() throws {
        try reportingFailures {
            guard let query = SearchQuery(query) else { throw Failure("the query is empty") }
            // Each file is read once: only the articles that match are listed.
            let hits = try LibrarySearch.run(query, folder: options.folder)
            if json {
                let value = JSONValue.array(hits.map { hit in
                    .object([
                        ("id", .string(hit.entry.id)),
                        ("title", .string(hit.entry.title)),
                        ("count", .number(hit.count)),
                        ("matches", .array(hit.snippets.map { .object([("snippet", .string($0))]) })),
                    ])
                })
                writeOutput(value.serialized(pretty: true) + "\n")
                return
            }
            // Appended piece by piece into room reserved once: a hit in every article is
            // thousands of lines, written after the search, on one core.
            var output = ""
            output.reserveCapacity(hits.count * 200)
            let shown = ControlEscaping.escaped
            for hit in hits {
                output += shown(hit.entry.id)
                output += "\t"
                output += shown(hit.entry.title)
                output += "\t"
                output += String(hit.count)
                output += hit.count == 1 ? " match\n" : " matches\n"
                for snippet in hit.snippets {
                    output += "\t"
                    output += shown(snippet)
                    output += "\n"
                }
            }
            writeOutput(output)
            if hits.isEmpty { throw Failure("no article matches \"\(query.text)\"", exitCode: 1) }
        }
    }
}
