import ArgumentParser
import LecternCore

struct ListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list", abstract: "List the articles: id, title, and the titles they link to.")

    @OptionGroup var options: LibraryOptions
    @Flag(help: "Print JSON.") var json = false

    func run() throws {
        try reportingFailures {
            let library = try options.open()
            if json {
                writeOutput(JSONValue.array(library.entries.map(ArticleJSON.entry)).serialized(pretty: true) + "\n")
                return
            }
            var output = StreamedOutput()
            for piece in ListingText.pieces(of: library) {
                guard output.write(piece) else { break }  // a closed pipe (`| head`): nothing more is read
            }
            keepUntilExit(library)
        }
    }
}

/// Keeps `library` alive until the process ends, which it does next: the system takes back the
/// memory at once, where freeing ten thousand entries one by one would cost a tenth of the listing.
private func keepUntilExit(_ library: Library) {
    _ = Unmanaged.passRetained(KeptLibrary(library))
}

private final class KeptLibrary {
    let library: Library
    init(_ library: Library) { self.library = library }
}
