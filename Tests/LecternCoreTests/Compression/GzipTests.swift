import Foundation
import LecternTestSupport
import Testing
@testable import LecternCore

/// gzip decompression against the system's `gzip` (Essential on Debian): what it writes comes
/// back byte for byte, whatever the level and whichever block types it chose.
@Suite struct GzipTests {
    let folder: TemporaryFolder

    init() throws { folder = try TemporaryFolder(prefix: "lectern-gzip") }

    func gzip(_ bytes: [UInt8], level: Int = 6, name: Bool = true) throws -> [UInt8] {
        try SystemGzip.compress(bytes, level: level, name: name, in: folder)
    }

    /// Text like the articles', bytes gzip cannot shrink (stored blocks), and long runs
    /// (copies that overlap what they write).
    static func sample(_ seed: UInt64) -> [UInt8] {
        var random = SeededRandom(seed: seed)
        switch seed % 4 {
        case 0: return (0..<random.next(upTo: 70_000)).map { _ in UInt8(truncatingIfNeeded: random.next()) }
        case 1: return Array(String(repeating: "ab", count: random.next(upTo: 40_000)).utf8) + [0x0A]
        default: return Array(RandomArticle.source(&random, lines: 1 + random.next(upTo: 400)).utf8)
        }
    }

    @Test func whatGzipWroteComesBackByteForByte() throws {
        defer { folder.remove() }
        var blockTypes = Set<UInt8>()
        for seed in PropertySeeds.range(default: 24) {
            let original = Self.sample(seed)
            for level in [1, 9] {
                let compressed = try gzip(original, level: level, name: false)
                blockTypes.insert(compressed[10] >> 1 & 0b11)  // the first block's type
                #expect(try Gzip.decompress(compressed) == original, "seed \(seed), level \(level)")
            }
        }
        #expect(try Gzip.decompress(try gzip([])) == [])
        // Stored, fixed-code and dynamic-code blocks were all read.
        #expect(blockTypes == [0, 1, 2])
    }

    @Test func everyOptionalHeaderFieldIsSkipped() throws {
        defer { folder.remove() }
        let original = Array("Header fields\n\nA body after an extra field, a name, a comment and a header check.\n".utf8)
        let plain = try gzip(original, name: false)
        // FEXTRA (4), FNAME (8), FCOMMENT (16), FHCRC (2), in the order RFC 1952 puts them.
        var header = Array(plain[0..<10])
        header[3] = 0x04 | 0x08 | 0x10 | 0x02
        header += [3, 0, 0xAA, 0xBB, 0xCC]
        header += Array("name.txt".utf8) + [0]
        header += Array("a comment".utf8) + [0]
        header += [0x12, 0x34]
        #expect(try Gzip.decompress(header + plain[10...]) == original)
        // gzip's own header with the file's name in it.
        #expect(try Gzip.decompress(try gzip(original, name: true)) == original)
    }

    @Test func membersFollowOneAnotherAndPaddingAfterThemIsIgnored() throws {
        defer { folder.remove() }
        let first = Array("First member.\n".utf8)
        let second = Array("Second member.\n".utf8)
        let joined = try gzip(first) + (try gzip(second))
        #expect(try Gzip.decompress(joined) == first + second)
        #expect(try Gzip.decompress(joined + [0, 0, 0, 0]) == first + second)
    }

    @Test func aCutOrDamagedFileIsRefusedNeverTrapped() throws {
        defer { folder.remove() }
        var random = SeededRandom(seed: 7)
        let original = Array(RandomArticle.source(&random, lines: 60).utf8)
        let compressed = try gzip(original)
        for end in 0..<compressed.count {
            #expect(throws: DecompressionError.self) { try Gzip.decompress(Array(compressed[..<end]), limit: 1 << 20) }
        }
        // A flipped bit anywhere: refused, or (in a header byte nothing reads) the same text.
        for index in compressed.indices {
            var damaged = compressed
            damaged[index] ^= 1 << UInt8(random.next(upTo: 8))
            if let result = try? Gzip.decompress(damaged, limit: 1 << 20) { #expect(result == original, "byte \(index)") }
        }
    }

    @Test func aBombStopsAtTheLimit() throws {
        defer { folder.remove() }
        let zeros = try gzip([UInt8](repeating: 0, count: 4 << 20), level: 9)
        #expect(zeros.count < 10_000)
        #expect(throws: DecompressionError.tooLarge(limit: 1 << 20)) { try Gzip.decompress(zeros, limit: 1 << 20) }
    }

    @Test func aDamagedFileSaysWhatIsWrongWithIt() {
        let error = LibraryError.file("notes.gz", .damagedGzip(.truncated))
        #expect(error.description == "a damaged gzip file: it ends too soon: notes.gz")
    }
}
