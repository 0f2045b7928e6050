/// Counting an article's matches on its text's bytes, without building its blocks and passages,
/// and decoding and parsing only as far as the snippets need.
///
/// The parser keeps every character of the body that a letter can match: it takes out markers
/// (`- `, `1. `, `> `, `#`), rules and blank lines, trims line ends, joins lines with a space (or
/// nothing, after a hyphen or between ideographs) and collapses spaces, none of which a letter
/// is. So for a query of letters, apostrophes and spaces, a match that lies within one line of
/// the body is a match in the passages and the other way round; only a match across a line
/// break could differ (the lines may be in different blocks). When one is found, or when the
/// query has other characters, the caller parses the whole article.
///
/// The body runs from the title line to the footer, which is found from the last few paragraphs
/// alone (`Footer.find(in:bodyStart:)` on `TextLines`), so a long article is never split into lines.
struct BodyMatchCount {
    /// Matches in the body (the title line up to the footer).
    var count: Int
    /// The first matches as the passages of a parse of the article's first blocks see them.
    var firstMatches: [TextSpan]
    /// Those first blocks' passages (the title first), for snippets.
    var passages: [String]
    /// The article's title and footer links, as its parse finds them (only when `count` > 0).
    var title = ""
    var links: (previous: String?, next: String?) = (nil, nil)

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
        var text = text
        guard let counted = text.withUTF8({ Self(query, inText: $0, isDecoded: true, id: id, path: path, wanted: wanted) })
        else { return nil }
        self = counted
    }

    /// The same on the raw bytes of an article file; nil also when the file is not a
    /// `PlainFile` (then it must be decoded first).
    init?(_ query: SearchQuery, inFile bytes: UnsafeBufferPointer<UInt8>, id: String, path: String, wanted: Int) {
        let text = PlainFile.text(bytes)
        guard PlainFile.isPlain(text),
              let counted = Self(query, inText: text, isDecoded: false, id: id, path: path, wanted: wanted)
        else { return nil }
        self = counted
    }

    /// `text` is decoded text, or a plain file's text when `isDecoded` is false.
    private init?(_ query: SearchQuery, inText text: UnsafeBufferPointer<UInt8>, isDecoded: Bool,
                  id: String, path: String, wanted: Int) {
        let lines = TextLines(bytes: text, isDecoded: isDecoded)
        guard let title = lines.firstNonBlankLine() else { return nil }
        // The footer is looked for at the first match: a file without one needs none. Matches
        // are the body's when they start before it (one that starts in the body and crosses a
        // line is left to the whole parse, so none runs into the footer).
        let rest = UnsafeBufferPointer(rebasing: text[title.lowerBound...])
        var footer: (footer: Footer, start: Int)?
        var end: Int?
        var count = 0
        var crossesLine = false
        var lastWantedEnd = 0
        query.forEachMatch(in: rest) { range in
            if end == nil {
                footer = Footer.find(in: lines, bodyStart: min(title.upperBound + 1, text.count))
                end = footer?.start ?? text.count
            }
            guard let end, title.lowerBound + range.lowerBound < end else { return }
            if rest[range].contains(0x0A) { crossesLine = true }
            count += 1
            if count <= wanted { lastWantedEnd = title.lowerBound + range.upperBound }
        }
        guard !crossesLine else { return nil }
        let bodyEnd = end ?? text.count
        self.count = count
        if count > 0 {
            self.title = ArticleParser.titleText(lines.text(lines.content(title))[...])
            links = (footer?.footer.previous, footer?.footer.next)
        }
        guard count > 0, wanted > 0 else {
            firstMatches = []
            passages = []
            return
        }
        // Parse up to a line that starts a new block whatever came before it: an unindented line
        // after a blank one. Every block before it is then as the whole parse makes it.
        var cut = min(lines.end(ofLineAt: lastWantedEnd - 1) + 1, bodyEnd)
        while cut < bodyEnd {
            let line = cut..<lines.end(ofLineAt: cut)
            if lines.isBlank(lines.start(ofLineEndingAt: cut - 1, floor: 0)..<(cut - 1)) && lines.startsBlock(line) { break }
            cut = min(line.upperBound + 1, bodyEnd)
        }
        var headLines = ArticleParser.sourceLines(lines.text(0..<cut))
        // A cut after a line feed leaves an empty piece after it, which is no line of the body.
        if cut > 0, text[cut - 1] == 0x0A { headLines.removeLast() }
        guard let titleIndex = headLines.firstIndex(where: { !$0.trimmingWhitespace().isEmpty }) else { return nil }
        var builder = BlockBuilder()
        for line in headLines[(titleIndex + 1)...] { builder.add(SourceLine(line)) }
        let article = Article(id: id, title: self.title, path: path, blocks: builder.finish())
        passages = Array(Document(article).bodyPassages)
        firstMatches = Array(SearchResults(query: query, passages: passages).matches.prefix(wanted))
        guard firstMatches.count == min(count, wanted) else { return nil }
    }
}
