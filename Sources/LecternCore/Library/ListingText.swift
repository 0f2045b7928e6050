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

    /// The lines of run `index` of `entries`. Most runs' names need no escape: measured first,
    /// they are copied straight into an array of the size they take (no array grown, no check
    /// of its room at each piece); a run with a name to escape is appended piece by piece.
    /// (Entries are read in place: a copy of each would retain and release its five strings.)
    private static func runText(_ entries: UnsafeBufferPointer<LibraryEntry>, _ index: Int) -> [UInt8] {
        let run = UnsafeBufferPointer(rebasing: entries[(index * run)..<min(entries.count, (index + 1) * run)])
        var measure = Measure()
        if run.indices.allSatisfy({ writeLines(of: run.baseAddress! + $0, to: &measure) }) {
            return [UInt8](unsafeUninitializedCapacity: measure.size) { buffer, written in
                var cursor = Cursor(place: buffer.baseAddress!)
                for place in run.indices { _ = writeLines(of: run.baseAddress! + place, to: &cursor) }
                written = cursor.place - buffer.baseAddress!
            }
        }
        var escaping = EscapingAppender()
        escaping.output.reserveCapacity(run.count * 128)
        for place in run.indices { _ = writeLines(of: run.baseAddress! + place, to: &escaping) }
        return escaping.output
    }

    /// The lines of the entry at `entry` (its fields read in place): its id and title, then a
    /// line for each link. The one place that says what a listing's lines are; false when
    /// `sink` refuses a name.
    private static func writeLines<Sink: ListingSink>(of entry: UnsafePointer<LibraryEntry>, to sink: inout Sink) -> Bool {
        guard sink.name(entry.pointee.id) else { return false }
        sink.byte(0x09)
        guard sink.name(entry.pointee.title) else { return false }
        sink.byte(0x0A)
        if let link = entry.pointee.previous {
            sink.literal("\tPrevious: ")
            guard sink.name(link.title) else { return false }
            sink.literal(ending(of: link))
        }
        if let link = entry.pointee.next {
            sink.literal("\tNext: ")
            guard sink.name(link.title) else { return false }
            sink.literal(ending(of: link))
        }
        return true
    }

    /// What follows a link's title on its line.
    private static func ending(of link: borrowing ArticleLink) -> StaticString {
        link.id == nil ? " (not in library)\n" : "\n"
    }
}

/// Where `ListingText.writeLines` puts a listing's pieces.
private protocol ListingSink {
    /// An id or a title; false to stop the lines here.
    mutating func name(_ text: borrowing String) -> Bool
    mutating func literal(_ text: StaticString)
    mutating func byte(_ byte: UInt8)
}

/// Counts the bytes of the lines, and stops at a name that needs an escape.
private struct Measure: ListingSink {
    var size = 0

    mutating func name(_ text: borrowing String) -> Bool {
        guard let count = text.utf8.withContiguousStorageIfAvailable({ ControlEscaping.holdsEscapes($0) ? nil : $0.count }) ?? nil else {
            return false
        }
        size += count
        return true
    }

    mutating func literal(_ text: StaticString) { size += text.utf8CodeUnitCount }
    mutating func byte(_ byte: UInt8) { size += 1 }
}

/// Writes the lines into room made for them ahead (`Measure`): every name needs no escape.
private struct Cursor: ListingSink {
    var place: UnsafeMutablePointer<UInt8>

    mutating func name(_ text: borrowing String) -> Bool {
        _ = text.utf8.withContiguousStorageIfAvailable { write($0) }
        return true
    }

    mutating func literal(_ text: StaticString) {
        write(UnsafeBufferPointer(start: text.utf8Start, count: text.utf8CodeUnitCount))
    }

    mutating func byte(_ byte: UInt8) {
        place.initialize(to: byte)
        place += 1
    }

    private mutating func write(_ bytes: UnsafeBufferPointer<UInt8>) {
        guard let base = bytes.baseAddress else { return }
        place.initialize(from: base, count: bytes.count)
        place += bytes.count
    }
}

/// Appends the lines to `output`, each name escaped when it needs it.
private struct EscapingAppender: ListingSink {
    var output: [UInt8] = []

    mutating func name(_ text: borrowing String) -> Bool {
        // Most names and titles need no escape: their bytes are copied as they are.
        var text = copy text
        let isCopied = text.withUTF8 { bytes in
            guard !ControlEscaping.holdsEscapes(bytes) else { return false }
            output.append(contentsOf: bytes)
            return true
        }
        if !isCopied { output += ControlEscaping.escaped(text).utf8 }
        return true
    }

    mutating func literal(_ text: StaticString) {
        output += UnsafeBufferPointer(start: text.utf8Start, count: text.utf8CodeUnitCount)
    }

    mutating func byte(_ byte: UInt8) { output.append(byte) }
}
