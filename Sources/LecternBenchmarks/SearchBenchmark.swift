import LecternCore

/// Target 3: searching every article of the library as fast as `grep -rilF` over its folder,
/// for a word in 1% of the articles and for a word in none.
enum SearchBenchmark {
    static func run(_ inputs: BenchmarkInputs, into table: inout ResultTable) {
        let folder = inputs.libraryFolder
        guard let library = try? Library.open(folder: folder) else { fail("cannot open \(folder)") }
        let cases = [("1% match", ArticleWriter.plantedWord, inputs.plantedCount),
                     ("no match", ArticleWriter.absentWord, 0)]
        for (label, word, expected) in cases {
            guard let query = SearchQuery(word) else { fail("empty query") }
            let ours = Timing.median {
                let hits = LibrarySearch.run(query, in: library)
                guard hits.count == expected else { fail("search for \(word) found \(hits.count), expected \(expected)") }
            }
            let theirs = Timing.median(command: ["grep", "-rilF", word, folder])
            table.add(ResultRow(name: "Library search, \(label) (\"\(word)\")", ours: ours, theirs: theirs,
                                target: .timesTheirs(1)))
        }
        table.note("Library search, theirs: grep -rilF WORD \(folder) > /dev/null")
    }
}
