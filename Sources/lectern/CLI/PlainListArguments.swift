/// The arguments of the commonest listings, `list` with `--json` or `--library DIR` or both or
/// neither, read without the argument parser, whose parse reflects on every subcommand's options
/// (about 10 M instructions, a tenth of what a listing of ten thousand articles does on one
/// core). Any other shape, however close (`--library=DIR`, an option twice, a value that starts
/// with "-" or is empty, `--help`), is left to the parser, so every message and error is its own.
struct PlainListArguments: Equatable {
    var library: String?
    var json = false

    /// Nil unless `arguments` (argv after the program's name) are one of those shapes.
    init?(_ arguments: [String]) {
        guard arguments.first == "list" else { return nil }
        var rest = arguments.dropFirst()
        while let argument = rest.popFirst() {
            if argument == "--json", !json {
                json = true
            } else if argument == "--library", library == nil, let value = rest.popFirst(),
                      !value.isEmpty, !value.hasPrefix("-") {
                library = value
            } else {
                return nil
            }
        }
    }

    init(library: String?, json: Bool) {
        self.library = library
        self.json = json
    }
}
