import LecternTestSupport
import Testing
@testable import LecternCore

/// `show` straight from a file's bytes in chunks writes what the whole path writes: the file
/// decoded, parsed, laid out and shown as one.
@Suite struct ShownChunksTests {
    /// `show`'s output of the article in `bytes` by the whole path.
    static func wholeOutput(_ bytes: [UInt8], width: Int) -> [UInt8] {
        let text = ArticleText.decode(bytes)!.text
        let document = Document(ArticleParser.parse(text, id: "random", path: ""))
        var shown: [UInt8] = []
        ArticleLayout.writeShownLines(document, width: width, pieceBytes: .max) {
            shown += $0
            return true
        }
        return shown
    }

    static func chunkedOutput(_ bytes: [UInt8], width: Int, chunkBytes: Int) -> [UInt8]? {
        var shown: [UInt8] = []
        let written = bytes.withUnsafeBufferPointer { bytes in
            ArticleLayout.writeShownLines(ofFile: bytes, width: width, chunkBytes: chunkBytes) {
                shown += $0
                return true
            }
        }
        return written ? shown : nil
    }

    /// A random article source with the nasty bits decoding and parsing care about: a byte order
    /// mark, controls and escape sequences, form feeds, lone CRs, decomposed accents, blank lines
    /// of spaces, long runs of blank lines.
    static func randomSource(_ random: inout SeededRandom) -> [UInt8] {
        var source = RandomArticle.source(&random, lines: 150 + random.next(upTo: 450))
        let nasties = ["\u{1B}[31m", "\u{0C}", "\r", "e\u{301}", "\u{7}", "\n\n\n", "  \n", "\t", "\u{202E}", "\r\n\r\n", "\u{10FC80}"]
        for _ in 0..<random.next(upTo: 8) {
            let offsets = source.utf8.count
            let cut = source.utf8.index(source.utf8.startIndex, offsetBy: random.next(upTo: offsets))
            guard cut.samePosition(in: source.unicodeScalars) != nil else { continue }
            source.insert(contentsOf: nasties[random.next(upTo: nasties.count)], at: cut)
        }
        var bytes = Array(source.utf8)
        if random.next(upTo: 8) == 0 { bytes = [0xEF, 0xBB, 0xBF] + bytes }
        return bytes
    }

    @Test func chunksShowAsTheWhole() {
        var cut = 0
        let seeds = PropertySeeds.range(default: 200)
        for seed in seeds {
            var random = SeededRandom(seed: seed)
            let bytes = Self.randomSource(&random)
            let width = [8, 9, 12, 17, 30, 40, 80, 123][random.next(upTo: 8)]
            let chunkBytes = 1 + random.next(upTo: 400)
            guard let chunked = Self.chunkedOutput(bytes, width: width, chunkBytes: chunkBytes) else { continue }
            cut += 1
            let whole = Self.wholeOutput(bytes, width: width)
            #expect(chunked == whole, "seed \(seed), width \(width), chunks of \(chunkBytes) bytes")
        }
        // Most sources were cut into chunks (a replayed seed alone may not be).
        #expect(seeds.count < 100 || cut * 2 > seeds.count)
    }

    /// Bytes that are not all UTF-8, or are binary, or too short are left to the whole path.
    @Test func filesNotToCutAreLeftWhole() {
        var random = SeededRandom(seed: 7)
        var bytes: [UInt8] = []
        while bytes.count < 4000 { bytes = Array(RandomArticle.source(&random, lines: 400).utf8) }
        #expect(Self.chunkedOutput(bytes, width: 40, chunkBytes: 100) != nil)
        #expect(Self.chunkedOutput(bytes, width: 40, chunkBytes: bytes.count) == nil)
        var stray = bytes
        stray[stray.count / 2 ..< stray.count / 2 + 1] = [0xFF]
        #expect(Self.chunkedOutput(stray, width: 40, chunkBytes: 100) == nil)
        var binary = bytes
        binary[bytes.count - 10] = 0
        #expect(Self.chunkedOutput(binary, width: 40, chunkBytes: 100) == nil)
    }

    /// The footer is found in the last chunk as in the whole text, however short the chunks.
    @Test func theFooterStaysInTheLastChunk() {
        let body = (1...40).map { "Paragraph \($0) has a few words in it." }.joined(separator: "\n\n")
        let source = Array("Title\n\n\(body)\n\nPrevious\n\nAn Earlier One\n\nNext\n\nA Later One\n".utf8)
        let chunked = Self.chunkedOutput(source, width: 30, chunkBytes: 50)
        #expect(chunked == Self.wholeOutput(source, width: 30))
        #expect(String(decoding: chunked ?? [], as: UTF8.self).hasSuffix("Next:     A Later One\n"))
    }
}
