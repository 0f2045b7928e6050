import LecternTestSupport
import Testing
@testable import LecternCore

/// `ListingText` writes runs of entries on all cores: its bytes must be the listing written
/// entry by entry as text, whatever the names hold and however many entries there are.
@Suite struct ListingTextTests {
    static let names = ["Plain", "café", "Tab\there", "line\nbreak", "\u{1B}[31mred", "\u{202E}evil", "漢字",
                        "quote “x”", "", "bell\u{7}", "zero\u{200B}width", String(repeating: "long ", count: 40)]

    /// The listing as the command wrote it before: one String per line.
    static func slowListing(_ library: Library) -> String {
        let shown = ControlEscaping.escaped
        var text = ""
        for entry in library.entries {
            text += shown(entry.id) + "\t" + shown(entry.title) + "\n"
            if let link = entry.previous { text += "\tPrevious: " + shown(link.title) + (link.id == nil ? " (not in library)\n" : "\n") }
            if let link = entry.next { text += "\tNext: " + shown(link.title) + (link.id == nil ? " (not in library)\n" : "\n") }
        }
        return text
    }

    @Test func writesWhatTheTextListingWrites() {
        for seed in PropertySeeds.range(default: 20) {
            var random = SeededRandom(seed: seed)
            // Up to a few runs of entries, so that runs are joined in order.
            let count = [0, 1, 2, ListingText.run - 1, ListingText.run + 1, 3 * ListingText.run + 7][random.next(upTo: 6)]
            func name() -> String { Self.names[random.next(upTo: Self.names.count)] + String(random.next(upTo: 50)) }
            let entries = (0..<count).map { index in
                LibraryEntry(id: "\(index)-" + name(), title: name(), path: "p\(index)",
                             previous: random.next(upTo: 3) == 0 ? nil : ArticleLink(title: name()),
                             next: random.next(upTo: 3) == 0 ? nil : ArticleLink(title: name()))
            }
            let library = Library(folder: "f", entries: entries)
            #expect(ListingText.bytes(of: library) == Array(Self.slowListing(library).utf8), "seed \(seed)")
            #expect(ListingText.pieces(of: library).count == (count + ListingText.run - 1) / ListingText.run)
            var written: [[UInt8]] = []
            ListingText.write(library) { written.append($0); return true }
            #expect(written == ListingText.pieces(of: library), "seed \(seed): written in order as they are made")
            var stopped = 0
            ListingText.write(library) { _ in stopped += 1; return false }
            #expect(stopped == min(1, written.count), "seed \(seed): nothing after a write that fails")
        }
    }
}

extension ListingTextTests {
    /// Runs whose names need no escape are counted and copied into an array of their size, and
    /// a run with one name that does is written as any other: both give the text listing, with
    /// the one escaped name anywhere in the run, or in none.
    @Test func plainRunsAndRunsWithOneEscapeWriteWhatTheTextListingWrites() {
        let plain = Self.names.filter { !ControlEscaping.holdsEscapes($0) }
        let escaped = Self.names.filter(ControlEscaping.holdsEscapes)
        #expect(plain.count >= 5 && escaped.count >= 4)
        for seed in PropertySeeds.range(default: 20) {
            var random = SeededRandom(seed: seed)
            let count = [1, 2, ListingText.run, ListingText.run + 1, 2 * ListingText.run + 3][random.next(upTo: 5)]
            // -1: no escaped name at all.
            let escapedPlace = random.next(upTo: 2) == 0 ? -1 : random.next(upTo: count)
            let escapedField = random.next(upTo: 4)
            func name(_ place: Int, _ field: Int) -> String {
                if place == escapedPlace, field == escapedField { return escaped[random.next(upTo: escaped.count)] }
                return plain[random.next(upTo: plain.count)] + String(random.next(upTo: 50))
            }
            let entries = (0..<count).map { index in
                LibraryEntry(id: "\(index)-" + name(index, 0), title: name(index, 1), path: "p\(index)",
                             previous: random.next(upTo: 3) == 0 && escapedPlace != index ? nil : ArticleLink(title: name(index, 2)),
                             next: random.next(upTo: 3) == 0 && escapedPlace != index ? nil : ArticleLink(title: name(index, 3)))
            }
            let library = Library(folder: "f", entries: entries)
            #expect(ListingText.bytes(of: library) == Array(Self.slowListing(library).utf8), "seed \(seed)")
        }
    }
}
