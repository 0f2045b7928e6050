#if canImport(Glibc)
import Glibc
#endif

/// Counting an article's matches on its decoded text, without building its blocks and passages,
/// and parsing only as far as the snippets need.
///
/// The parser keeps every character of the body that a letter can match: it takes out markers
/// (`- `, `1. `, `> `, `#`), rules and blank lines, trims line ends, joins lines with a space (or
/// nothing, after a hyphen or between ideographs) and collapses spaces, none of which a letter
/// is. So for a query of letters, apostrophes and spaces, a match that lies within one line of
/// the body is a match in the passages and the other way round; only a match across a line
/// break could differ (the lines may be in different blocks). When one is found, or when the
/// query has other characters, the caller parses the whole article.
struct BodyMatchCount {
    /// Matches in the body (the title line up to the footer).
    var count: Int
    /// The first matches as the passages of a parse of the article's first blocks see them.
    var firstMatches: [TextSpan]
    /// Those first blocks' passages (the title first), for snippets.
    var passages: [String]

    /// Whether every match of `query` is within a line for the count above to hold.
    static func applies(to query: SearchQuery) -> Bool {
        query.text.unicodeScalars.allSatisfy { scalar in
            switch scalar {
            case " ", "'", "\u{2019}": return true
            case "a"..."z", "A"..."Z": return true
            default:
                return !scalar.isASCII && scalar.properties.isAlphabetic && DisplayWidth.of(scalar) == 1
            }
        }
    }

    /// Nil when the article needs the whole parse: it has no title line, or a match crosses a
    /// line break. `text` is the decoded, normalised text; `query` must pass `applies(to:)`.
    init?(_ query: SearchQuery, in text: String, id: String, path: String, wanted: Int) {
        let lines = ArticleParser.sourceLines(text)
        guard let titleLine = lines.firstIndex(where: { !$0.trimmingWhitespace().isEmpty }) else { return nil }
        let footer = Footer.find(in: lines, bodyStart: titleLine + 1)
        let bodyEnd = footer?.startLine ?? lines.count
        let utf8 = text.utf8
        let start = utf8.distance(from: utf8.startIndex, to: lines[titleLine].startIndex)
        let end = bodyEnd < lines.count ? utf8.distance(from: utf8.startIndex, to: lines[bodyEnd].startIndex) : utf8.count
        var count = 0
        var crossesLine = false
        var wantedEnd = start
        var bytes = text
        bytes.withUTF8 { bytes in
            let body = UnsafeBufferPointer(rebasing: bytes[start..<end])
            query.forEachMatch(in: body) { range in
                if !crossesLine, memchr(body.baseAddress! + range.lowerBound, 0x0A, range.count) != nil {
                    crossesLine = true
                }
                count += 1
                if count == wanted { wantedEnd = start + range.upperBound }
            }
        }
        guard !crossesLine else { return nil }
        self.count = count
        guard count > 0, wanted > 0 else {
            firstMatches = []
            passages = []
            return
        }
        // Parse up to a line that starts a new block whatever came before it: an unindented line
        // after a blank one. Every block before it is then as the whole parse makes it.
        var cut = bodyEnd
        if count >= wanted {
            let index = utf8.index(utf8.startIndex, offsetBy: wantedEnd - 1)
            cut = lines.firstIndex { $0.startIndex > index } ?? lines.count
            while cut < bodyEnd, !(lines[cut - 1].trimmingWhitespace().isEmpty && Self.startsBlock(lines[cut])) { cut += 1 }
        }
        var builder = BlockBuilder()
        for line in lines[(titleLine + 1)..<max(titleLine + 1, cut)] { builder.add(SourceLine(line)) }
        let article = Article(id: id, title: ArticleParser.titleText(lines[titleLine]), path: path, blocks: builder.finish())
        passages = Array(Document(article).bodyPassages)
        firstMatches = Array(SearchResults(query: query, passages: passages).matches.prefix(wanted))
        guard firstMatches.count == min(count, wanted) else { return nil }
    }

    /// A line that opens a block after a blank line: not blank, not indented (an indented one
    /// may continue a list item).
    private static func startsBlock(_ line: Substring) -> Bool {
        guard let first = line.utf8.first, first != 0x20 else { return false }
        return !line.trimmingWhitespace().isEmpty
    }
}
