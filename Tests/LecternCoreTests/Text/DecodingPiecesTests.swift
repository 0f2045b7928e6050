import LecternTestSupport
import Testing
@testable import LecternCore

/// Bytes decoded in pieces cut after line feeds (on all cores) give the text and the count of
/// removed controls of one pass, or nil exactly when one pass finds bytes that are not UTF-8.
@Suite struct DecodingPiecesTests {
    static func decodeBoth(_ bytes: [UInt8], pieceBytes: Int) -> (pieced: DecodedText?, whole: DecodedText?, pieces: Int) {
        bytes.withUnsafeBufferPointer { buffer in
            (TextDecoder.sanitizedUTF8(buffer, pieceBytes: pieceBytes),
             TextDecoder.sanitized(buffer, as: .utf8, repairing: false),
             TextDecoder.decodingPieces(buffer, pieceBytes: pieceBytes).count)
        }
    }

    @Test func piecesDecodeAsOne() {
        var split = 0
        var invalid = 0
        let seeds = PropertySeeds.range(default: 2000)
        for seed in seeds {
            var random = SeededRandom(seed: seed)
            var bytes: [UInt8] = []
            for _ in 0..<random.next(upTo: 120) {
                // Mostly text, so that most inputs are UTF-8; now and then a stray byte.
                let piece = ParserFuzzTests.pieces[random.next(upTo: ParserFuzzTests.pieces.count)]
                if piece.count == 1, piece[0] >= 0x80, random.next(upTo: 4) != 0 { continue }
                bytes += piece
            }
            let pieceBytes = 1 + random.next(upTo: 40)
            let (pieced, whole, pieces) = Self.decodeBoth(bytes, pieceBytes: pieceBytes)
            if pieces > 1 { split += 1 }
            if whole == nil { invalid += 1 }
            #expect(pieced?.text == whole?.text, "seed \(seed)")
            #expect(pieced?.removedControls == whole?.removedControls, "seed \(seed)")
            #expect((pieced == nil) == (whole == nil), "seed \(seed)")
        }
        // Both answers were tested, on text cut in pieces (a replayed seed alone may not be).
        #expect(seeds.count < 100 || split * 2 > seeds.count)
        #expect(seeds.count < 100 || (invalid * 20 > seeds.count && invalid * 20 < seeds.count * 19))
    }

    @Test func aByteOrderMarkIsSkippedOnlyAtTheStart() {
        // The second piece starts with the mark (U+FEFF, a zero-width no-break space there).
        let bytes = Array("\u{FEFF}Title\n\u{FEFF}Text after a mark\nMore\n".utf8)
        let (pieced, whole, pieces) = Self.decodeBoth(bytes, pieceBytes: 1)
        #expect(pieces > 2)
        #expect(pieced?.text == whole?.text)
        #expect(pieced?.text.hasPrefix("Title") == true && pieced?.text.contains("\u{FEFF}Text") == true)
    }

    @Test func piecesEndAfterLineFeeds() {
        let bytes = Array(String(repeating: "line of text\n", count: 100).utf8)
        bytes.withUnsafeBufferPointer { buffer in
            let pieces = TextDecoder.decodingPieces(buffer, pieceBytes: 50)
            #expect(pieces.count > 10)
            #expect(pieces.dropLast().allSatisfy { buffer[$0.upperBound - 1] == 0x0A && $0.count >= 50 })
            #expect(zip(pieces, pieces.dropFirst()).allSatisfy { $0.upperBound == $1.lowerBound })
            #expect(pieces.last?.upperBound == buffer.count)
        }
    }
}
