/// What `lectern list` prints: each entry's id and title on a line, then a line for each of its
/// links, every name escaped (`ControlEscaping`).
public enum ListingText {
    /// How many entries one core writes at a time.
    static let run = 512

    /// The listing of `library` as UTF-8 bytes.
    public static func bytes(of library: Library) -> [UInt8] {
        Array(pieces(of: library).joined())
    }

    /// Runs made at once at most, the one being written among them: enough to keep the cores busy.
    static let runsAtOnce = 8

    /// The listing of `library` in pieces to write one after the other: runs of entries written
    /// on all cores, with no temporary strings, and not joined (a copy, and a megabyte, less).
    public static func pieces(of library: Library) -> [[UInt8]] {
        library.entries.withUnsafeBufferPointer { entries in
            Parallel.map(0..<runCount(entries.count), batch: 1) { runText(entries, $0) }
        }
    }

    /// The same pieces, each handed to `write` as soon as it and those before it are made, so
    /// that the output is written while the cores make the rest. `write` returns false to stop.
    public static func write(_ library: Library, _ write: ([UInt8]) -> Bool) {
        library.entries.withUnsafeBufferPointer { entries in
            Parallel.forEachInOrder(0..<runCount(entries.count), window: runsAtOnce) { runText(entries, $0) } consume: { write($0) }
        }
    }

    private static func runCount(_ entries: Int) -> Int { (entries + run - 1) / run }

    /// The lines of run `index` of `entries`.
    private static func runText(_ entries: UnsafeBufferPointer<LibraryEntry>, _ index: Int) -> [UInt8] {
        var output: [UInt8] = []
        output.reserveCapacity(run * 128)
        // Read in place: a copy of each entry would retain and release its five strings.
        for place in (index * run)..<min(entries.count, (index + 1) * run) { append(entries.baseAddress! + place, to: &output) }
        return output
    }

    /// The lines of the entry at `entry`, its fields read in place (`entries[place]` copies it).
    private static func append(_ entry: UnsafePointer<LibraryEntry>, to output: inout [UInt8]) {
        append(entry.pointee.id, to: &output)
        output.append(0x09)
        append(entry.pointee.title, to: &output)
        output.append(0x0A)
        if let link = entry.pointee.previous { append(link, labelled: "\tPrevious: ", to: &output) }
        if let link = entry.pointee.next { append(link, labelled: "\tNext: ", to: &output) }
    }

    private static func append(_ link: borrowing ArticleLink, labelled label: StaticString, to output: inout [UInt8]) {
        append(literal: label, to: &output)
        append(link.title, to: &output)
        append(literal: link.id == nil ? " (not in library)\n" : "\n", to: &output)
    }

    private static func append(literal: StaticString, to output: inout [UInt8]) {
        output += UnsafeBufferPointer(start: literal.utf8Start, count: literal.utf8CodeUnitCount)
    }

    private static func append(_ text: String, to output: inout [UInt8]) {
        // Most names and titles need no escape: their bytes are copied as they are.
        var text = text
        let isCopied = text.withUTF8 { bytes in
            guard !ControlEscaping.holdsEscapes(bytes) else { return false }
            output.append(contentsOf: bytes)
            return true
        }
        if !isCopied { output += ControlEscaping.escaped(text).utf8 }
    }
}
