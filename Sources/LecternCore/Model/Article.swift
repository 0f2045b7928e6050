/// One article of the library, as parsed from its file.
public struct Article: Sendable, Equatable {
    /// The file name without its extension.
    public var id: String
    /// The first non-blank line, or the id when the file has none.
    public var title: String
    public var path: String
    public var blocks: [Block]
    public var previous: ArticleLink?
    public var next: ArticleLink?

    public init(id: String, title: String, path: String, blocks: [Block],
                previous: ArticleLink? = nil, next: ArticleLink? = nil) {
        self.id = id
        self.title = title
        self.path = path
        self.blocks = blocks
        self.previous = previous
        self.next = next
    }
}

/// A Previous or Next link: the title as the footer wrote it, and the article it names, if any.
public struct ArticleLink: Sendable, Equatable {
    public var title: String
    /// The id of the article whose title matches, or nil when it is not in the library.
    public var id: String?

    public init(title: String, id: String? = nil) {
        self.title = title
        self.id = id
    }
}

/// A unit of an article's body. Texts are single-spaced, NFC, free of control characters.
public enum Block: Sendable, Equatable {
    case heading(String)
    case paragraph(String)
    case list(ArticleList)
    case quote(String)
    case rule
    /// A closing remark such as "Note: this article is ...".
    case note(String)
    /// A source address on a line of its own.
    case link(String)
}

public struct ArticleList: Sendable, Equatable {
    /// The marker of each item as written when the list is numbered ("1.", "2)"), nil for bullets.
    public var items: [ListItem]
    public init(items: [ListItem]) { self.items = items }
}

public struct ListItem: Sendable, Equatable {
    /// "1." or "2)" for numbered items, nil for bulleted ones.
    public var number: String?
    /// The first is set beside the marker; later ones (indented under it in the source, after a
    /// blank line) under the item's text. Never empty.
    public var paragraphs: [String]

    public init(number: String? = nil, text: String) {
        self.init(number: number, paragraphs: [text])
    }

    public init(number: String? = nil, paragraphs: [String]) {
        self.number = number
        self.paragraphs = paragraphs.isEmpty ? [""] : paragraphs
    }

    /// The paragraph beside the marker.
    public var text: String { paragraphs[0] }
}
