/// An article set for one text column and page height: every line and where each page starts.
/// For a long article this is the slow part of opening or resizing it, so the reader makes it
/// off the input loop and swaps it in (`ArticleView.complete(with:)`).
public struct TypesetArticle: Sendable {
    /// Its links are resolved against the library when it reaches the reader.
    public internal(set) var article: Article
    public let document: Document
    public let layout: ArticleLayout
    public let pages: Pages
    /// The line each heading starts on, in order.
    let headingLines: [Int]

    public init(_ article: Article, document: Document? = nil, measure: Int, textRows: Int) {
        self.article = article
        self.document = document ?? Document(article)
        layout = ArticleLayout(self.document, width: measure)
        pages = Pages(layout.lines, height: textRows)
        headingLines = Self.headingLines(of: layout)
    }

    /// Some of the article's lines (`ArticleView.around`), paged as if they were all.
    init(_ article: Article, document: Document, layout: ArticleLayout, textRows: Int) {
        self.article = article
        self.document = document
        self.layout = layout
        pages = Pages(layout.lines, height: textRows)
        headingLines = Self.headingLines(of: layout)
    }

    /// Set for this text column and height.
    func fits(measure: Int, textRows: Int) -> Bool {
        layout.width == max(LayoutMetrics.minimumWidth, measure) && pages.height == max(1, textRows)
    }

    static func headingLines(of layout: ArticleLayout) -> [Int] {
        var starts: [Int] = []
        for (index, line) in layout.lines.enumerated() where line.role == .heading {
            // A heading wrapped onto several lines is one heading.
            if index > 0, layout.lines[index - 1].role == .heading { continue }
            starts.append(index)
        }
        return starts
    }
}
