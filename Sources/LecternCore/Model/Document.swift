/// An article flattened for layout and search: every run of text becomes a numbered passage,
/// and the elements say how each passage is set. Search and reading positions work on passages.
public struct Document: Sendable, Equatable {
    public enum Element: Sendable, Equatable {
        case title(Int)
        case heading(Int)
        case paragraph(Int)
        /// An item of a list; `marker` is "•" or the number as written ("1.", "2)").
        case listItem(Int, marker: String, markerWidth: Int, first: Bool, last: Bool)
        /// A later paragraph of a list item, set under the item's text after a blank line.
        case itemParagraph(Int, markerWidth: Int)
        case quote(Int)
        case note(Int)
        case link(Int)
        case rule
        case footerLink(Int, direction: LinkDirection)
    }

    public var elements: [Element]
    /// Single-spaced text, one per passage; passage 0 is the title.
    public var passages: [String]

    /// Passages from here on are the footer's link titles.
    public var footerStart: Int

    public init(elements: [Element], passages: [String], footerStart: Int? = nil) {
        self.elements = elements
        self.passages = passages
        self.footerStart = footerStart ?? passages.count
    }
}

public enum LinkDirection: String, Sendable {
    case previous, next

    public var label: String { self == .previous ? "Previous" : "Next" }
}

extension Document {
    public init(_ article: Article) {
        self.init(title: article.title, blocks: article.blocks, previous: article.previous?.title, next: article.next?.title)
    }

    /// The document of an article's parts; without a title, a part of the body (see `ArticleChunks`).
    init(title: String?, blocks: [Block], previous: String?, next: String?) {
        var elements: [Element] = []
        var passages: [String] = []
        var footerStart = 0
        func add(_ text: String) -> Int {
            passages.append(text)
            return passages.count - 1
        }
        if let title { elements.append(.title(add(title))) }
        for block in blocks {
            switch block {
            case .heading(let text): elements.append(.heading(add(text)))
            case .paragraph(let text): elements.append(.paragraph(add(text)))
            case .quote(let text): elements.append(.quote(add(text)))
            case .note(let text): elements.append(.note(add(text)))
            case .link(let text): elements.append(.link(add(text)))
            case .rule: elements.append(.rule)
            case .list(let list):
                let markers = list.items.map { $0.number ?? "•" }
                let width = markers.map { DisplayWidth.of($0) }.max() ?? 1
                for (index, item) in list.items.enumerated() {
                    let lastItem = index == list.items.count - 1
                    elements.append(.listItem(add(item.text), marker: markers[index], markerWidth: width,
                                              first: index == 0, last: lastItem && item.paragraphs.count == 1))
                    for paragraph in item.paragraphs.dropFirst() {
                        elements.append(.itemParagraph(add(paragraph), markerWidth: width))
                    }
                }
            }
        }
        footerStart = passages.count
        if let previous { elements.append(.footerLink(add(previous), direction: .previous)) }
        if let next { elements.append(.footerLink(add(next), direction: .next)) }
        self.init(elements: elements, passages: passages, footerStart: footerStart)
    }

    /// The passages of the article's own text, without the footer's link titles.
    public var bodyPassages: ArraySlice<String> { passages[..<footerStart] }
}

extension Document.Element {
    /// The passage the element sets; nil for a rule.
    public var passage: Int? {
        switch self {
        case .title(let p), .heading(let p), .paragraph(let p), .quote(let p), .note(let p), .link(let p),
             .listItem(let p, _, _, _, _), .itemParagraph(let p, _), .footerLink(let p, _):
            return p
        case .rule:
            return nil
        }
    }
}
