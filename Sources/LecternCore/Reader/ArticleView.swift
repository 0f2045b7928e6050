/// One article on screen: its layout for the current size, the line at the top, and the search.
/// The reading position is a place in the text, so it survives a re-layout.
public struct ArticleView: Sendable {
    public let article: Article
    public let document: Document
    public private(set) var layout: ArticleLayout
    public private(set) var pages: Pages
    public private(set) var top = 0
    public private(set) var search: SearchResults?
    public private(set) var currentMatch: Int?
    /// The line each heading starts on, in order: for the outline and the running head.
    public private(set) var headingLines: [Int] = []

    public init(article: Article, measure: Int, textRows: Int, at position: TextPosition = .start) {
        self.article = article
        document = Document(article)
        layout = ArticleLayout(document, width: measure)
        pages = Pages(layout.lines, height: textRows)
        top = clamped(layout.lineIndex(containing: position))
        headingLines = Self.headingLines(of: layout)
    }

    private static func headingLines(of layout: ArticleLayout) -> [Int] {
        var starts: [Int] = []
        for (index, line) in layout.lines.enumerated() where line.role == .heading {
            // A heading wrapped onto several lines is one heading.
            if index > 0, layout.lines[index - 1].role == .heading { continue }
            starts.append(index)
        }
        return starts
    }

    /// The heading whose section holds the top line: the last one at or above it (an index into `headingLines`).
    public var currentHeading: Int? {
        let after = headingLines.partitioningIndex { $0 > top }
        return after > 0 ? after - 1 : nil
    }

    /// The text of the heading that starts on `line`, its lines joined.
    public func headingText(at line: Int) -> String {
        var parts: [Substring] = []
        var index = line
        while index < layout.lines.count, layout.lines[index].role == .heading {
            parts.append(layout.lines[index].text(in: document.passages))
            index += 1
        }
        return parts.joined(separator: " ")
    }

    public var height: Int { pages.height }
    public var position: TextPosition { layout.position(atLine: top) }
    public var page: Int { pages.page(containing: top) }

    /// The end of the lines on screen. On a page start it is the page's end, so that a heading
    /// held over for the next page is not also shown at the bottom of this one; scrolled by
    /// lines, the screen is full.
    public var visibleEnd: Int {
        let page = pages.page(containing: top)
        let full = min(layout.lines.count, top + height)
        guard pages.starts[page] == top, page + 1 < pages.count else { return full }
        return min(full, pages.starts[page + 1])
    }

    public var isOnLastPage: Bool { pages.page(containing: top) == pages.count - 1 }

    /// Percent of the article above the bottom of the screen.
    public var percent: Int {
        guard !layout.lines.isEmpty else { return 100 }
        return min(100, visibleEnd * 100 / layout.lines.count)
    }

    public mutating func resize(measure: Int, textRows: Int) {
        let anchor = position
        if measure != layout.width {
            layout = ArticleLayout(document, width: measure)
            headingLines = Self.headingLines(of: layout)
        }
        pages = Pages(layout.lines, height: textRows)
        top = clamped(layout.lineIndex(containing: anchor))
    }

    // MARK: Moving

    public mutating func scroll(by lines: Int) { top = clamped(top + lines) }

    public mutating func nextPage() -> Bool {
        guard let next = pages.start(after: top) else { return false }
        top = clamped(next)
        return true
    }

    public mutating func previousPage() -> Bool {
        guard let previous = pages.start(before: top) else { return false }
        top = previous
        return true
    }

    public mutating func goToStart() { top = 0 }
    public mutating func goToEnd() { top = pages.lastStart }

    private func clamped(_ line: Int) -> Int { max(0, min(line, pages.lastStart)) }

    /// Brings `line` on screen, turning to the page that holds it.
    mutating func reveal(line: Int) {
        if line < top || line >= visibleEnd { goToPage(containing: line) }
    }

    public mutating func goToPage(containing line: Int) {
        top = clamped(pages.starts[pages.page(containing: line)])
    }

    /// Puts `line` at the top of the screen, or as near as the last page allows.
    public mutating func go(toLine line: Int) { top = clamped(line) }

    /// Which footer link line `index` shows (its title, or its label on a line of its own).
    public func linkDirection(onLine index: Int) -> LinkDirection? {
        guard layout.lines.indices.contains(index), layout.lines[index].role == .footerLink else { return nil }
        // A label alone on its line belongs to the title on the next.
        var passage = layout.lines[index].span?.passage
        if passage == nil, index + 1 < layout.lines.count, layout.lines[index + 1].role == .footerLink {
            passage = layout.lines[index + 1].span?.passage
        }
        for element in document.elements {
            if case .footerLink(let linked, let direction) = element, linked == passage { return direction }
        }
        return nil
    }

    // MARK: Search

    public enum SearchOutcome: Equatable {
        case found(wrapped: Bool)
        case notFound
    }

    public mutating func find(_ query: SearchQuery) -> SearchOutcome {
        // As the library search does: the footer's link titles are navigation, not the article's text.
        let results = SearchResults(query: query, passages: Array(document.bodyPassages))
        search = results
        currentMatch = nil
        guard let first = results.next(from: position, strictly: false) else { return .notFound }
        select(first.index)
        return .found(wrapped: first.wrapped)
    }

    /// Moves to the next (or previous) match; nil when there is no search.
    public mutating func step(forward: Bool) -> SearchOutcome? {
        guard let search else { return nil }
        let from = currentMatch.map { search.matches[$0].start } ?? position
        let strictly = currentMatch != nil
        guard let target = forward ? search.next(from: from, strictly: strictly) : search.previous(from: from) else {
            return .notFound
        }
        select(target.index)
        return .found(wrapped: target.wrapped)
    }

    public mutating func clearSearch() {
        search = nil
        currentMatch = nil
    }

    private mutating func select(_ index: Int) {
        currentMatch = index
        guard let match = search?.matches[index] else { return }
        reveal(line: layout.lineIndex(containing: match.start))
    }

    /// The parts of line `index` that are matches, as UTF-8 ranges of the passage, and whether each is the current one.
    public func matches(onLine index: Int) -> [(range: Range<Int>, isCurrent: Bool)] {
        guard let search, let span = layout.lines[index].span else { return [] }
        let matches = search.matches
        // First match that ends after the line starts.
        var index = matches.partitioningIndex { match in
            match.passage > span.passage || match.passage == span.passage && match.range.upperBound > span.range.lowerBound
        }
        var result: [(Range<Int>, Bool)] = []
        while index < matches.count, matches[index].passage == span.passage,
              matches[index].range.lowerBound < span.range.upperBound {
            let range = matches[index].range.clamped(to: span.range)
            if !range.isEmpty { result.append((range, index == currentMatch)) }
            index += 1
        }
        return result
    }
}
