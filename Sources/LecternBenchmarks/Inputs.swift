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

/// Articles in the blog's export format (see ARTICLE-FORMAT.md), written like the text users
/// export: curly apostrophes and quotes, dashes, accented words in every article, emoji or CJK
/// in some; a title, headings, paragraphs of 40–150 words on one line each (or hard-wrapped),
/// `- ` lists, a rule, a note, a source link and a Previous/Next footer.
struct ArticleWriter {
    /// A word in about 1% of the library's articles.
    static let plantedWord = "quixotry"
    /// A word that no generated text ever contains.
    static let absentWord = "zugzwang"
    /// A phrase with accented words, in about 8% of the articles.
    static let accentedPhrase = "crème brûlée"
    /// A capitalised name, searched case-sensitively, in about 5% of the articles.
    static let properName = "Lisbon"
    /// A phrase that a hard wrap splits in every wrapped article that has it (about 3% of all).
    static let wrappedPhrase = "silver lining"
    /// A word in every article.
    static let everywhereWord = "the"

    private static let common = [
        "the", "of", "and", "to", "a", "in", "is", "that", "for", "it", "as", "with", "was", "on", "be",
        "by", "this", "are", "from", "at", "or", "we", "can", "may", "our", "their", "more", "when",
        "it’s", "don’t", "we’re", "isn’t", "you’ll",
    ]
    private static let content = [
        "memory", "brain", "healing", "research", "patients", "therapy", "study", "window", "trauma",
        "emotion", "practice", "body", "mind", "science", "evidence", "change", "pathway", "reward",
        "system", "cells", "signal", "response", "treatment", "approach", "experience", "attention",
        "sleep", "stress", "recovery", "balance", "growth", "insight", "habit", "morning", "journey",
        "careful", "gentle", "profound", "lasting", "natural", "social", "recent", "deeper", "quiet",
        "remember", "release", "process", "support", "explore", "suggest", "reveal", "modify", "carry",
    ]
    /// About one word in 70: every article has some, as an English blog would. (Not the words of
    /// `accentedPhrase`, which only planting puts side by side.)
    private static let accented = [
        "café", "naïve", "façade", "résumé", "déjà", "fiancée", "piñata", "soufflé", "naïveté", "élan",
        "Zürich", "São", "Paulo", "jalapeño", "señora", "über", "Ångström", "coöperate", "rôle", "entrée",
    ]
    /// Words for the articles that have emoji or CJK (one in ten).
    private static let wide = ["🌱", "✨", "🧠", "東京", "学習", "記憶", "회복", "🙂", "気持ち", "心理学"]

    private var random: SeededGenerator
    /// Whether the article being written gets emoji and CJK words.
    private var usesWide = false

    init(seed: UInt64) { random = SeededGenerator(seed: seed) }

    mutating func int(_ range: ClosedRange<Int>) -> Int { Int.random(in: range, using: &random) }

    /// A 16-digit hex tag, like the ones in the export's file names.
    mutating func tag() -> String { String(format: "%016llx", random.next()) }

    private mutating func word() -> String {
        let list = switch int(0...139) {
        case 0..<2: Self.accented
        case 2..<3 where usesWide: Self.wide
        case 2..<58: Self.common
        default: Self.content
        }
        return list.randomElement(using: &random)!
    }

    private mutating func words(_ count: Int) -> [String] { (0..<count).map { _ in word() } }

    private func capitalized(_ word: String) -> String { word.prefix(1).uppercased() + word.dropFirst() }

    /// Title case, no closing punctuation: it reads as a heading.
    mutating func title() -> String {
        let saved = usesWide
        usesWide = false
        defer { usesWide = saved }
        return words(int(3...7)).map(capitalized).joined(separator: " ")
    }

    /// Sentences of 6–18 words until `count` words, some with a dash or a quotation; with
    /// `planted`, one word is replaced by it.
    mutating func paragraph(words count: Int, planting planted: String? = nil, closing: String = ".") -> String {
        var all = words(count)
        if let planted { all[int(0...(count - 1))] = planted }
        var text = ""
        var sentenceStart = 0
        while sentenceStart < count {
            let end = min(count, sentenceStart + int(6...18))
            var sentence = Array(all[sentenceStart..<end])
            if sentence.count > 4 {
                switch int(0...9) {
                case 0: sentence[2] += " –"
                case 1:
                    let joined = sentence.remove(at: sentence.count - 2)
                    sentence[sentence.count - 2] += "—" + joined
                case 2: sentence[1] = "“" + sentence[1]; sentence[3] += "”"
                case 3: sentence[sentence.count - 2] = "‘" + sentence[sentence.count - 2] + "’"
                default: break
                }
            }
            if !text.isEmpty { text += " " }
            text += capitalized(sentence.joined(separator: " ")) + (end == count ? closing : ".")
            sentenceStart = end
        }
        return text
    }

    /// What a library article carries besides ordinary text.
    struct Plants {
        var word = false
        var accentedPhrase = false
        var properName = false
        var wrappedPhrase = false
    }

    /// An article of about `bytes` bytes (at least one section). `plantEvery`: one paragraph in
    /// that many gets the planted word. `wrapAt`: hard-wrap paragraphs and list items at that width.
    mutating func article(title: String, previous: String?, next: String?, bytes: Int, plantEvery: Int? = nil,
                          plants: Plants = Plants(), wrapAt: Int? = nil, wide: Bool = false) -> String {
        usesWide = wide
        defer { usesWide = false }
        var blocks: [String] = [title]
        var size = title.utf8.count
        // Sizes count the unwrapped text, so a wrapped article has the same words as an unwrapped one.
        func add(_ block: String, wrappedWithIndent indent: String? = nil) {
            blocks.append(indent.map { wrapped(block, at: wrapAt, indent: $0) } ?? block)
            size += block.utf8.count + 2
        }
        // Each planted string goes into one of the first paragraphs (a library article plants each once).
        var pending: [String] = []
        if plants.word { pending.append(Self.plantedWord) }
        if plants.accentedPhrase { pending.append(Self.accentedPhrase) }
        if plants.properName { pending.append(Self.properName) }
        // In a wrapped article the phrase is always split across two lines.
        if plants.wrappedPhrase { pending.append(wrapAt == nil ? Self.wrappedPhrase : "silver\u{1}lining") }
        var paragraphs = 0
        repeat {
            add(self.title())
            for _ in 0..<int(2...6) {
                paragraphs += 1
                var planted = plantEvery.flatMap { paragraphs % $0 == 0 ? Self.plantedWord : nil }
                if planted == nil, !pending.isEmpty { planted = pending.removeFirst() }
                add(paragraph(words: int(40...150), planting: planted), wrappedWithIndent: "")
            }
            if int(0...2) == 0 {
                add(paragraph(words: int(8...20), closing: ":"))
                for _ in 0..<int(3...5) {
                    add("- " + paragraph(words: int(4...24)), wrappedWithIndent: "  ")
                }
            }
        } while size < bytes || !pending.isEmpty
        add("---")
        add("Note: " + paragraph(words: int(20...30)))
        add("https://example.org/articles/\(int(1000...9999))/\(words(3).joined(separator: "-"))")
        if let previous { add("Previous\nPrevious\n\n" + previous) }
        if let next { add("Next\nNext\n\n" + next) }
        // No final newline, like the export.
        return blocks.joined(separator: "\n\n").replacingOccurrences(of: "\u{1}", with: "\n")
    }

    /// `text` broken into lines of at most `width` characters, later lines indented.
    private func wrapped(_ text: String, at width: Int?, indent: String) -> String {
        guard let width else { return text.replacingOccurrences(of: "\u{1}", with: " ") }
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

/// A library folder of generated articles, and what is planted in it.
struct LibraryInputs {
    let folder: String
    let count: Int
    let bytes: Int
    /// How many articles hold each planted word or phrase.
    let plantedCount: Int
    let accentedPhraseCount: Int
    let properNameCount: Int
    let wrappedPhraseCount: Int
    /// The first article's title, the first thing the reader's list shows.
    let firstTitle: String

    /// `count` articles of 2–40 KB (log-uniform: most are short), chained by Previous/Next links;
    /// one in four hard-wrapped, one in ten with CRLF line ends, one in ten with emoji or CJK.
    static func write(folder: String, count: Int, seed: UInt64) -> LibraryInputs {
        makeFolder(folder)
        var writer = ArticleWriter(seed: seed)
        let titles = (0..<count).map { _ in writer.title() }
        var counts = (word: 0, accented: 0, name: 0, wrapped: 0)
        var total = 0
        for index in 0..<count {
            var plants = ArticleWriter.Plants()
            plants.word = writer.int(0...99) == 0
            plants.accentedPhrase = writer.int(0...99) < 8
            plants.properName = writer.int(0...99) < 5
            plants.wrappedPhrase = writer.int(0...99) < 3
            counts.word += plants.word ? 1 : 0
            counts.accented += plants.accentedPhrase ? 1 : 0
            counts.name += plants.properName ? 1 : 0
            counts.wrapped += plants.wrappedPhrase ? 1 : 0
            let bytes = Int(2_000 * pow(20, Double(writer.int(0...1_000)) / 1_000))
            var text = writer.article(
                title: titles[index], previous: index > 0 ? titles[index - 1] : nil,
                next: index + 1 < count ? titles[index + 1] : nil, bytes: bytes, plants: plants,
                wrapAt: writer.int(0...3) == 0 ? 72 : nil, wide: writer.int(0...9) == 0)
            if writer.int(0...9) == 0 { text = text.replacingOccurrences(of: "\n", with: "\r\n") }
            let name = String(format: "%05d_", index) + writer.tag() + ".txt"
            total += save(text, to: folder + "/" + name)
        }
        return LibraryInputs(folder: folder, count: count, bytes: total, plantedCount: counts.word,
                             accentedPhraseCount: counts.accented, properNameCount: counts.name,
                             wrappedPhraseCount: counts.wrapped, firstTitle: titles.first ?? "")
    }
}

/// One big article alone in its folder (so a library can hold just it).
struct BigArticle {
    let path: String
    let bytes: Int

    static func write(folder: String, bytes: Int, wrapped: Bool, seed: UInt64) -> BigArticle {
        makeFolder(folder)
        var writer = ArticleWriter(seed: seed)
        let text = writer.article(title: "A Very Long Article", previous: "The One Before", next: "The One After",
                                  bytes: bytes, plantEvery: 20, wrapAt: wrapped ? 72 : nil, wide: true)
        let path = folder + "/00001_big.txt"
        let written = save(text, to: path)
        return BigArticle(path: path, bytes: written)
    }
}

/// Where all of a run's inputs go: a fresh temporary folder.
enum BenchmarkInputs {
    static func root() -> String { NSTemporaryDirectory() + "lectern-bench-\(getpid())" }

    /// The folder to delete when the run ends, normally or through `fail`.
    nonisolated(unsafe) static var pendingRemoval: String?

    static func removePending() {
        if let root = pendingRemoval { try? FileManager.default.removeItem(atPath: root) }
        pendingRemoval = nil
    }
}

func makeFolder(_ folder: String) {
    do {
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    } catch {
        fail("cannot create \(folder): \(error)")
    }
}

/// Writes `text` and returns its size in bytes.
@discardableResult
func save(_ text: String, to path: String) -> Int {
    let data = Data(text.utf8)
    guard FileManager.default.createFile(atPath: path, contents: data) else { fail("cannot write \(path)") }
    return data.count
}
