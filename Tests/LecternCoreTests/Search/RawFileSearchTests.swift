import LecternTestSupport
import Testing
@testable import LecternCore

/// The library search counts plain files on their raw bytes, finds candidate matches several
/// bytes at a time and cuts snippets on bytes: each must agree with the way it replaces
/// (decoding, parsing and searching the passages; the byte-by-byte scan; the character snippet).
@Suite struct RawFileSearchTests {
    /// A random article as `BodyMatchCountTests` makes them, often in NFC (most files are), in
    /// CRLF, with a byte order mark, tabs or decomposed accents now and then.
    static func file(_ random: inout SeededRandom) -> [UInt8] {
        var text = Array((random.next(upTo: 3) == 0 ? "\n \n" : "").utf8) + Array("The Memory Title\n\n".utf8)
        for _ in 0..<(2 + random.next(upTo: 12)) {
            var block = Array(BodyMatchCountTests.markers[random.next(upTo: BodyMatchCountTests.markers.count)].utf8)
            // Now and then junk, Windows-1252 or CRs: a file that is not plain.
            if random.next(upTo: 12) == 0 {
                block += RandomArticleFile.make(&random)
            } else {
                let words = RandomArticleFile.words
                block += Array(RandomArticleFile.layOut((0..<(1 + random.next(upTo: 12))).map { _ in
                    words[random.next(upTo: words.count)]
                }, &random).utf8)
            }
            if random.next(upTo: 3) == 0 {
                block += Array((" " + BodyMatchCountTests.extras[random.next(upTo: BodyMatchCountTests.extras.count)]).utf8)
            }
            text += block + Array((random.next(upTo: 4) == 0 ? "\n" : "\n\n").utf8)
        }
        let footers = BodyMatchCountTests.footers + Self.footers
        text += Array(footers[random.next(upTo: footers.count)].utf8)
        if random.next(upTo: 3) > 0, let string = String(validating: text, as: UTF8.self) {
            text = Array(Normalization.nfc(string).utf8)
        }
        if random.next(upTo: 6) == 0, let string = String(validating: text, as: UTF8.self) {
            text = Array(string.replacingOccurrences(of: "é", with: "e\u{301}").utf8)
        }
        if random.next(upTo: 4) == 0 {
            text = text.flatMap { $0 == 0x20 && random.next(upTo: 20) == 0 ? [0x09] : [$0] }
        }
        if random.next(upTo: 3) == 0 { text = text.flatMap { $0 == 0x0A ? [0x0D, 0x0A] : [$0] } }
        if random.next(upTo: 8) == 0 { text = [0xEF, 0xBB, 0xBF] + text }
        return text
    }

    /// Footers and near-footers: labels run together, repeated, with long or sentence-like
    /// "titles", a label inside the last paragraphs.
    static let footers = [
        "\n\nPrevious\nThe kiss before\nNext\nMemory after",
        "\n\n« Previous\n\nthe kiss\n\n\n\nNext »\n\nthe memory",
        "\n\nNext\n\nThis is the last paragraph, a whole sentence about memory.",
        "\n\nNext\nNext\nNext\n\nthe\nkiss\nmemory",
        "\n\nPrevious\n\nthe kiss\n\nsome memory\n\nmore trauma\n\nNext\n\nthe end",
        "\n\nNext:\n\n\n",
        "\n\nPrevious post\n  \tthe kiss\n\n\u{A0}\n\nNext article\nthe memory\n",
    ]

    @Test func plainFilesDecodeToTheirOwnBytesButForCRsAndTabs() {
        var plain = 0
        for seed in PropertySeeds.range(default: 300) {
            var random = SeededRandom(seed: seed)
            let bytes = Self.file(&random)
            guard bytes.withUnsafeBufferPointer({ PlainFile.isPlain(PlainFile.text($0)) }) else { continue }
            plain += 1
            let decoded = ArticleText.decode(bytes)
            let text = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? bytes.dropFirst(3) : bytes[...]
            let expected: [UInt8] = text.compactMap { $0 == 0x0D ? nil : $0 == 0x09 ? 0x20 : $0 }
            #expect(decoded.map { Array($0.text.utf8) } == expected, "seed \(seed)")
            #expect(decoded?.encoding == .utf8 && decoded?.removedControls == 0, "seed \(seed)")
        }
        #expect(plain > 60)
    }

    @Test func filesThatDecodingChangesAreNotPlain() {
        func isPlain(_ text: String) -> Bool {
            Array(text.utf8).withUnsafeBufferPointer { PlainFile.isPlain(PlainFile.text($0)) }
        }
        #expect(isPlain("Title\r\n\r\ncafé “quoted” – 漢字 👍🏽\tend\n"))
        #expect(!isPlain("cafe\u{301}"))  // not NFC
        #expect(!isPlain("a\rb"))  // a CR alone is a line break
        #expect(!isPlain("a\u{1B}[1mb"))
        #expect(!isPlain("a\u{2028}b"))
        #expect(!isPlain("a\u{7F}b"))
        #expect(!Array("caf".utf8 + [0xE9]).withUnsafeBufferPointer { PlainFile.isPlain($0) })  // Windows-1252
    }

    /// On the raw bytes of a plain file: the count, snippets, title and footer links of the whole
    /// parse of the decoded text.
    @Test func countsOnRawBytesAsTheWholeParseDoes() {
        var compared = 0
        var onRawBytes = 0
        for seed in PropertySeeds.range(default: 300) {
            var random = SeededRandom(seed: seed)
            let bytes = Self.file(&random)
            guard let decoded = ArticleText.decode(bytes) else { continue }
            let article = ArticleParser.parse(decoded.text, id: "a", path: "")
            let passages = Array(Document(article).bodyPassages)
            // Words of the articles, and pieces of this one's passages.
            let queries = BodyMatchCountTests.queries.shuffled(using: &random).prefix(8)
                + RandomArticleFile.queries(for: passages, &random)
            for text in queries {
                guard let query = SearchQuery(text), BodyMatchCount.applies(to: query) else { continue }
                compared += 1
                let wanted = random.next(upTo: 4)
                guard let counted = bytes.withUnsafeBufferPointer({
                    BodyMatchCount(query, inFile: $0, id: "a", path: "", wanted: wanted)
                }) else { continue }
                onRawBytes += 1
                let results = SearchResults(query: query, passages: passages)
                let context = "seed \(seed), query \(text.debugDescription)"
                #expect(counted.count == results.count, "\(context)")
                let expected = results.matches.prefix(wanted).map { Snippet.make(for: $0, in: passages) }
                #expect(counted.firstMatches.map { Snippet.make(for: $0, in: counted.passages) } == expected, "\(context)")
                if counted.count > 0 {
                    #expect(counted.title == article.title, "\(context)")
                    #expect(counted.links.previous == article.previous?.title, "\(context)")
                    #expect(counted.links.next == article.next?.title, "\(context)")
                }
            }
        }
        #expect(compared > 1000)
        #expect(onRawBytes * 3 > compared)
    }

    @Test func literalScanAgreesWithAByteByByteScan() {
        var random = SeededRandom(seed: 7)
        let alphabet: [UInt8] = [0x74, 0x54, 0x68, 0x48, 0x65, 0x20, 0x0A, 0x27, 0xC3, 0xA9, 0xFF, 0x00]
        for _ in 0..<3000 {
            let bytes = (0..<random.next(upTo: 100)).map { _ in alphabet[random.next(upTo: alphabet.count)] }
            let places = (0..<(2 + random.next(upTo: 3))).map { _ -> (target: UInt8, caseBit: UInt8) in
                let byte = alphabet[random.next(upTo: alphabet.count)]
                let folds = ASCII.isLetter(byte) && random.next(upTo: 2) == 0
                return folds ? (byte | 0x20, 0x20) : (byte, 0)
            }
            let literal = ByteScan.Literal(places)!
            let start = random.next(upTo: bytes.count + 1)
            let expected = (start..<bytes.count).first { index in
                index + places.count <= bytes.count
                    && places.indices.allSatisfy { bytes[index + $0] | places[$0].caseBit == places[$0].target }
            } ?? bytes.count
            #expect(bytes.withUnsafeBufferPointer { ByteScan.next(literal, in: $0, from: start) } == expected)
        }
    }

    @Test func plainSnippetAgreesWithTheCharacterSnippet() {
        var random = SeededRandom(seed: 5)
        let pieces = ["the", "kiss", " ", " ", "  ", "memory", "a", "b", "c ", "dd", "eee", "ff", "the ", " of", "é", "e\u{301}", "漢字", "👍🏽", "\u{600}", "x", "\u{A0}", "a–b", ".", "\t"]
        var byBytes = 0
        for _ in 0..<4000 {
            let passage = (0..<random.next(upTo: 40)).map { _ in pieces[random.next(upTo: pieces.count)] }.joined()
            let scalars = passage.unicodeScalars.map(\.value)
            guard !scalars.isEmpty else { continue }
            let offsets = scalars.reduce(into: [0]) { $0.append($0.last! + String(Unicode.Scalar($1)!).utf8.count) }
            let first = random.next(upTo: scalars.count)
            let last = first + random.next(upTo: min(4, scalars.count - first))
            let match = offsets[first]..<offsets[last + 1]
            let context = random.next(upTo: 12)
            guard let fast = Snippet.plainSnippet(passage, match, context: context) else { continue }
            byBytes += 1
            #expect(fast == Snippet.characterSnippet(passage, match, context: context),
                    "\(passage.debugDescription) \(match) \(context)")
        }
        #expect(byBytes > 500)
    }

    @Test func collapsedTextIsRecognised() {
        var random = SeededRandom(seed: 3)
        let pieces = ["a", " ", "\u{A0}", "\t", "é", "\n", "b"]
        for _ in 0..<2000 {
            let text = (0..<random.next(upTo: 8)).map { _ in pieces[random.next(upTo: pieces.count)] }.joined()
            #expect(WhiteSpace.isCollapsed(text) == (WhiteSpace.collapsed(text) == text), "\(text.debugDescription)")
        }
    }

    /// `lectern search` reads the folder without listing it: the same hits as a search of the
    /// listed library, entries and all (but for the links' ids, which only the listing resolves).
    @Test func folderSearchFindsWhatTheListedLibraryDoes() throws {
        var random = SeededRandom(seed: 11)
        var files: [String: [UInt8]] = [:]
        for index in 0..<60 {
            let name = "\(index).txt"
            files[name] = Self.file(&random)
            if random.next(upTo: 5) == 0 {
                files[name]! += Array("\n\nPrevious\nPrevious\n\nThe Memory Title\n\nNext:\n\(index + 1).txt title".utf8)
            }
        }
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        for (name, bytes) in files { try folder.write(name, bytes: bytes) }
        let library = try Library.open(folder: folder.path)
        var found = 0
        for text in BodyMatchCountTests.queries + ["zebra", "self-care", "漢字"] {
            let query = try #require(SearchQuery(text))
            let listed = LibrarySearch.run(query, in: library)
            let direct = try LibrarySearch.run(query, folder: folder.path)
            found += direct.count
            #expect(direct.map(\.entry.id) == listed.map(\.entry.id), "\(text)")
            for (a, b) in zip(direct, listed) {
                var entry = b.entry
                entry.previous?.id = nil
                entry.next?.id = nil
                #expect(a.entry == entry, "\(text) in \(a.entry.id)")
                #expect(a.count == b.count && a.snippets == b.snippets, "\(text) in \(a.entry.id)")
            }
        }
        #expect(found > 200)
    }
}

extension RawFileSearchTests {
    /// `PlainFile` passes the commonest scalars outside ASCII without looking them up.
    @Test func commonScalarsArePlain() {
        for value in UInt32(0xA0)..<0x300 { #expect(TextDecoder.copiesUnchanged(value)) }
        for value in UInt32(0x2010)...0x2027 { #expect(TextDecoder.copiesUnchanged(value)) }
    }
}

@Suite struct LoneLineSnippetTests {
    /// Without its passages kept, the count cuts a lone line's snippets from the bytes around
    /// the match; without links, it parses the footer only when a match or a snippet's line may
    /// reach it. Either way: the count and snippets of the whole parse, on raw and decoded text.
    @Test func snippetsCutFromBytesAreThoseOfTheWholeParse() {
        var compared = 0
        var fromLines = 0
        for seed in PropertySeeds.range(default: 300) {
            var random = SeededRandom(seed: seed)
            let bytes = random.next(upTo: 2) == 0 ? RawFileSearchTests.file(&random) : BodyMatchCountTests.article(&random)
            guard let decoded = ArticleText.decode(bytes) else { continue }
            let passages = Array(Document(ArticleParser.parse(decoded.text, id: "a", path: "")).bodyPassages)
            let queries = BodyMatchCountTests.queries.shuffled(using: &random).prefix(8)
                + RandomArticleFile.queries(for: passages, &random)
            for text in queries {
                guard let query = SearchQuery(text), BodyMatchCount.applies(to: query) else { continue }
                let wanted = random.next(upTo: 4)
                let results = SearchResults(query: query, passages: passages)
                let expected = results.matches.prefix(wanted).map { Snippet.make(for: $0, in: passages) }
                for findsLinks in [true, false] {
                    let onBytes = bytes.withUnsafeBufferPointer {
                        BodyMatchCount(query, inFile: $0, id: "a", path: "", wanted: wanted, keepsPassages: false,
                                       findsLinks: findsLinks)
                    }
                    let onText = BodyMatchCount(query, in: decoded.text, id: "a", path: "", wanted: wanted,
                                                keepsPassages: false, findsLinks: findsLinks)
                    for counted in [onBytes, onText].compactMap({ $0 }) {
                        compared += 1
                        if counted.snippetsFromLines { fromLines += 1 }
                        let context = "seed \(seed), query \(text.debugDescription), links \(findsLinks)"
                        #expect(counted.count == results.count, "\(context)")
                        #expect(counted.snippets == expected, "\(context)")
                    }
                }
            }
        }
        #expect(compared > 2000)
        #expect(fromLines * 10 > compared, "\(fromLines) of \(compared)")
    }

    /// What `lectern search` prints: the hits of the folder search, but for the links.
    @Test func folderSearchWithoutLinksFindsTheSameHits() throws {
        var random = SeededRandom(seed: 23)
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        for index in 0..<60 {
            var bytes = RawFileSearchTests.file(&random)
            if random.next(upTo: 3) == 0 { bytes += Array("\n\nPrevious\nPrevious\n\nThe kiss\n\nNext:\nmemory \(index)".utf8) }
            try folder.write("\(index).txt", bytes: bytes)
        }
        var found = 0
        for text in BodyMatchCountTests.queries + ["zebra", "self-care", "漢字"] {
            let query = try #require(SearchQuery(text))
            let withLinks = try LibrarySearch.run(query, folder: folder.path)
            let printed = try LibrarySearch.run(query, folder: folder.path, findsLinks: false)
            found += printed.count
            #expect(printed.map(\.entry.id) == withLinks.map(\.entry.id), "\(text)")
            for (a, b) in zip(printed, withLinks) {
                #expect(a.entry.title == b.entry.title && a.count == b.count && a.snippets == b.snippets,
                        "\(text) in \(a.entry.id)")
            }
        }
        #expect(found > 200)
    }
}

@Suite struct PlainFileLanesTests {
    /// The lanes that pass plain ASCII text sixteen bytes at a time, stopping at any other byte,
    /// judge a file as the scalar by scalar check does, on text made of common scalars, the ones
    /// next to them that are not (controls, a line separator, a combining mark, emoji) and broken
    /// UTF-8 (cut, stray bytes).
    @Test func agreeWithTheScalarCheck() {
        let pieces: [[UInt8]] = [
            Array("the ".utf8), Array("memory".utf8), [0x0A], [0x09], Array("é".utf8), Array("\u{A0}".utf8),
            Array("ʼ".utf8), Array("’".utf8), Array("–".utf8), Array("…".utf8), Array("©".utf8), Array("Ë".utf8),
            [0x0D, 0x0A], [0x0D], Array("\u{2028}".utf8), Array("\u{200B}".utf8), Array("€".utf8), Array("\u{85}".utf8),
            Array("\u{301}".utf8), Array("漢".utf8), Array("👍🏽".utf8), [0x7F], [0x1B], [0x00], [0xC3], [0xE2],
            [0xE2, 0x80], [0x80], [0xA0], [0xC2, 0x41], [0xE2, 0x80, 0x41], [0xFF], [0xCC, 0x81], [0xE2, 0x81, 0x9F],
        ]
        var random = SeededRandom(seed: 17)
        var plain = 0
        for _ in 0..<8000 {
            // Mostly common pieces, so that the lanes take long runs of them.
            var bytes: [UInt8] = []
            for _ in 0..<random.next(upTo: 60) {
                bytes += pieces[random.next(upTo: 12) == 0 ? random.next(upTo: pieces.count) : random.next(upTo: 12)]
            }
            let byLanes = bytes.withUnsafeBufferPointer { PlainFile.isPlain($0) }
            let byScalars = bytes.withUnsafeBufferPointer { PlainFile.isPlain($0, byLanes: false) }
            #expect(byLanes == byScalars, "\(bytes)")
            if byScalars { plain += 1 }
        }
        #expect(plain > 1000)
        for seed in PropertySeeds.range(default: 300) {
            var random = SeededRandom(seed: seed)
            let bytes = RawFileSearchTests.file(&random)
            #expect(bytes.withUnsafeBufferPointer { PlainFile.isPlain($0) == PlainFile.isPlain($0, byLanes: false) },
                    "seed \(seed)")
        }
    }
}

@Suite struct MatchCountTests {
    /// Counting the matches of a stretch with no call per match (`count(in:from:before:)`) finds
    /// what finding them one at a time does, and the scan resumes where it should.
    @Test func countingAStretchAgreesWithFindingEachMatch() {
        var compared = 0
        for seed in PropertySeeds.range(default: 200) {
            var random = SeededRandom(seed: seed)
            guard var text = ArticleText.decode(RawFileSearchTests.file(&random))?.text else { continue }
            for queryText in BodyMatchCountTests.queries + RandomArticleFile.queries(for: [text], &random) {
                guard let query = SearchQuery(queryText) else { continue }
                let all = query.ranges(in: text)
                // A scan resumes from the start or from the end of a match.
                let k = random.next(upTo: all.count + 1)
                let start = k == 0 ? 0 : all[k - 1].upperBound
                text.withUTF8 { bytes in
                    let limit = random.next(upTo: bytes.count + 2)
                    let counted = all[k...].prefix { $0.lowerBound < limit }
                    let (count, resume) = query.count(in: bytes, from: start, before: limit)
                    let context = "seed \(seed), query \(queryText.debugDescription), from \(start) before \(limit)"
                    #expect(count == counted.count, "\(context)")
                    #expect(resume == (counted.last?.upperBound ?? start), "\(context)")
                    var rest: [Range<Int>] = []
                    var next = resume
                    while let match = query.nextMatch(in: bytes, from: next) {
                        rest.append(match)
                        next = match.upperBound
                    }
                    #expect(rest == Array(all[(k + counted.count)...]), "\(context)")
                }
                compared += 1
            }
        }
        #expect(compared > 2000)
    }
}
