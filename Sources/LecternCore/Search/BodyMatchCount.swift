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
    /// The snippets of the first matches, as `Snippet.make` cuts them from `passages`.
    var snippets: [String] = []
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
    /// Without `keepsPassages`, snippets of lone lines are cut from the text's bytes, and
    /// `firstMatches` and `passages` are left empty when they are. Without `findsLinks`, `links`
    /// is left empty and the footer is parsed only when a match or a snippet may reach it.
    init?(_ query: SearchQuery, in text: String, id: String, path: String, wanted: Int, keepsPassages: Bool = true,
          findsLinks: Bool = true) {
        var text = text
        guard let counted = text.withUTF8({
            Self(query, inText: $0, isDecoded: true, id: id, path: path, wanted: wanted, keepsPassages: keepsPassages,
                 findsLinks: findsLinks)
        }) else { return nil }
        self = counted
    }

    /// The same on the raw bytes of an article file; nil also when the file is not a
    /// `PlainFile` (then it must be decoded first).
    init?(_ query: SearchQuery, inFile bytes: UnsafeBufferPointer<UInt8>, id: String, path: String, wanted: Int,
          keepsPassages: Bool = true, findsLinks: Bool = true) {
        guard let counted = Self(query, inText: PlainFile.text(bytes), isDecoded: false, id: id, path: path, wanted: wanted,
                                 keepsPassages: keepsPassages, findsLinks: findsLinks)
        else { return nil }
        self = counted
    }

    /// `text` is decoded text, or a file's text (after any byte order mark) when `isDecoded` is
    /// false: then nil also when it is not a `PlainFile`, which is found before anything is made
    /// of the text but its matches and footer.
    private init?(_ query: SearchQuery, inText text: UnsafeBufferPointer<UInt8>, isDecoded: Bool,
                  id: String, path: String, wanted: Int, keepsPassages: Bool, findsLinks: Bool) {
        let lines = TextLines(bytes: text, isDecoded: isDecoded)
        guard let title = lines.firstNonBlankLine() else { return nil }
        // The footer is looked for at the first match (a file without one needs none), and when
        // links are not wanted, parsed only for a match that may lie in it. Matches are the
        // body's when they start before it (one that starts in the body and crosses a line is
        // left to the whole parse, so none runs into the footer).
        let rest = UnsafeBufferPointer(rebasing: text[title.lowerBound...])
        var bodyEnd: BodyEnd?
        var count = 0
        var crossesLine = false
        // Only a space in the query matches a line break.
        let mayCrossLine = query.text.utf8.contains(0x20)
        var wantedMatches: [Range<Int>] = []
        // Raw bytes are checked to be plain where they are only counted, in the same pass; the
        // rest is checked after the count, before anything is made of them.
        var checked = 0..<0
        var next = 0
        while let range = query.nextMatch(in: rest, from: next) {
            next = range.upperBound
            if bodyEnd == nil {
                bodyEnd = BodyEnd(lines, bodyStart: min(title.upperBound + 1, text.count), resolved: findsLinks)
                wantedMatches.reserveCapacity(wanted)
            }
            // Once the snippets' matches are found, those before the labelled tail (all body) that
            // cannot cross a line are only counted: a word in every article has thousands.
            if count >= wanted, !mayCrossLine {
                let limit = bodyEnd!.atLeast - title.lowerBound
                var (more, resume) = (0, 0)
                if isDecoded {
                    (more, resume) = query.count(in: rest, from: range.lowerBound, before: limit)
                } else {
                    guard let counted = query.countCheckingPlain(in: rest, from: range.lowerBound, before: limit) else { return nil }
                    (more, resume) = (counted.count, counted.resume)
                    if more > 0 { checked = (title.lowerBound + range.lowerBound)..<(title.lowerBound + counted.checkedEnd) }
                }
                if more > 0 {
                    count += more
                    next = resume
                    continue
                }
            }
            // The body's end is reached for every later match too.
            guard !bodyEnd!.isReached(at: title.lowerBound + range.lowerBound) else { break }
            if mayCrossLine, rest[range].contains(0x0A) { crossesLine = true }
            count += 1
            if count <= wanted { wantedMatches.append((title.lowerBound + range.lowerBound)..<(title.lowerBound + range.upperBound)) }
        }
        guard !crossesLine else { return nil }
        if !isDecoded {
            guard PlainFile.isPlain(UnsafeBufferPointer(rebasing: text[..<checked.lowerBound])),
                  PlainFile.isPlain(UnsafeBufferPointer(rebasing: text[checked.upperBound...])) else { return nil }
        }
        self.count = count
        if count > 0, findsLinks, let footer = bodyEnd?.footer {
            links = (footer.footer.previous, footer.footer.next)
        }
        if count > 0 { self.title = ArticleParser.titleText(lines.text(lines.content(title))[...]) }
        guard count > 0, wanted > 0, var bodyEnd else {
            firstMatches = []
            passages = []
            return
        }
        if !keepsPassages, let lineSnippets = Self.loneLineSnippets(of: wantedMatches, in: lines, title: title, bodyEnd: &bodyEnd) {
            firstMatches = []
            passages = []
            snippets = lineSnippets
            snippetsFromLines = true
            return
        }
        let end = bodyEnd.resolved()
        if let (spans, linePassages) = Self.loneLinePassages(of: wantedMatches, in: lines, title: title, bodyEnd: end) {
            firstMatches = spans
            passages = linePassages
            snippets = spans.map { Snippet.make(for: $0, in: linePassages) }
            snippetsFromLines = true
            return
        }
        // Parse up to a line that starts a new block whatever came before it: an unindented line
        // after a blank one. Every block before it is then as the whole parse makes it.
        var cut = min(lines.end(ofLineAt: wantedMatches[wantedMatches.count - 1].upperBound - 1) + 1, end)
        while cut < end {
            let line = cut..<lines.end(ofLineAt: cut)
            if lines.isBlank(lines.start(ofLineEndingAt: cut - 1, floor: 0)..<(cut - 1)) && lines.startsBlock(line) { break }
            cut = min(line.upperBound + 1, end)
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
        snippets = firstMatches.map { Snippet.make(for: $0, in: passages) }
    }

    /// The snippets of `matches` (as `loneLinePassages` and `Snippet.make` make them) when every
    /// such line is a block of its own or a text line of a wrapped paragraph whose snippet
    /// `wrappedLineSnippet` can cut; nil otherwise. A line whose passage is its bytes (it
    /// starts with a letter, ends with printable ASCII, has no tab and no double space) is not
    /// made a string: the snippet is cut from the bytes around the match.
    private static func loneLineSnippets(of matches: [Range<Int>], in lines: TextLines, title: Range<Int>,
                                         bodyEnd: inout BodyEnd) -> [String]? {
        var snippets: [String] = []
        snippets.reserveCapacity(matches.count)
        for match in matches {
            let line = lines.start(ofLineEndingAt: match.lowerBound, floor: 0)..<lines.end(ofLineAt: match.lowerBound)
            if let passage = plainLinePassage(line, in: lines, title: title, bodyEnd: &bodyEnd),
               passage.lowerBound <= match.lowerBound, match.upperBound <= passage.upperBound {
                let range = (match.lowerBound - passage.lowerBound)..<(match.upperBound - passage.lowerBound)
                snippets.append(Snippet.make(for: range, inPassage: UnsafeBufferPointer(rebasing: lines.bytes[passage])))
                continue
            }
            if let (passage, start) = loneLinePassage(line, in: lines, title: title, endsBody: { bodyEnd.isReached(at: $0) }) {
                let range = (match.lowerBound - start)..<(match.upperBound - start)
                guard range.lowerBound >= 0, range.upperBound <= passage.utf8.count else { return nil }
                snippets.append(Snippet.make(for: TextSpan(passage: 0, range: range), in: [passage]))
                continue
            }
            guard let snippet = wrappedLineSnippet(of: match, line: line, in: lines, title: title,
                                                   endsBody: { bodyEnd.isReached(at: $0) }) else { return nil }
            snippets.append(snippet)
        }
        return snippets
    }

    /// The bytes of a lone line's passage when they are its text as they stand: what
    /// `loneLinePassage` makes of a line that starts with a letter (so it is a paragraph, or the
    /// title), ends with printable ASCII (nothing to trim) and has no tab or double space (which
    /// decoding and joining would change); nil for any other line.
    private static func plainLinePassage(_ line: Range<Int>, in lines: TextLines, title: Range<Int>,
                                         bodyEnd: inout BodyEnd) -> Range<Int>? {
        guard isLoneLine(line, in: lines, title: title, endsBody: { bodyEnd.isReached(at: $0) }) else { return nil }
        let content = lines.content(line)
        guard !content.isEmpty, ASCII.isLetter(lines.bytes[content.lowerBound]),
              (0x21..<0x7F).contains(lines.bytes[content.upperBound - 1]) else { return nil }
        let bytes = UnsafeBufferPointer(rebasing: lines.bytes[content])
        guard RawFilePrefilter.find(0x09, in: bytes, from: 0) == bytes.count,
              ByteScan.next(Self.doubleSpace, in: bytes, from: 0) == bytes.count else { return nil }
        return content
    }

    private static let doubleSpace = ByteScan.Literal([(0x20, 0), (0x20, 0)])!

    /// Whether `line` is the title line, or a line of the body between blank lines (or the
    /// title line, or the body's end: where `endsBody` is true).
    private static func isLoneLine(_ line: Range<Int>, in lines: TextLines, title: Range<Int>,
                                   endsBody: (Int) -> Bool) -> Bool {
        guard line.lowerBound != title.lowerBound else { return true }
        guard line.lowerBound > title.upperBound else { return false }
        let follows = line.lowerBound == title.upperBound + 1
            || lines.isBlank(lines.start(ofLineEndingAt: line.lowerBound - 1, floor: 0)..<(line.lowerBound - 1))
        let next = line.upperBound + 1
        // The footer is the last thing asked about: it may need parsing.
        return follows && (next >= lines.bytes.count || lines.isBlank(next..<lines.end(ofLineAt: next)) || endsBody(next))
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
                guard let (passage, start) = loneLinePassage(line, in: lines, title: title, endsBody: { $0 >= bodyEnd })
                else { return nil }
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
                                        endsBody: (Int) -> Bool) -> (String, Int)? {
        let isTitle = line.lowerBound == title.lowerBound
        guard isLoneLine(line, in: lines, title: title, endsBody: endsBody) else { return nil }
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

    /// Where the body ends (the footer's start, or the end of the text), parsing the footer
    /// only when asked about an offset that it could hold: a footer starts at or after the
    /// labelled tail (`Footer.labelledTailStart`), so everything before that is body.
    private struct BodyEnd {
        let lines: TextLines
        /// The body ends here or later.
        let atLeast: Int
        /// Known once resolved.
        private(set) var footer: (footer: Footer, start: Int)?
        private var isResolved: Bool

        /// `resolved` parses the footer now.
        init(_ lines: TextLines, bodyStart: Int, resolved: Bool) {
            self.lines = lines
            let tail = Footer.labelledTailStart(in: lines, bodyStart: bodyStart)
            atLeast = tail ?? lines.bytes.count
            isResolved = tail == nil
            if resolved { _ = self.resolved() }
        }

        /// Whether `offset` is past the body: at or after its end.
        mutating func isReached(at offset: Int) -> Bool {
            offset >= atLeast && offset >= resolved()
        }

        /// The body's end, parsing the footer if it was not yet.
        mutating func resolved() -> Int {
            if !isResolved {
                footer = Footer.find(in: lines, tailStart: atLeast)
                isResolved = true
            }
            return footer?.start ?? lines.bytes.count
        }
    }
}
