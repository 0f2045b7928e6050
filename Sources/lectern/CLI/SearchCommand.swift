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
            // Each file is read once: only the articles that match are listed. Neither output
            // shows an article's links: its footer is parsed only when a match may be in it.
            if json {
                let hits = try LibrarySearch.run(query, folder: options.folder, findsLinks: false)
                writeOutput(JSONValue.array(hits.map(Self.jsonValue)).serialized(pretty: true) + "\n")
                return  // an empty array is an answer: no failure
            }
            // Each hit's lines are made on the core that found it: a hit in every article is
            // thousands of lines.
            let hits = try LibrarySearch.run(query, folder: options.folder, findsLinks: false, output: Self.lines)
            var output: [UInt8] = []
            output.reserveCapacity(hits.reduce(0) { $0 + $1.count })
            for lines in hits { output += lines }
            writeOutput(output)
            keepUntilExit(hits)
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
    /// (Appended as bytes: appending to a short String costs more than the bytes it adds.)
    private static func lines(_ hit: LibrarySearch.Hit) -> [UInt8] {
        let shown = ControlEscaping.escaped
        var lines: [UInt8] = []
        lines.reserveCapacity(hit.entry.id.utf8.count + hit.entry.title.utf8.count + 24
            + hit.snippets.reduce(0) { $0 + $1.utf8.count + 2 })
        lines += shown(hit.entry.id).utf8
        lines.append(0x09)
        lines += shown(hit.entry.title).utf8
        lines.append(0x09)
        lines += String(hit.count).utf8
        lines += (hit.count == 1 ? " match\n" : " matches\n").utf8
        for snippet in hit.snippets {
            lines.append(0x09)
            lines += shown(snippet).utf8
            lines.append(0x0A)
        }
        return lines
    }
}
