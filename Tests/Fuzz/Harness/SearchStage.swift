/// Query and text → matches: matches are in order, within their passage, on scalar
/// boundaries; the raw-byte prefilter never skips a file that has a match; snippets are one
/// clean line. The first line of the input is the query, the rest the article.
enum SearchStage {
    static func run(_ bytes: [UInt8]) {
        let newline = bytes.firstIndex(of: 0x0A) ?? bytes.count
        let queryBytes = Array(bytes[..<newline])
        let articleBytes = Array(bytes[min(bytes.count, newline + 1)...])
        guard let queryText = ArticleText.decode(queryBytes)?.text, let query = SearchQuery(queryText),
              let text = ArticleText.decode(articleBytes)?.text else { return }
        // An empty id: a text without a line is titled by its id, which is not in the file's bytes.
        let passages = Array(Document(ArticleParser.parse(text, id: "", path: "fuzz.txt")).passages)
        let results = SearchResults(query: query, passages: passages)
        var previous: TextSpan?
        for match in results.matches {
            FuzzCheck.require(passages.indices.contains(match.passage), "match in no passage")
            let utf8 = Array(passages[match.passage].utf8)
            FuzzCheck.require(match.range.lowerBound >= 0 && match.range.upperBound <= utf8.count && !match.range.isEmpty,
                              "match \(match.range) outside its passage")
            for offset in [match.range.lowerBound, match.range.upperBound] where offset < utf8.count {
                FuzzCheck.require(utf8[offset] & 0xC0 != 0x80, "match \(match.range) cuts a scalar")
            }
            if let previous {
                FuzzCheck.require((previous.passage, previous.range.upperBound) <= (match.passage, match.range.lowerBound),
                                  "matches overlap or are out of order")
            }
            previous = match
            let snippet = Snippet.make(for: match, in: passages)
            FuzzCheck.requireClean(snippet, "snippet")
        }
        if results.count > 0 {
            let mayMatch = articleBytes.withUnsafeBytes { query.mayMatch($0) }
            FuzzCheck.require(mayMatch, "the prefilter skips a file with \(results.count) matches of \(queryText.debugDescription)")
        }
        for index in results.matches.indices {
            let position = TextPosition(passage: results.matches[index].passage, offset: results.matches[index].range.lowerBound)
            _ = results.next(from: position, strictly: true)
            _ = results.previous(from: position)
        }
    }
}
