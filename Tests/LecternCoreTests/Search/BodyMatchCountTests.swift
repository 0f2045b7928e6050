import LecternTestSupport
import Testing
@testable import LecternCore

/// Library search counts matches on the decoded text and parses only the first blocks for
/// snippets: over random articles it must find the count and snippets of the whole parse.
@Suite struct BodyMatchCountTests {
    static let markers = ["", "", "", "- ", "* ", "1. ", "12. ", "> ", "## ", "  ", "• ", "Note: "]
    static let extras = ["self-\ncare", "well-\nbeing", "漢\n字", "---", "", "Previous", "Next:", "https://x.org/a",
                         "the\n\nkiss", "café\n  au lait", "> ", "\u{A0}", "memory trauma"]
    static let footers = ["\n\nPrevious\n\nThe kiss before\n\nNext\nNext\n\nMemory after", "\n\nNext:\nthe café", ""]

    static func article(_ random: inout SeededRandom) -> [UInt8] {
        var text = Array((random.next(upTo: 3) == 0 ? "\n \n" : "") .utf8)
        text += Array("The Memory Title\n\n".utf8)
        for _ in 0..<(2 + random.next(upTo: 12)) {
            var block = Array(markers[random.next(upTo: markers.count)].utf8)
            block += RandomArticleFile.make(&random)
            if random.next(upTo: 3) == 0 { block += Array((" " + extras[random.next(upTo: extras.count)]).utf8) }
            text += block + Array((random.next(upTo: 4) == 0 ? "\n" : "\n\n").utf8)
        }
        return text + Array(footers[random.next(upTo: footers.count)].utf8)
    }

    static let queries = ["memory", "the", "kiss", "café", "trauma", "Memory", "the kiss", "care", "self", "being",
                          "straße", "λόγος", "привет", "it", "still", "kelvin", "note", "previous", "next", "au lait",
                          "don’t", "ketamine trauma", "whole profound"]

    @Test func countsAndSnippetsAsTheWholeParse() {
        var quick = 0
        var fromLines = 0
        var compared = 0
        for seed in PropertySeeds.range(default: 200) {
            var random = SeededRandom(seed: seed)
            let bytes = Self.article(&random)
            guard let decoded = ArticleText.decode(bytes) else { continue }
            let passages = Array(Document(ArticleParser.parse(decoded.text, id: "a", path: "")).bodyPassages)
            var queries = Self.queries.shuffled(using: &random).prefix(6)
            if let passage = passages.randomElement(using: &random), passage.count > 2 {
                let words = passage.split(separator: " ")
                let start = random.next(upTo: words.count)
                queries.append(words[start..<min(words.count, start + 1 + random.next(upTo: 3))].joined(separator: " "))
            }
            for text in queries {
                guard let query = SearchQuery(text), BodyMatchCount.applies(to: query) else { continue }
                compared += 1
                let wanted = random.next(upTo: 4)
                guard let counted = BodyMatchCount(query, in: decoded.text, id: "a", path: "", wanted: wanted) else {
                    continue
                }
                quick += 1
                if counted.snippetsFromLines { fromLines += 1 }
                let results = SearchResults(query: query, passages: passages)
                #expect(counted.count == results.count, "seed \(seed), query \(text.debugDescription)")
                let expected = results.matches.prefix(wanted).map { Snippet.make(for: $0, in: passages) }
                let snippets = counted.firstMatches.map { Snippet.make(for: $0, in: counted.passages) }
                #expect(snippets == expected, "seed \(seed), query \(text.debugDescription)")
            }
        }
        #expect(compared > 500)
        #expect(quick * 2 > compared)
        // Snippets taken from lone lines, without a parse, are compared above too.
        #expect(fromLines * 10 > quick, "\(fromLines) of \(quick)")
    }

    @Test func leavesOtherQueriesToTheWholeParse() {
        #expect(BodyMatchCount.applies(to: SearchQuery("Café au lait")!))
        #expect(BodyMatchCount.applies(to: SearchQuery("don’t")!))
        #expect(!BodyMatchCount.applies(to: SearchQuery("self-care")!))  // joined across a wrap
        #expect(!BodyMatchCount.applies(to: SearchQuery("漢字")!))  // ideographs join without a space
        #expect(!BodyMatchCount.applies(to: SearchQuery("1. step")!))  // a list marker
        #expect(!BodyMatchCount.applies(to: SearchQuery("x\u{301}y")!))  // a mark that may cling to white space
    }

    @Test func stepsAsideForAMatchAcrossLines() {
        let query = SearchQuery("the kiss")!
        #expect(BodyMatchCount(query, in: "Title\n\nthe\n\nkiss", id: "a", path: "", wanted: 3) == nil)
        #expect(BodyMatchCount(query, in: "Title\n\nthe kiss", id: "a", path: "", wanted: 3)?.count == 1)
        #expect(BodyMatchCount(query, in: "  \n\n", id: "a", path: "", wanted: 3) == nil)  // titled by its id
    }
}
