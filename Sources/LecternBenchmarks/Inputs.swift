import Foundation

/// SplitMix64: small, fast and the same on every platform, so a seed always gives the same inputs.
struct SeededGenerator: RandomNumberGenerator {
    private var state: UInt64

    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

/// Articles in the blog's export format (see ARTICLE-FORMAT.md): a title, headings, paragraphs
/// of 40–150 words on one line each (or hard-wrapped), `- ` lists, a rule, a note, a source
/// link and a Previous/Next footer.
struct ArticleWriter {
    /// A word that no generated text contains unless it is planted: library search looks for it.
    static let plantedWord = "quixotry"
    /// A word that no generated text ever contains.
    static let absentWord = "zugzwang"

    private static let common = [
        "the", "of", "and", "to", "a", "in", "is", "that", "for", "it", "as", "with", "was", "on", "be",
        "by", "this", "are", "from", "at", "or", "we", "can", "may", "our", "their", "more", "when",
    ]
    private static let content = [
        "memory", "brain", "healing", "research", "patients", "therapy", "study", "window", "trauma",
        "emotion", "practice", "body", "mind", "science", "evidence", "change", "pathway", "reward",
        "system", "cells", "signal", "response", "treatment", "approach", "experience", "attention",
        "sleep", "stress", "recovery", "balance", "growth", "insight", "habit", "morning", "journey",
        "careful", "gentle", "profound", "lasting", "natural", "social", "recent", "deeper", "quiet",
        "remember", "release", "process", "support", "explore", "suggest", "reveal", "modify", "carry",
    ]
    /// About one word in 70, so most paragraphs have one or two: an English blog, not a French one.
    private static let accented = [
        "café", "naïve", "façade", "résumé", "déjà", "fiancée", "piñata", "crème", "brûlée", "élan",
        "Zürich", "São", "Paulo", "jalapeño", "señora", "über", "Ångström", "coöperate", "rôle", "entrée",
    ]

    private var random: SeededGenerator

    init(seed: UInt64) { random = SeededGenerator(seed: seed) }

    mutating func int(_ range: ClosedRange<Int>) -> Int { Int.random(in: range, using: &random) }

    /// A 16-digit hex tag, like the ones in the export's file names.
    mutating func tag() -> String { String(format: "%016llx", random.next()) }

    private mutating func word() -> String {
        let list = switch int(0...139) {
        case 0..<2: Self.accented
        case 2..<58: Self.common
        default: Self.content
        }
        return list.randomElement(using: &random)!
    }

    private mutating func words(_ count: Int) -> [String] { (0..<count).map { _ in word() } }

    private func capitalized(_ word: String) -> String { word.prefix(1).uppercased() + word.dropFirst() }

    /// Title case, no closing punctuation: it reads as a heading.
    mutating func title() -> String {
        words(int(3...7)).map(capitalized).joined(separator: " ")
    }

    /// Sentences of 6–18 words until `count` words; with `planted`, one of them is replaced by it.
    mutating func paragraph(words count: Int, planting planted: String? = nil, closing: String = ".") -> String {
        var all = words(count)
        if let planted { all[int(0...(count - 1))] = planted }
        var text = ""
        var sentenceStart = 0
        while sentenceStart < count {
            let end = min(count, sentenceStart + int(6...18))
            let sentence = all[sentenceStart..<end].joined(separator: " ")
            if !text.isEmpty { text += " " }
            text += capitalized(sentence) + (end == count ? closing : ".")
            sentenceStart = end
        }
        return text
    }

    /// An article of about `bytes` bytes (at least one section). `plantEvery`: one paragraph in
    /// that many gets the planted word. `wrapAt`: hard-wrap paragraphs and list items at that width.
    mutating func article(title: String, previous: String?, next: String?, bytes: Int,
                          plantEvery: Int? = nil, wrapAt: Int? = nil) -> String {
        var blocks: [String] = [title]
        var size = title.utf8.count
        // Sizes count the unwrapped text, so a wrapped article has the same words as an unwrapped one.
        func add(_ block: String, wrappedWithIndent indent: String? = nil) {
            blocks.append(indent.map { wrapped(block, at: wrapAt, indent: $0) } ?? block)
            size += block.utf8.count + 2
        }
        var paragraphs = 0
        repeat {
            add(self.title())
            for _ in 0..<int(2...6) {
                paragraphs += 1
                let planted = plantEvery.flatMap { paragraphs % $0 == 0 ? Self.plantedWord : nil }
                add(paragraph(words: int(40...150), planting: planted), wrappedWithIndent: "")
            }
            if int(0...2) == 0 {
                add(paragraph(words: int(8...20), closing: ":"))
                for _ in 0..<int(3...5) {
                    add("- " + paragraph(words: int(4...24)), wrappedWithIndent: "  ")
                }
            }
        } while size < bytes
        add("---")
        add("Note: " + paragraph(words: int(20...30)))
        add("https://example.org/articles/\(int(1000...9999))/\(words(3).joined(separator: "-"))")
        if let previous { add("Previous\nPrevious\n\n" + previous) }
        if let next { add("Next\nNext\n\n" + next) }
        return blocks.joined(separator: "\n\n")  // no final newline, like the export
    }

    /// `text` broken into lines of at most `width` characters, later lines indented.
    private func wrapped(_ text: String, at width: Int?, indent: String) -> String {
        guard let width else { return text }
        var lines: [String] = []
        var line = ""
        for word in text.split(separator: " ") {
            if !line.isEmpty, line.count + 1 + word.count > width {
                lines.append(line)
                line = indent
            }
            line += (line.isEmpty || line == indent ? "" : " ") + word
        }
        lines.append(line)
        return lines.joined(separator: "\n")
    }
}

/// The inputs of one benchmark run, written into a fresh temporary folder.
struct BenchmarkInputs {
    let root: String
    /// One long-line article, alone in its folder so a library can hold just it.
    let bigArticle: String
    let bigArticleWrapped: String
    let libraryFolder: String
    let libraryCount: Int
    /// The library's articles that contain the planted word.
    let plantedCount: Int

    static func write(seed: UInt64, articleBytes: Int, libraryCount: Int) -> BenchmarkInputs {
        let root = NSTemporaryDirectory() + "lectern-bench-\(getpid())"
        let libraryFolder = root + "/library"
        for folder in [root + "/big", root + "/big-wrapped", libraryFolder] {
            do {
                try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
            } catch {
                fail("cannot create \(folder): \(error)")
            }
        }
        var writer = ArticleWriter(seed: seed)
        let big = writer.article(title: "A Very Long Article", previous: "The One Before", next: "The One After",
                                 bytes: articleBytes, plantEvery: 20)
        let bigArticle = root + "/big/00001_big.txt"
        save(big, to: bigArticle)
        var wrappedWriter = ArticleWriter(seed: seed)
        let wrapped = wrappedWriter.article(title: "A Very Long Article", previous: "The One Before",
                                            next: "The One After", bytes: articleBytes, plantEvery: 20, wrapAt: 72)
        let bigArticleWrapped = root + "/big-wrapped/00001_big.txt"
        save(wrapped, to: bigArticleWrapped)

        let titles = (0..<libraryCount).map { _ in writer.title() }
        // Every hundredth article, from a seeded start, gets the planted word: 1% of the library.
        let plantStart = writer.int(0...99)
        var plantedCount = 0
        for index in 0..<libraryCount {
            let planted = index % 100 == plantStart
            if planted { plantedCount += 1 }
            let text = writer.article(
                title: titles[index], previous: index > 0 ? titles[index - 1] : nil,
                next: index + 1 < libraryCount ? titles[index + 1] : nil,
                bytes: writer.int(2_000...12_000), plantEvery: planted ? 2 : nil)
            let name = String(format: "%05d_", index) + writer.tag() + ".txt"
            save(text, to: libraryFolder + "/" + name)
        }
        return BenchmarkInputs(root: root, bigArticle: bigArticle, bigArticleWrapped: bigArticleWrapped,
                               libraryFolder: libraryFolder, libraryCount: libraryCount, plantedCount: plantedCount)
    }

    private static func save(_ text: String, to path: String) {
        guard FileManager.default.createFile(atPath: path, contents: Data(text.utf8)) else {
            fail("cannot write \(path)")
        }
    }

    /// The folder to delete when the run ends, normally or through `fail`.
    nonisolated(unsafe) static var pendingRemoval: String?

    static func removePending() {
        if let root = pendingRemoval { try? FileManager.default.removeItem(atPath: root) }
        pendingRemoval = nil
    }
}
