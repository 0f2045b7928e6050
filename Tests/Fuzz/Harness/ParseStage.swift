/// Text → article: the parser never traps, no control reaches any text of the article, its
/// words come from the source in order, and the listing's quick reading of the title and
/// the footer agrees with the full parse.
enum ParseStage {
    static func run(_ bytes: [UInt8]) {
        guard let text = ArticleText.decode(bytes)?.text else { return }
        let article = ArticleParser.parse(text, id: "fuzz", path: "fuzz.txt")
        FuzzCheck.require(!article.title.isEmpty, "empty title")
        let texts = Self.texts(of: article)
        for part in texts { FuzzCheck.requireClean(part, "article text") }
        // The title of a text without a word is the id, which the source does not hold.
        let body = FuzzCheck.ink(text).isEmpty ? [] : texts.dropLast(footerCount(article))
        FuzzCheck.require(FuzzCheck.isSubsequence(FuzzCheck.ink(body.joined()), of: FuzzCheck.ink(text)),
                          "the article's words are not the source's, in order: \(texts)")
        FuzzCheck.require(ArticleParser.title(inHead: text, id: "fuzz") == article.title,
                          "the listing's title differs from the parsed one")
        let links = ArticleParser.links(in: text, isWhole: true)
        FuzzCheck.require(links.previous == article.previous?.title && links.next == article.next?.title,
                          "the listing's links differ from the parsed ones")
    }

    private static func footerCount(_ article: Article) -> Int {
        (article.previous == nil ? 0 : 1) + (article.next == nil ? 0 : 1)
    }

    /// Every text of the article, in reading order; the footer's link titles last.
    static func texts(of article: Article) -> [String] {
        var texts = [article.title]
        for block in article.blocks {
            switch block {
            case .heading(let text), .paragraph(let text), .quote(let text), .note(let text), .link(let text):
                texts.append(text)
            case .list(let list):
                for item in list.items { texts += [item.number, item.text].compactMap { $0 } }
            case .rule: break
            }
        }
        return texts + [article.previous?.title, article.next?.title].compactMap { $0 }
    }
}
