import ArgumentParser
import LecternCore

@main
struct Lectern: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "lectern",
        abstract: "Read a library of plain-text articles in the terminal.",
        discussion: "Without a subcommand, opens the reader. The library is --library, else $LECTERN_LIBRARY, else ./articles.",
        version: LecternVersion.current,
        subcommands: [ReadCommand.self, ListCommand.self, ShowCommand.self, SearchCommand.self, CheckCommand.self],
        defaultSubcommand: ReadCommand.self
    )

    /// Parses the arguments from argv's own bytes: `CommandLine.arguments` replaces a byte that
    /// is not UTF-8 with U+FFFD, and a file named with one could not be opened (`FileName`).
    static func main() {
        let arguments = (1..<Int(CommandLine.argc)).compactMap { index in
            CommandLine.unsafeArgv[index].map { FileName.string(fromCString: $0) }
        }
        main(arguments)
    }
}
