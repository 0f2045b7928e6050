/// The list of articles: which one is chosen, which rows show, and the title filter.
public struct LibraryList: Sendable, Equatable {
    public private(set) var filter = ""
    /// Indexes into the library's entries of the articles shown.
    public private(set) var visible: [Int]
    public private(set) var selected = 0
    public private(set) var top = 0
    private let titleKeys: [String]

    public init(_ library: Library) {
        titleKeys = library.entries.map { TitleKey.make($0.title) + "\u{0}" + $0.id.lowercased() }
        visible = Array(library.entries.indices)
    }

    public var selectedEntry: Int? { visible.indices.contains(selected) ? visible[selected] : nil }

    public mutating func setFilter(_ text: String) {
        let chosen = selectedEntry
        filter = text
        let key = TitleKey.make(text)
        visible = titleKeys.indices.filter { key.isEmpty || titleKeys[$0].contains(key) }
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
        let height = max(1, height)
        if selected < top { top = selected }
        if selected >= top + height { top = selected - height + 1 }
        top = max(0, min(top, max(0, visible.count - height)))
    }
}
