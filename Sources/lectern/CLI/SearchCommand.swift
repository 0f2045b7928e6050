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
            // Each file is read once: only the articles that match are listed. Each hit's output
            // is made on the core that found it; a hit in every article is thousands of lines.
            if json {
                let hits = try LibrarySearch.run(query, folder: options.folder, shaping: Self.jsonValue)
                writeOutput(JSONValue.array(hits).serialized(pretty: true) + "\n")
                return  // an empty array is an answer: no failure
            }
            let hits = try LibrarySearch.run(query, folder: options.folder, shaping: Self.lines)
            var output: [UInt8] = []
            output.reserveCapacity(hits.reduce(0) { $0 + $1.utf8.count })
            for lines in hits { output += lines.utf8 }
            writeOutput(output)
            if hits.isEmpty { throw Failure("no article matches \"\(query.text)\"", exitCode: 1) }
        }
    }

    private static func jsonValue(_ hit: LibrarySearch.Hit) -> JSONValue {
        .object([
            ("id", .string(hit.entry.id)),
            ("title", .string(hit.entry.title)),
            ("count", .number(hit.count)),
            ("matches", .array(hit.snippets.map { .object([("snippet", .string($0))]) })),
        ])
    }

    /// A hit as the text output shows it: its id, title and count, then a line per snippet.
    private static func lines(_ hit: LibrarySearch.Hit) -> String {
        let shown = ControlEscaping.escaped
        var lines = shown(hit.entry.id)
        lines += "\t"
        lines += shown(hit.entry.title)
        lines += "\t"
        lines += String(hit.count)
        lines += hit.count == 1 ? " match\n" : " matches\n"
        for snippet in hit.snippets {
            lines += "\t"
            lines += shown(snippet)
            lines += "\n"
        }
        return lines
    }
}
