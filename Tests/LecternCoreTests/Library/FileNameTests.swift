#if canImport(Glibc)
import Glibc
#endif
import LecternTestSupport
import Testing
@testable import LecternCore

/// File names are bytes: any name the system can hold comes back byte for byte, and is shown
/// with its odd bytes and controls escaped.
@Suite struct FileNameTests {
    @Test func anyBytesRoundTrip() {
        for seed in PropertySeeds.range(default: 2000) {
            var random = SeededRandom(seed: seed)
            let pieces: [[UInt8]] = [[0xFF], [0xC3], [0xC3, 0xA9], [0xE2, 0x82], [0xED, 0xA0, 0x80], [0xF4, 0x8F, 0xB3, 0xBF],
                                     Array("a".utf8), Array("漢".utf8), [0x0A], [0x1B], [0x80], Array("\u{10FC80}".utf8)]
            var bytes: [UInt8] = []
            for _ in 0..<random.next(upTo: 12) { bytes += pieces[random.next(upTo: pieces.count)] }
            let name = FileName.string(fromBytes: bytes)
            #expect(FileName.bytes(of: name) == bytes, "seed \(seed): \(bytes)")
            #expect(FileName.string(fromBytes: FileName.bytes(of: name)) == name, "seed \(seed)")
        }
    }

    /// ASCII names take a shortcut (bytes in one piece, none above 0x7F): the same name as the
    /// general way makes, which a collection not in one piece takes.
    @Test func asciiShortcutMakesWhatTheGeneralWayMakes() {
        for seed in PropertySeeds.range(default: 2000) {
            var random = SeededRandom(seed: seed)
            var bytes = (0..<random.next(upTo: 40)).map { _ in UInt8(random.next(upTo: 0x80)) }
            if random.next(upTo: 4) == 0, !bytes.isEmpty { bytes[random.next(upTo: bytes.count)] = UInt8(0x80 + random.next(upTo: 0x80)) }
            let general = FileName.string(fromBytes: bytes.lazy.map { $0 })
            #expect(FileName.string(fromBytes: bytes) == general, "seed \(seed): \(bytes)")
            #expect(Array(FileName.string(fromBytes: bytes).utf8) == Array(general.utf8), "seed \(seed): \(bytes)")
        }
    }

    @Test func utf8NamesAreUnchanged() {
        #expect(FileName.string(fromBytes: Array("Café 漢字.txt".utf8)) == "Café 漢字.txt")
        #expect(!FileName.hasRawBytes("Café 漢字.txt"))
    }

    @Test func aStrayByteIsKeptAndShownEscaped() {
        let name = FileName.string(fromBytes: Array("bad".utf8) + [0xFF] + Array("name.txt".utf8))
        #expect(FileName.hasRawBytes(name))
        #expect(ControlEscaping.escaped(name) == "bad\\xffname.txt")
    }

    @Test func controlsAreShownEscaped() {
        #expect(ControlEscaping.escaped("new\nline") == "new\\nline")
        #expect(ControlEscaping.escaped("\u{1B}]0;pwned\u{7}title") == "\\x1b]0;pwned\\x07title")
        #expect(ControlEscaping.escaped("tab\there\r") == "tab\\there\\r")
        #expect(ControlEscaping.escaped("c1\u{9B}2J del\u{7F}") == "c1\\u{9b}2J del\\x7f")
        #expect(ControlEscaping.escaped("evil\u{202E}txt.exe") == "evil\\u{202e}txt.exe")
        #expect(ControlEscaping.escaped("Plain, é 漢 😀") == "Plain, é 漢 😀")
    }

    @Test func jsonShowsARawByteAsText() {
        let name = FileName.string(fromBytes: [0x61, 0xFF])
        #expect(JSONValue.string(name).serialized() == #""a\\xff""#)
        #expect(JSONValue.string("a\nb\u{1B}").serialized() == #""a\nb\u001b""#)
    }
}

extension FileNameTests {
    /// A folder's article files are told by their names' bytes when the names are ASCII: the
    /// same answer as asking the name whether it ends in ".txt" and starts with ".".
    @Test func articleNamesAreToldAsTheStringTellsThem() {
        let pieces = [".", "t", "x", "T", ".txt", "a", " ", "\r", "\n", "é", "\u{301}", "\u{600}", "txt"]
        for seed in PropertySeeds.range(default: 2_000) {
            var random = SeededRandom(seed: seed)
            let name = (0..<random.next(upTo: 6)).map { _ in pieces[random.next(upTo: pieces.count)] }.joined()
            #expect(Library.isArticleName(name) == (name.hasSuffix(".txt") && !name.hasPrefix(".")), "seed \(seed): \(name.debugDescription)")
        }
    }
}

extension FileNameTests {
    /// A folder listing tells most names from their bytes before making them Strings: it must
    /// keep exactly the names the String test keeps, "." and ".." never, whatever the bytes.
    @Test func aListingKeepsTheNamesTheStringTestKeeps() throws {
        let pieces: [[UInt8]] = [Array(".".utf8), Array(".txt".utf8), Array("t".utf8), Array("a".utf8), Array("é".utf8),
                                 [0xCC, 0x81], [0xD8, 0x80], [0xFF], [0xC3], Array(" ".utf8), Array("TXT".utf8)]
        for seed in PropertySeeds.range(default: 10) {
            var random = SeededRandom(seed: seed)
            let folder = try TemporaryFolder()
            defer { folder.remove() }
            var made: Set<[UInt8]> = []
            for _ in 0..<40 {
                var bytes: [UInt8] = []
                for _ in 0..<(1 + random.next(upTo: 5)) { bytes += pieces[random.next(upTo: pieces.count)] }
                guard bytes != Array(".".utf8), bytes != Array("..".utf8) else { continue }
                let path = Array(folder.path.utf8) + [UInt8(ascii: "/")] + bytes + [0]
                let descriptor = path.withUnsafeBufferPointer { open(UnsafeRawPointer($0.baseAddress!).assumingMemoryBound(to: CChar.self), O_CREAT | O_WRONLY, 0o644) }
                guard descriptor >= 0 else { continue }
                close(descriptor)
                made.insert(bytes)
            }
            let listed = try Library.articleNames(in: folder.path)
            let expected = made.map { FileName.string(fromBytes: $0) }.filter { $0.hasSuffix(".txt") && !$0.hasPrefix(".") }
            #expect(Set(listed.names) == Set(expected), "seed \(seed)")
            #expect(listed.names.count == expected.count && listed.inodes.count == expected.count, "seed \(seed)")
        }
    }
}
