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
}
