/// Every match of a query in an article's passages, and stepping between them.
public struct SearchResults: Sendable, Equatable {
    public var query: SearchQuery
    /// In text order.
    public var matches: [TextSpan]

    public init(query: SearchQuery, passages: [String]) {
        self.query = query
        var matches: [TextSpan] = []
        for (passage, text) in passages.enumerated() {
            query.forEachMatch(in: text) { matches.append(TextSpan(passage: passage, range: $0)) }
        }
        self.matches = matches
    }

    public var count: Int { matches.count }

    /// The first match at or after `position` (strictly after when `strictly`), wrapping to the
    /// first; nil when there are none. `wrapped` says a wrap happened.
    public func next(from position: TextPosition, strictly: Bool) -> (index: Int, wrapped: Bool)? {
        guard !matches.isEmpty else { return nil }
        let index = firstIndex { strictly ? $0.start > position : $0.start >= position }
        return index < matches.count ? (index, false) : (0, true)
    }

    /// The last match strictly before `position`, wrapping to the last; nil when there are none.
    public func previous(from position: TextPosition) -> (index: Int, wrapped: Bool)? {
        guard !matches.isEmpty else { return nil }
        let index = firstIndex { $0.start >= position }
        return index > 0 ? (index - 1, false) : (matches.count - 1, true)
    }

    /// The first index whose match satisfies `isAtOrPast` (false for a prefix, true for the rest).
    private func firstIndex(where isAtOrPast: (TextSpan) -> Bool) -> Int {
        matches.partitioningIndex(where: isAtOrPast)
    }
}
