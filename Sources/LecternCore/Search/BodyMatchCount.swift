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
    /// The snippets' passages are those of lone lines (`loneLinePassages`), not of a parse.
    private(set) var snippetsFromLines = false

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
        // Only a space in the query matches a line break.
        let mayCrossLine = query.text.utf8.contains(0x20)
        var wantedMatches: [Range<Int>] = []
        query.forEachMatch(in: rest) { range in
            if end == nil {
                footer = Footer.find(in: lines, bodyStart: min(title.upperBound + 1, text.count))
                end = footer?.start ?? text.count
                wantedMatches.reserveCapacity(wanted)
            }
            guard let end, title.lowerBound + range.lowerBound < end else { return }
            if mayCrossLine, rest[range].contains(0x0A) { crossesLine = true }
            count += 1
            if count <= wanted { wantedMatches.append((title.lowerBound + range.lowerBound)..<(title.lowerBound + range.upperBound)) }
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
        if let (spans, linePassages) = Self.loneLinePassages(of: wantedMatches, in: lines, title: title, bodyEnd: bodyEnd) {
            firstMatches = spans
            passages = linePassages
            snippetsFromLines = true
            return
        }
        // Parse up to a line that starts a new block whatever came before it: an unindented line
        // after a blank one. Every block before it is then as the whole parse makes it.
        var cut = min(lines.end(ofLineAt: wantedMatches[wantedMatches.count - 1].upperBound - 1) + 1, bodyEnd)
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

    /// The passages that hold `matches` (offsets into `lines`, each within one line of the body)
    /// when every such line is a block of its own, with the matches in them; nil otherwise.
    ///
    /// A line that follows a blank line (or the title line) and is followed by a blank line (or
    /// ends the body) makes one block whatever its kind (heading, paragraph, note, link, list
    /// item or item paragraph, quotation), and that block's passage is `LineJoining.join` of the
    /// line's text without its marker, as is the title's. So no parse is needed; and when joining
    /// only trims (no double space), offsets in the line are offsets in the passage.
    private static func loneLinePassages(of matches: [Range<Int>], in lines: TextLines, title: Range<Int>,
                                         bodyEnd: Int) -> (spans: [TextSpan], passages: [String])? {
        var spans: [TextSpan] = []
        var passages: [String] = []
        spans.reserveCapacity(matches.count)
        // The current passage's line, and where the passage starts in the bytes.
        var line = 0..<0
        var passageStart = 0
        var passageLength = 0
        for match in matches {
            if passages.isEmpty || match.lowerBound >= line.upperBound {
                line = lines.start(ofLineEndingAt: match.lowerBound, floor: 0)..<lines.end(ofLineAt: match.lowerBound)
                guard let (passage, start) = loneLinePassage(line, in: lines, title: title, bodyEnd: bodyEnd) else { return nil }
                passages.append(passage)
                passageStart = start
                passageLength = passage.utf8.count
            }
            let range = (match.lowerBound - passageStart)..<(match.upperBound - passageStart)
            guard range.lowerBound >= 0, range.upperBound <= passageLength else { return nil }
            spans.append(TextSpan(passage: passages.count - 1, range: range))
        }
        return (spans, passages)
    }

    /// The passage of `line` and where it starts in the bytes, when the line is a block of its
    /// own (or the title) and its passage is its text trimmed; nil otherwise.
    private static func loneLinePassage(_ line: Range<Int>, in lines: TextLines, title: Range<Int>,
                                        bodyEnd: Int) -> (String, Int)? {
        let isTitle = line.lowerBound == title.lowerBound
        if !isTitle {
            guard line.lowerBound > title.upperBound else { return nil }
            let follows = line.lowerBound == title.upperBound + 1
                || lines.isBlank(lines.start(ofLineEndingAt: line.lowerBound - 1, floor: 0)..<(line.lowerBound - 1))
            let next = line.upperBound + 1
            let precedes = next >= bodyEnd || lines.isBlank(next..<lines.end(ofLineAt: next))
            guard follows, precedes else { return nil }
        }
        let content = lines.content(line)
        let text = lines.text(content)
        guard text.utf8.count == content.count else { return nil }
        let source: Substring
        switch SourceLine(text[...]) {
        case .markedHeading(let heading): source = heading
        case .text(let body, _) where !isTitle: source = body
        case .quote(let body) where !isTitle: source = body
        case .listItem(_, let body, _) where !isTitle: source = body
        case .blank, .rule: return nil
        case .text, .quote, .listItem: source = text[...]  // the title: all of its line
        }
        let trimmed = source.trimmingWhitespace()
        let passage = LineJoining.join([source])
        guard passage.utf8.count == trimmed.utf8.count else { return nil }
        return (passage, content.lowerBound + text.utf8.distance(from: text.startIndex, to: trimmed.startIndex))
    }
}
