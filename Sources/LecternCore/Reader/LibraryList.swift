/// The list of articles: which one is chosen, which rows show, the title filter, and the
/// result of a search through every article's text.
public struct LibraryList: Sendable, Equatable {
    public private(set) var filter = ""
    /// A search of the whole library: the query and, per entry index, its number of matches.
    public struct TextSearch: Sendable, Equatable {
        public var query: SearchQuery
        public var counts: [Int: Int]

        public init(query: SearchQuery, counts: [Int: Int] = [:]) {
            self.query = query
            self.counts = counts
        }
    }

    public private(set) var textSearch: TextSearch?
    /// Indexes into the library's entries of the articles shown.
    public private(set) var visible: [Int]
    public private(set) var selected = 0
    public private(set) var top = 0
    private let titleKeys: [String]

    public init(_ library: Library) {
        titleKeys = zip(library.titleKeys, library.entries).map { $0 + "\u{0}" + $1.id.lowercased() }
        visible = Array(library.entries.indices)
    }

    public var selectedEntry: Int? { visible.indices.contains(selected) ? visible[selected] : nil }

    public mutating func setFilter(_ text: String) {
        filter = text
        refresh()
    }

    /// Shows only the articles that matched a library search; nil shows all again.
    public mutating func setTextSearch(_ search: TextSearch?) {
        textSearch = search
        refresh()
    }

    /// Adds articles a running library search has just found.
    public mutating func addMatches(_ found: [LibrarySearchProgress.Found]) {
        guard var search = textSearch, !found.isEmpty else { return }
        for item in found { search.counts[item.entry] = item.count }
        textSearch = search
        refresh()
    }

    private mutating func refresh() {
        let chosen = selectedEntry
        let key = TitleKey.make(filter)
        let found = textSearch?.counts
        visible = titleKeys.indices.filter { index in
            (key.isEmpty || titleKeys[index].contains(key)) && (found.map { $0[index] != nil } ?? true)
        }
        selected = chosen.flatMap { visible.firstIndex(of: $0) } ?? 0
        top = 0
    }

    public mutating func select(entry: Int) {
        if let row = visible.firstIndex(of: entry) { selected = row }
    }

    public mutating func move(by rows: Int, height: Int) {
        guard !visible.isEmpty else { return }
        selected = max(0, min(visible.count - 1, selected + rows))
        fit(height: height)
    }

    /// Keeps the chosen row on screen.
    public mutating func fit(height: Int) {
        top = scrolledTop(top, keeping: selected, height: height, count: visible.count)
    }
}
