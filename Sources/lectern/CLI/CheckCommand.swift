import ArgumentParser
import LecternCore

struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Report unreadable, binary, empty and legacy-encoded files, odd file names, unresolved links and duplicate titles. Exits 1 when anything is found.")

    @OptionGroup var options: LibraryOptions

    func run() throws {
        try reportingFailures {
            let library = try options.open()
            let problems = library.check()
            // Grouped by kind, each group under a heading with its count; one line per problem.
            var output = ""
            var group: LibraryProblem.Group?
            let counts = Dictionary(problems.map { ($0.group, 1) }, uniquingKeysWith: +)
            for problem in problems {
                if problem.group != group {
                    group = problem.group
                    output += "\(problem.group.heading) (\(counts[problem.group] ?? 0)):\n"
                }
                output += "  \(problem.description)\n"
            }
            let articles = "\(library.entries.count) article\(library.entries.count == 1 ? "" : "s")"
            let found = problems.isEmpty ? "no problems" : "\(problems.count) problem\(problems.count == 1 ? "" : "s")"
            writeOutput(output + "\(articles), \(found)\n")
            if !problems.isEmpty { throw ExitCode(1) }
        }
    }
}
