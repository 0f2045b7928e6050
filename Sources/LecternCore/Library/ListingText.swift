/// What `lectern list` prints: each entry's id and title on a line, then a line for each of its
/// links, every name escaped (`ControlEscaping`).
public enum ListingText {
    /// How many entries one core writes at a time.
    static let run = 512

    /// The listing of `library` as UTF-8 bytes.
    public static func bytes(of library: Library) -> [UInt8] {
        Array(pieces(of: library).joined())
    }

    /// The listing of `library` in pieces to write one after the other: runs of entries written
    /// on all cores, with no temporary strings, and not joined (a copy, and a megabyte, less).
    public static func pieces(of library: Library) -> [[UInt8]] {
        let entries = library.entries
        return Parallel.map(0..<((entries.count + run - 1) / run), batch: 1) { index in
            var output: [UInt8] = []
            output.reserveCapacity(run * 128)
            for entry in entries[(index * run)..<min(entries.count, (index + 1) * run)] { append(entry, to: &output) }
            return output
        }
    }

    private static func append(_ entry: LibraryEntry, to output: inout [UInt8]) {
        append(entry.id, to: &output)
        output.append(0x09)
        append(entry.title, to: &output)
        output.append(0x0A)
        if let link = entry.previous { append(link, labelled: "\tPrevious: ", to: &output) }
        if let link = entry.next { append(link, labelled: "\tNext: ", to: &output) }
    }

    private static func append(_ link: ArticleLink, labelled label: StaticString, to output: inout [UInt8]) {
        output += UnsafeBufferPointer(start: label.utf8Start, count: label.utf8CodeUnitCount)
        append(link.title, to: &output)
        output += link.id == nil ? " (not in library)\n".utf8 : "\n".utf8
    }

    private static func append(_ text: String, to output: inout [UInt8]) {
        output += ControlEscaping.escaped(text).utf8
    }
}
