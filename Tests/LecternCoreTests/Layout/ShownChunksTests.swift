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

    /// A chunk taken as its own text (`plainText`) is the text the decoder and NFC make of it;
    /// the chunks it turns down hold something they change. Random sources, with and without
    /// nasty bits, whole and cut at a random line feed (a chunk but the first keeps any mark).
    @Test func plainChunksAreTheirDecodedText() {
        var plain = 0, turnedDown = 0
        for seed in PropertySeeds.range(default: 300) {
            var random = SeededRandom(seed: seed)
            var bytes = Self.randomSource(&random)
            if random.next(upTo: 2) == 0 {
                // Without tabs, CRs and decomposed accents, most sources are plain.
                bytes = Array(String(String(decoding: bytes, as: UTF8.self).unicodeScalars.filter {
                    $0 != "\t" && $0 != "\r" && $0 != "\u{301}"
                }).utf8)
            }
            let isFirst = random.next(upTo: 2) == 0
            if !isFirst, let cut = bytes.indices.filter({ bytes[$0] == 0x0A }).randomElement(using: &random) {
                bytes = Array(bytes[(cut + 1)...])
            }
            bytes.withUnsafeBufferPointer { chunk in
                guard TextDecoder.isUTF8(chunk) else { return }
                let decoded = TextDecoder.sanitized(chunk, as: .utf8, repairing: false, skipsByteOrderMark: isFirst)!
                let expected = Normalization.nfc(decoded.text)
                if let text = ArticleLayout.plainText(chunk, isFirst: isFirst) {
                    plain += 1
                    #expect(text == expected && Array(text.utf8) == Array(expected.utf8), "seed \(seed)")
                } else {
                    turnedDown += 1
                    let unchanged = Array(expected.utf8) == Array((isFirst ? PlainFile.text(chunk) : chunk))
                    #expect(!unchanged || chunk.contains(0x09) || chunk.contains(0x0D) || chunk.isEmpty, "seed \(seed)")
                }
            }
        }
        #expect(plain > 20 && turnedDown > 20, "\(plain) plain, \(turnedDown) turned down")
    }

    /// A NUL byte past the head `isBinary` sniffs makes a file binary all the same.
    @Test func aNulFarIntoTheFileLeavesItWhole() {
        var random = SeededRandom(seed: 11)
        var bytes: [UInt8] = []
        while bytes.count < 3 * TextDecoder.binarySniffLength { bytes += Array(RandomArticle.source(&random, lines: 400).utf8) }
        #expect(Self.chunkedOutput(bytes, width: 40, chunkBytes: 1000) != nil)
        bytes[bytes.count - 100] = 0
        #expect(Self.chunkedOutput(bytes, width: 40, chunkBytes: 1000) == nil)
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
