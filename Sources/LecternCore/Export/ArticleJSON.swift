/// The JSON shapes of `lectern list`, `show --json` and `search --json`.
public enum ArticleJSON {
    public static func article(_ article: Article) -> JSONValue {
        .object([
            ("id", .string(article.id)),
            ("title", .string(article.title)),
            ("path", .string(article.path)),
            ("blocks", .array(article.blocks.map(block))),
            ("previous", link(article.previous)),
            ("next", link(article.next)),
        ])
    }

    public static func entry(_ entry: LibraryEntry) -> JSONValue {
        .object([
            ("id", .string(entry.id)),
            ("title", .string(entry.title)),
            ("path", .string(entry.path)),
            ("previous", link(entry.previous)),
            ("next", link(entry.next)),
        ])
    }

    public static func link(_ link: ArticleLink?) -> JSONValue {
        guard let link else { return .null }
        return .object([("title", .string(link.title)), ("id", .optional(link.id))])
    }

    public static func block(_ block: Block) -> JSONValue {
        switch block {
        case .heading(let text): return .object([("type", .string("heading")), ("text", .string(text))])
        case .paragraph(let text): return .object([("type", .string("paragraph")), ("text", .string(text))])
        case .quote(let text): return .object([("type", .string("quote")), ("text", .string(text))])
        case .note(let text): return .object([("type", .string("note")), ("text", .string(text))])
        case .link(let text): return .object([("type", .string("link")), ("text", .string(text))])
        case .rule: return .object([("type", .string("rule"))])
        case .list(let list):
            var members: [(String, JSONValue)] = [("type", .string("list"))]
            members.append(("ordered", .bool(list.items.contains { $0.number != nil })))
            members.append(("items", .array(list.items.map(item))))
            return .object(members)
        }
    }

    /// An item of one paragraph is its text; an item of several, the list of their texts.
    static func item(_ item: ListItem) -> JSONValue {
        item.paragraphs.count == 1 ? .string(item.text) : .array(item.paragraphs.map(JSONValue.string))
    }
}
