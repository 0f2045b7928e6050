import LecternTestSupport
import Testing
@testable import LecternCore

/// A snippet cut from the bytes around a match in a hard-wrapped paragraph must be the one the
/// whole parse gives, whatever the lines around it are: other markers, tabs, double and
/// trailing spaces, hyphens and accents at line ends, addresses, headings, CRLF.
@Suite struct WrappedLineSnippetTests {
    static let words = ["the", "memory", "café", "naïve", "it’s", "“quoted”", "—", "healing", "therapy", "window", "…",
                        "Note:", "the", "the", "a", "to"]
    /// Now and then: what a plain snippet or the joining of lines leaves to the general case.
    static let nastyWords = ["e\u{301}", "😀", "日本語", "self-", "a\tb", "x  y", "\u{A0}", "www.x.org"]
    static let lineStarts = ["", "", "", "", "", "", "", "", "", "", "", "", "- ", "12. ", "> ", "## ", "  ", "\t", "https://x.org/a ", "Then ",
                             "---"]
    static let lineEnds = ["", "", "", "", "", "", "", "", "", "", "", "", "", "", "  ", "-", " \u{A0}", "…", "”", ".", ":", "\t"]

    static func line(_ random: inout SeededRandom) -> String {
        let count = 1 + random.next(upTo: 14)
        let text = (0..<count).map { _ in
            random.next(upTo: 30) == 0 ? nastyWords[random.next(upTo: nastyWords.count)] : words[random.next(upTo: words.count)]
        }.joined(separator: " ")
        return lineStarts[random.next(upTo: lineStarts.count)] + text + lineEnds[random.next(upTo: lineEnds.count)]
    }

    /// A title and blocks of wrapped lines, without a footer (the body runs to the end).
    static func article(_ random: inout SeededRandom) -> [UInt8] {
        var text = "The Title\n" + (random.next(upTo: 3) == 0 ? "" : "\n")
        for _ in 0..<(1 + random.next(upTo: 6)) {
            text += (0..<(1 + random.next(upTo: 12))).map { _ in line(&random) }.joined(separator: "\n")
            text += random.next(upTo: 5) == 0 ? "\n" : "\n\n"
        }
        var bytes = Array(text.utf8)
        if random.next(upTo: 6) == 0 { bytes = bytes.flatMap { $0 == 0x0A ? [0x0D, 0x0A] : [$0] } }
        return bytes
    }

    @Test func snippetsAreThoseOfTheWholeParse() {
        var cut = 0
        var compared = 0
        for seed in PropertySeeds.range(default: 400) {
            var random = SeededRandom(seed: seed)
            let bytes = Self.article(&random)
            guard let decoded = ArticleText.decode(bytes) else { continue }
            let passages = Array(Document(ArticleParser.parse(decoded.text, id: "a", path: "")).bodyPassages)
            var queries = ["the", "memory", "café", "it", "e", "quoted", "self", "note", "healing", "x", "window"]
            if let passage = passages.randomElement(using: &random),
               let word = passage.split(separator: " ").randomElement(using: &random) {
                queries.append(String(word))
            }
            let text = Array(decoded.text.utf8)
            // The decoded text, and the raw bytes when they are that text but for CRs and tabs.
            let forms = bytes.withUnsafeBufferPointer { PlainFile.isPlain($0) } ? [bytes, text] : [text]
            for (form, isDecoded) in zip(forms, forms.count == 2 ? [false, true] : [true]) {
                for queryText in queries {
                    guard let query = SearchQuery(queryText) else { continue }
                    let results = SearchResults(query: query, passages: passages)
                    form.withUnsafeBufferPointer { form in
                        let lines = TextLines(bytes: form, isDecoded: isDecoded)
                        guard let title = lines.firstNonBlankLine() else { return }
                        var matches: [Range<Int>] = []
                        var next = title.lowerBound
                        while let match = query.nextMatch(in: form, from: next) {
                            matches.append(match)
                            next = match.upperBound
                        }
                        guard matches.count == results.count else { return }
                        for (match, span) in zip(matches, results.matches) {
                            let line = lines.start(ofLineEndingAt: match.lowerBound, floor: 0)..<lines.end(ofLineAt: match.lowerBound)
                            compared += 1
                            guard let snippet = BodyMatchCount.wrappedLineSnippet(of: match, line: line, in: lines, title: title,
                                                                                  endsBody: { _ in false })
                            else { continue }
                            cut += 1
                            #expect(snippet == Snippet.make(for: span, in: passages),
                                    "seed \(seed), query \(queryText.debugDescription), decoded \(isDecoded)")
                        }
                    }
                }
            }
        }
        #expect(compared > 2000)
        // Most places are left to the parse (lone lines, other markers, wide or joining
        // scalars near the match): those cut are still thousands.
        #expect(cut > 2000, "\(cut) of \(compared)")
    }
}
