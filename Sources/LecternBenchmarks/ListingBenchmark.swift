import Foundation
import LecternCore

/// Diagnostic: opening the library (titles and footers of every file) inside this process.
enum ListingBenchmark {
    static func run(_ inputs: LibraryInputs, into table: inout ResultTable) {
        let folder = inputs.folder
        let ours = Timing.median {
            guard let library = try? Library.open(folder: folder) else { fail("cannot open \(folder)") }
            guard library.entries.count == inputs.count else { fail("listing found \(library.entries.count) articles") }
            keep(library.entries.count)
        }
        table.add(ResultRow(name: "Library.open, \(inputs.count) articles", ours: ours))
    }
}
