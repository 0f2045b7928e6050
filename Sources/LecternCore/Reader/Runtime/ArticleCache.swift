/// Articles read lately, parsed, so that going back to one is instant. The least recently
/// used go first once their text passes the byte budget. Each keeps the stamp of its file as it
/// was read, so that a file changed since can be told from one that is as it was.
struct ArticleCache {
    let budget: Int
    private var articles: [String: (article: Article, stamp: FileStamp?, bytes: Int)] = [:]
    /// Ids, the most recently used last.
    private var order: [String] = []
    private(set) var bytes = 0

    init(budget: Int) { self.budget = budget }

    var ids: [String] { order }

    mutating func article(id: String) -> (article: Article, stamp: FileStamp?)? {
        guard let cached = articles[id] else { return nil }
        touch(id)
        return (cached.article, cached.stamp)
    }

    mutating func insert(_ article: Article, stamp: FileStamp? = nil) {
        let size = Self.bytes(of: article)
        remove(article.id)
        guard size <= budget else { return }
        articles[article.id] = (article, stamp, size)
        order.append(article.id)
        bytes += size
        while bytes > budget, let oldest = order.first { remove(oldest) }
    }

    private mutating func touch(_ id: String) {
        if let index = order.firstIndex(of: id) { order.append(order.remove(at: index)) }
    }

    mutating func remove(_ id: String) {
        guard let cached = articles.removeValue(forKey: id) else { return }
        bytes -= cached.bytes
        order.removeAll { $0 == id }
    }

    /// The article's text in UTF-8 bytes: what holding it costs, near enough.
    static func bytes(of article: Article) -> Int {
        var total = article.title.utf8.count
        for block in article.blocks {
            switch block {
            case .heading(let text), .paragraph(let text), .quote(let text), .note(let text), .link(let text):
                total += text.utf8.count
            case .list(let list):
                total += list.items.reduce(0) { $0 + $1.text.utf8.count }
            case .rule:
                break
            }
        }
        return total
    }
}
