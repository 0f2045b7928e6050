import LecternTestSupport
import Testing
@testable import LecternCore

@Suite struct RawFilePrefilterTests {
    func mayMatch(_ query: String, _ bytes: [UInt8]) -> Bool {
        bytes.withUnsafeBytes { SearchQuery(query)!.mayMatch($0) }
    }

    func mayMatch(_ query: String, _ file: String) -> Bool { mayMatch(query, Array(file.utf8)) }

    let article = """
        Breaking Free\r\n\r\nTrauma can be one of life's most profound teachers. Through our\r\n\
        wounds, we often develop deeper empathy.\r\n\r\n- Reduce the intensity of traumatic memories
        """

    @Test func passesFilesThatHoldTheQuery() {
        #expect(mayMatch("profound", article))
        #expect(mayMatch("PROFOUND", "a profound\nPROFOUND"))
        #expect(mayMatch("our wounds", article))  // across a CRLF hard wrap
        #expect(mayMatch("  deeper   empathy ", article))
    }

    @Test func rejectsFilesThatCannotHoldTheQuery() {
        #expect(!mayMatch("zebra", article))
        #expect(!mayMatch("profound zebra", article))
        #expect(!mayMatch("Profound", article))  // smart case: case-sensitive
    }

    @Test func searchesTheLongestReliableASCIIPieces() {
        func needles(_ text: String, caseSensitive: Bool = false) -> [String] {
            RawFilePrefilter(text: text, caseSensitive: caseSensitive).needles.map { String(decoding: $0, as: UTF8.self) }
        }
        #expect(needles("café au chocolat") == ["chocolat", "caf", "au"])
        #expect(needles("one two three four") == ["three", "four", "one"])
        // k, s and i may be written as Kelvin sign, long s or dotless i; ";" and "`" may come from NFC.
        #expect(needles("kettle") == ["ettle"])
        #expect(needles("Kettle", caseSensitive: true) == ["ettle"])
        #expect(needles("kiss") == [])
        #expect(needles("a;b") == ["a", "b"])
        #expect(needles("漢字") == [])
    }

    /// Canonical decompositions exist only below U+30000; none of them is from ASCII.
    @Test func knowsEveryScalarThatNFCMapsToASCII() {
        var found: [UInt32] = []
        for value in UInt32(0x300)..<0x30000 {
            guard let scalar = Unicode.Scalar(value) else { continue }
            if Normalization.nfc(String(scalar)).unicodeScalars.contains(where: \.isASCII) { found.append(value) }
        }
        #expect(found == RawFilePrefilter.asciiByNormalization)
    }

    @Test func withoutAPieceEveryFilePasses() {
        #expect(mayMatch("漢字", "nothing like it"))
        #expect(mayMatch("kiss", "nothing like it"))
    }

    @Test func seesThroughBytesTheParserRemoves() {
        #expect(mayMatch("profound", "pro\u{7}found"))  // a stray control character
        #expect(mayMatch("profound", "pro\u{AD}found"))  // a soft hyphen
        #expect(mayMatch("profound", [0x70, 0x72, 0x6F, 0x81, 0x66, 0x6F, 0x75, 0x6E, 0x64]))  // undefined in Windows-1252
        #expect(mayMatch("profound", "p\0r\0o\0f\0o\0u\0n\0d\0"))
        #expect(!mayMatch("profound", "pro found"))
        #expect(!mayMatch("profound", "pro\nfound"))
    }

    @Test func passesEveryFileThatHasAnEscapeSequence() {
        #expect(mayMatch("profound", "pro\u{1B}[1mfound"))
        #expect(mayMatch("zebra", "unrelated \u{1B}]0;title\u{7} text"))
        #expect(mayMatch("zebra", "unrelated \u{9B}1m text"))  // C1 CSI in UTF-8
        // A lone 0x9B makes the file Windows-1252, where it is "›": nothing is hidden.
        #expect(!mayMatch("zebra", [0x61, 0x9B, 0x31, 0x6D]))
        #expect(!mayMatch("zebra", "typographic ‘quotes’ and – dashes ›"))  // continuation bytes are not controls
    }

    @Test func readsWindows1252Files() {
        let file: [UInt8] = Array("caf".utf8) + [0xE9, 0x20, 0x93] + Array("profound".utf8) + [0x94]
        #expect(mayMatch("profound", file))
        #expect(!mayMatch("zebra", file))
    }

    /// Over random files, whenever the parsed text has a match the raw bytes must pass; and the
    /// filter must still reject a fair share of files without one.
    @Test func neverRejectsAFileWithAMatch() {
        var random = SeededRandom(seed: 2024)
        var rejected = 0
        var withoutMatch = 0
        for _ in 0..<300 {
            let file = RandomArticleFile.make(&random)
            let passages = parsedPassages(file)
            for query in RandomArticleFile.queries(for: passages, &random) {
                guard let search = SearchQuery(query) else { continue }
                let found = passages.contains { !search.ranges(in: $0).isEmpty }
                let passed = file.withUnsafeBytes { search.mayMatch($0) }
                if found {
                    #expect(passed, "query \(query.debugDescription) rejected file \(file)")
                } else {
                    withoutMatch += 1
                    if !passed { rejected += 1 }
                }
            }
        }
        #expect(withoutMatch > 100)
        #expect(rejected * 2 > withoutMatch)
    }
}

/// Random article files with the variations the library has: line endings, hard wraps, blank
/// runs, tabs, mixed scripts, Windows-1252, and junk inside words.
enum RandomArticleFile {
    static let words = ["ketamine", "Trauma", "MEMORY", "the", "kiss", "sks", "a;b", "x`y", "profound", "whole",
                        "café", "cafe\u{301}", "naïve", "Straße", "STRAẞE", "λόγος", "ΛΌΓΟΣ", "привет", "漢字", "です",
                        "ſtill", "ıt", "\u{212A}elvin", "a\u{37E}b", "x\u{1FEF}y", "👍🏽", "emoji👨‍👩", "–", "“quoted”"]
    static let windows1252Words = ["ketamine", "Trauma", "MEMORY", "the", "kiss", "café", "naïve", "Straße", "“quoted”", "–", "œuvre"]
    static let junk = ["\u{7}", "\u{AD}", "\u{1B}[31m", "\u{1B}]0;t\u{7}", "\u{9B}2J", "\u{200B}", "\t", "\u{85}", "\u{FEFF}"]

    static func make(_ random: inout SeededRandom) -> [UInt8] {
        let cp1252 = random.next(upTo: 4) == 0
        let vocabulary = cp1252 ? windows1252Words : words
        // Junk in half the files only: an escape sequence makes the whole file pass.
        let hasJunk = !cp1252 && random.next(upTo: 2) == 0
        var paragraphs: [String] = []
        for _ in 0..<(1 + random.next(upTo: 4)) {
            var paragraph: [String] = []
            for _ in 0..<(1 + random.next(upTo: 12)) {
                var word = vocabulary[random.next(upTo: vocabulary.count)]
                if hasJunk, random.next(upTo: 15) == 0 {
                    let cut = word.index(word.startIndex, offsetBy: random.next(upTo: word.count + 1))
                    word.insert(contentsOf: junk[random.next(upTo: junk.count)], at: cut)
                }
                paragraph.append(word)
            }
            paragraphs.append(layOut(paragraph, &random))
        }
        let newline = random.next(upTo: 2) == 0 ? "\r\n" : "\n"
        let blank = String(repeating: newline, count: 2 + random.next(upTo: 2))
        let text = paragraphs.joined(separator: blank).replacingOccurrences(of: "\n", with: newline)
        return cp1252 ? encodeWindows1252(text) : Array(text.utf8)
    }

    /// One long line, or hard-wrapped every few words, with stray spaces and tabs.
    static func layOut(_ words: [String], _ random: inout SeededRandom) -> String {
        let wrapEvery = random.next(upTo: 2) == 0 ? Int.max : 1 + random.next(upTo: 4)
        var text = ""
        for (index, word) in words.enumerated() {
            if index > 0 {
                text += index % wrapEvery == 0 ? (random.next(upTo: 3) == 0 ? "  \n  " : "\n") : (random.next(upTo: 5) == 0 ? " \t " : " ")
            }
            text += word
        }
        return text
    }

    static func encodeWindows1252(_ text: String) -> [UInt8] {
        let byteOf = Dictionary((0...255).map { (Windows1252.scalar(UInt8($0)), UInt8($0)) }) { first, _ in first }
        return text.unicodeScalars.map { byteOf[$0.value]! }
    }

    /// Pieces of the parsed text (often re-cased or respaced), whole words, and absent words.
    static func queries(for passages: [String], _ random: inout SeededRandom) -> [String] {
        var queries = ["zebra", "Zebra", "memory", "trauma", "the ketamine", "kelvin", "still", "it", "a;b"]
        queries.append(words[random.next(upTo: words.count)])
        for _ in 0..<4 {
            guard let passage = passages.randomElement(using: &random) else { break }
            let scalars = Array(passage.unicodeScalars)
            let start = random.next(upTo: scalars.count)
            let length = 1 + random.next(upTo: min(14, scalars.count - start))
            var query = String(String.UnicodeScalarView(scalars[start..<(start + length)]))
            switch random.next(upTo: 3) {
            case 0: query = query.lowercased()
            case 1: query = query.replacingOccurrences(of: " ", with: "   ")
            default: break
            }
            queries.append(query)
        }
        return queries
    }
}

/// The passages the reader would search in a file, through the real decoder and parser.
func parsedPassages(_ file: [UInt8]) -> [String] {
    guard let decoded = ArticleText.decode(file) else { return [] }
    return Document(ArticleParser.parse(decoded.text, id: "random", path: "")).passages
}
