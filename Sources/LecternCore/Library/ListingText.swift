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
        let run = UnsafeBufferPointer(rebasing: entries[(index * run)..<min(entries.count, (index + 1) * run)])
        if let size = plainSize(of: run) { return plainText(of: run, size: size) }
        var output: [UInt8] = []
        output.reserveCapacity(run.count * 128)
        // Read in place: a copy of each entry would retain and release its five strings.
        for place in run.indices { append(run.baseAddress! + place, to: &output) }
        return output
    }

    /// How many bytes the lines of `run` take, or nil when a name among them needs an escape.
    /// (Names are read in place, as the lines are written: a copy would retain and release it.)
    private static func plainSize(of run: UnsafeBufferPointer<LibraryEntry>) -> Int? {
        var size = 0
        for place in run.indices {
            let entry = run.baseAddress! + place
            guard let id = plainSize(entry.pointee.id), let title = plainSize(entry.pointee.title) else { return nil }
            size += id + 1 + title + 1
            if let link = entry.pointee.previous {
                guard let title = plainSize(link.title) else { return nil }
                size += previousLabel.utf8CodeUnitCount + title + ending(of: link).utf8CodeUnitCount
            }
            if let link = entry.pointee.next {
                guard let title = plainSize(link.title) else { return nil }
                size += nextLabel.utf8CodeUnitCount + title + ending(of: link).utf8CodeUnitCount
            }
        }
        return size
    }

    /// How many bytes `text` takes, or nil when it needs an escape.
    private static func plainSize(_ text: borrowing String) -> Int? {
        text.utf8.withContiguousStorageIfAvailable { ControlEscaping.holdsEscapes($0) ? nil : $0.count } ?? nil
    }

    /// The lines of `run`, whose names need no escape, written straight into an array of the
    /// `size` they take: no array grown, no check of its room at each piece.
    private static func plainText(of run: UnsafeBufferPointer<LibraryEntry>, size: Int) -> [UInt8] {
        [UInt8](unsafeUninitializedCapacity: size) { buffer, written in
            var output = Cursor(place: buffer.baseAddress!)
            for place in run.indices {
                let entry = run.baseAddress! + place
                output.write(entry.pointee.id)
                output.write(0x09)
                output.write(entry.pointee.title)
                output.write(0x0A)
                if let link = entry.pointee.previous {
                    output.write(previousLabel)
                    output.write(link.title)
                    output.write(ending(of: link))
                }
                if let link = entry.pointee.next {
                    output.write(nextLabel)
                    output.write(link.title)
                    output.write(ending(of: link))
                }
            }
            written = output.place - buffer.baseAddress!
        }
    }

    /// Where the next bytes go in room made for them ahead (`plainText`).
    private struct Cursor {
        var place: UnsafeMutablePointer<UInt8>

        mutating func write(_ bytes: UnsafeBufferPointer<UInt8>) {
            guard let base = bytes.baseAddress else { return }
            place.initialize(from: base, count: bytes.count)
            place += bytes.count
        }

        mutating func write(_ text: borrowing String) {
            _ = text.utf8.withContiguousStorageIfAvailable { write($0) }
        }

        mutating func write(_ literal: StaticString) {
            write(UnsafeBufferPointer(start: literal.utf8Start, count: literal.utf8CodeUnitCount))
        }

        mutating func write(_ byte: UInt8) {
            place.initialize(to: byte)
            place += 1
        }
    }

    private static let previousLabel: StaticString = "\tPrevious: "
    private static let nextLabel: StaticString = "\tNext: "

    /// What follows a link's title on its line.
    private static func ending(of link: borrowing ArticleLink) -> StaticString {
        link.id == nil ? " (not in library)\n" : "\n"
    }

    /// The lines of the entry at `entry`, its fields read in place (`entries[place]` copies it).
    private static func append(_ entry: UnsafePointer<LibraryEntry>, to output: inout [UInt8]) {
        append(entry.pointee.id, to: &output)
        output.append(0x09)
        append(entry.pointee.title, to: &output)
        output.append(0x0A)
        if let link = entry.pointee.previous { append(link, labelled: previousLabel, to: &output) }
        if let link = entry.pointee.next { append(link, labelled: nextLabel, to: &output) }
    }

    private static func append(_ link: borrowing ArticleLink, labelled label: StaticString, to output: inout [UInt8]) {
        append(literal: label, to: &output)
        append(link.title, to: &output)
        append(literal: ending(of: link), to: &output)
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
