import Testing
@testable import LecternCore

/// Hand-made files whose oddity is only in a part the listing shows nothing of (the middle of a
/// file read whole, the part of a large file's head after its title line, the part of its tail
/// before the footer), at sizes read whole and read at both ends: the entry must be what
/// decoding the parts the listing reads gives (`ArticleText.decode`), rejections included.
@Suite struct ListingNastyMiddleTests {
    static let oddities: [(name: String, bytes: [UInt8])] = [
        ("invalid UTF-8", [0xC3, 0x28, 0xFF, 0x80]),
        ("a NUL", [0x41, 0x00, 0x42]),
        ("Windows-1252 quotes", [0x93, 0x51, 0x94, 0x20, 0x96, 0x20, 0xE9]),
        ("many Windows-1252 bytes", Array(repeating: 0xE9, count: 300)),
        ("NFD accents", Array("Cafe\u{301} re\u{301}sume\u{301}".utf8)),
        ("controls", [0x1B, 0x5B, 0x31, 0x6D, 0x07, 0x08, 0x0C, 0x7F, 0x1B, 0x5B, 0x30, 0x6D]),
        ("a lone CR", Array("one\rtwo".utf8)),
        ("a line separator", Array("one\u{2028}two\u{85}three".utf8)),
        ("an unfinished escape", [0x1B, 0x5D, 0x30, 0x3B]),
        ("emoji and CJK", Array("👍🏽 漢字 🇫🇷".utf8)),
        ("a control-dense run", Array(repeating: 0x01, count: 900)),
    ]
    static let openings: [[UInt8]] = [[], [0xEF, 0xBB, 0xBF], Array("\n\n".utf8)]
    static let footer = "\n\nPrevious\n\nThe “One” Before\n\nNext\nNext\n\nThe Café After\n"

    /// A file of about `size` bytes: a title, paragraphs, the oddity at `oddityAt`, a footer.
    static func file(size: Int, oddity: [UInt8], at oddityAt: Int, opening: [UInt8], crlf: Bool) -> [UInt8] {
        let newline: [UInt8] = crlf ? [0x0D, 0x0A] : [0x0A]
        func lines(_ text: String) -> [UInt8] { Array(text.utf8).split(separator: 0x0A, omittingEmptySubsequences: false).map(Array.init).joined(separator: newline).map { $0 } }
        var bytes = opening + lines("A “Title” – café\n\n")
        let paragraph = lines("Words with accents, déjà vu, and “curly” quotes — a paragraph of the body.\n\n")
        while bytes.count < size - 200 {
            if bytes.count <= oddityAt, bytes.count + paragraph.count > oddityAt { bytes += oddity + newline }
            bytes += paragraph
        }
        return bytes + lines(footer)
    }

    /// The entry decoding gives of what the listing reads of `bytes`: all of a file read whole,
    /// or its head and tail; nil when it is binary.
    static func decodedEntry(_ bytes: [UInt8]) -> LibraryEntry? {
        let excerpt = ArticleFile.Excerpt(wholeFile: bytes)
        guard let tail = excerpt.tail else {
            return ArticleText.decode(bytes).map { Library.entry(wholeText: $0, path: "p", id: "id") }
        }
        let head = excerpt.head.withUnsafeBufferPointer { Array($0[..<ArticleText.trimmedHeadEnd($0)]) }
        let end = tail.withUnsafeBufferPointer { Array($0[ArticleText.trimmedTailStart($0)...]) }
        guard let decodedHead = ArticleText.decode(head), let decodedEnd = ArticleText.decode(end) else { return nil }
        let links = ArticleParser.links(in: decodedEnd.text, isWhole: false)
        return LibraryEntry(id: "id", title: ArticleParser.title(inHead: decodedHead.text, id: "id"), path: "p",
                            previous: links.previous.map { ArticleLink(title: $0) }, next: links.next.map { ArticleLink(title: $0) },
                            encoding: decodedEnd.encoding == .utf8 ? decodedHead.encoding : decodedEnd.encoding,
                            isEmpty: !decodedHead.text.contains { !$0.isWhitespace }, wasReadWhole: false)
    }

    @Test func entriesAreWhatDecodingTheReadPartsGives() {
        var compared = 0
        for size in [2_500, 5_000, 7_900, 9_000, 20_000, 60_000] {
            for (name, oddity) in Self.oddities {
                for opening in Self.openings {
                    for crlf in [false, true] {
                        // In the middle; past a large file's head; just before its tail.
                        for oddityAt in [size / 2, ArticleFile.excerptSize + 300, size - ArticleFile.excerptSize + 100] {
                            let bytes = Self.file(size: size, oddity: oddity, at: oddityAt, opening: opening, crlf: crlf)
                            let expected = Self.decodedEntry(bytes)
                            let entry = try? Library.summarize(wholeFile: bytes, path: "p", id: "id")
                            #expect(entry == expected, "\(name), \(bytes.count) bytes, at \(oddityAt), crlf \(crlf), opening \(opening)")
                            compared += 1
                        }
                    }
                }
            }
        }
        #expect(compared > 1_000)
    }
}
