import ArgumentParser
import LecternCore

struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Report unresolved links, duplicate titles, and legacy-encoded, binary or empty files. Exits 1 when anything is found.")

    @OptionGroup var options: LibraryOptions

    func run() throws {
        try reportingFailures {
            let library = try options.open()
            let problems = library.check()
            for problem in problems { writeOutput(problem.description + "\n") }
            let articles = "\(library.entries.count) article\(library.entries.count == 1 ? "" : "s")"
            if problems.isEmpty {
                writeOutput("\(articles), no problems\n")
            } else {
                writeOutput("\(articles), \(problems.count) problem\(problems.count == 1 ? "" : "s")\n")
                throw Failure("", exitCode: 1)
            }
        }
    }
}
