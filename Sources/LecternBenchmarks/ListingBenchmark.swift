import Foundation
import LecternCore

/// Target 2: opening a library (titles and footers of every file) within 1.5x of printing
/// the first line of every file with `head`.
enum ListingBenchmark {
    static func run(_ inputs: BenchmarkInputs, into table: inout ResultTable) {
        let folder = inputs.libraryFolder
        let ours = Timing.median {
            guard let library = try? Library.open(folder: folder) else { fail("cannot open \(folder)") }
            guard library.entries.count == inputs.libraryCount else { fail("listing found \(library.entries.count) articles") }
            keep(library.entries.count)
        }
        let (command, display) = headCommand(folder)
        let theirs = Timing.median(command: command)
        table.add(ResultRow(name: "Listing, \(inputs.libraryCount) articles", ours: ours, theirs: theirs,
                            target: .timesTheirs(1.5)))
        table.note("Listing, theirs: \(display)")
    }

    /// `head` over a shell glob when the expanded arguments fit comfortably in ARG_MAX, else `find -exec +`.
    private static func headCommand(_ folder: String) -> (argv: [String], display: String) {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
        let argumentBytes = names.reduce(0) { $0 + folder.utf8.count + $1.utf8.count + 2 + MemoryLayout<Int>.size }
        if argumentBytes < sysconf(Int32(_SC_ARG_MAX)) / 2 {
            let script = "head -qn1 '\(folder)'/*.txt"
            return (["sh", "-c", script], "sh -c \"\(script)\" > /dev/null")
        }
        let argv = ["find", folder, "-name", "*.txt", "-exec", "head", "-qn1", "{}", "+"]
        return (argv, "find \(folder) -name '*.txt' -exec head -qn1 {} + > /dev/null (the glob would pass ARG_MAX/2)")
    }
}
