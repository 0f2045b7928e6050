import LecternCore

/// Diagnostic: searching every article of an open library inside this process (the listing not counted).
enum SearchBenchmark {
    static func run(_ inputs: LibraryInputs, into table: inout ResultTable) {
        let folder = inputs.folder
        guard let library = try? Library.open(folder: folder) else { fail("cannot open \(folder)") }
        for query in WholeProcessBenchmark.queries(for: inputs) {
            guard let compiled = SearchQuery(query.text) else { fail("empty query") }
            let ours = Timing.median {
                let hits = LibrarySearch.run(compiled, in: library)
                guard hits.count == query.expected else {
                    fail("search for \(query.text) found \(hits.count), expected \(query.expected)")
                }
            }
            table.add(ResultRow(name: "LibrarySearch.run, \(query.label)", ours: ours))
        }
    }
}
