/// One article on screen: its layout for the current size, the line at the top, and the search.
/// The reading position is a place in the text, so it survives a re-layout.
///
/// A long article's layout can be partial for a moment (`coverage`): its opening while the
/// whole file is read, or the lines around the place being read after a resize, while the
/// whole is laid out in the background; `complete(with:)` swaps the whole in, keeping the place.
public struct ArticleView: Sendable {
    public private(set) var article: Article
    public private(set) var document: Document
    public private(set) var layout: ArticleLayout
    public private(set) var pages: Pages
    public private(set) var top = 0
    public private(set) var search: SearchResults?
    public private(set) var currentMatch: Int?
    /// The line each heading starts on, in order: for the outline and the running head.
    public private(set) var headingLines: [Int] = []
    public private(set) var coverage = Coverage.whole

    /// How much of the article the layout holds.
    public enum Coverage: Sendable, Equatable {
        /// All of it.
        case whole
        /// The opening of a long article (`ArticleSource.opening`) while the whole is read: its
        /// lines and page starts are the whole article's, but not the end of its last page, nor
        /// the page total.
        case opening
        /// The lines around the place being read, set first after a long article was resized,
        /// while the whole is laid out again: where its pages start is not known yet. `heading`
        /// is the running head when no heading is among these lines.
        case around(heading: String?)
    }

    /// Articles longer than this many lines are laid out again around the place being read first
    /// (a resize of a 10 MB article lays out 160,000 lines, a tenth of a second).
    public static let linesLaidOutAtOnce = 20_000

    public init(article: Article, measure: Int, textRows: Int, at position: TextPosition = .start) {
        self.init(TypesetArticle(article, measure: measure, textRows: textRows), at: position)
    }

    public init(_ typeset: TypesetArticle, at position: TextPosition = .start) {
        article = typeset.article
        document = typeset.document
        layout = typeset.layout
        pages = typeset.pages
        headingLines = typeset.headingLines
        top = clamped(layout.lineIndex(containing: position))
    }

    /// The first page of a long article from its opening; nil when the opening is too short to
    /// hold a page and the start of the next.
    public init?(opening: Article, measure: Int, textRows: Int) {
        self.init(article: opening, measure: measure, textRows: textRows)
        coverage = .opening
        guard isExact else { return nil }
    }

    /// The lines around `position` only: from the element before the one holding it to a few
    /// screens after. Lines from that element on are the whole layout's.
    static func around(_ article: Article, _ document: Document, measure: Int, textRows: Int,
                       at position: TextPosition) -> ArticleView {
        let elements = document.elements
        let holding = elements.indices.last { element in
            elements[element].passage.map { $0 <= position.passage } ?? false
        } ?? 0
        let start = max(0, holding - 1)
        var end = min(elements.count, holding + 8)
        var layout: ArticleLayout
        var top: Int
        while true {
            layout = ArticleLayout(document, width: measure, elements: start..<end)
            top = layout.lineIndex(containing: position)
            if layout.lines.count - top >= 3 * textRows || end == elements.count { break }
            end = min(elements.count, holding + 2 * (end - holding))
        }
        var view = ArticleView(TypesetArticle(article, document: document, layout: layout, textRows: textRows))
        view.top = top
        let heading = elements[..<start].lastIndex { if case .heading = $0 { true } else { false } }
        view.coverage = .around(heading: heading.map { index in
            // Set as the whole layout sets it, so that the running head reads the same.
            let set = ArticleLayout(document, width: measure, elements: index..<(index + 1))
            return set.lines.filter { $0.role == .heading }.map { $0.text(in: document.passages) }.joined(separator: " ")
        })
        return view
    }

    /// The whole article in place of a partial one, the place kept: the same top line when the
    /// opening's lines are the whole's, else the same text at the top. A whole set for another
    /// size (the terminal was resized meanwhile) is set again for this view's size, as a resize
    /// would: at once up to `atOnce` lines, else around the place, for the caller to lay out whole.
    public mutating func complete(with typeset: TypesetArticle, atOnce: Int = linesLaidOutAtOnce) {
        let anchor = position
        guard typeset.fits(measure: layout.width, textRows: height) else {
            let view = typeset.layout.lines.count <= atOnce
                ? ArticleView(TypesetArticle(typeset.article, document: typeset.document, measure: layout.width,
                                             textRows: height), at: anchor)
                : Self.around(typeset.article, typeset.document, measure: layout.width, textRows: height, at: anchor)
            self = Self.keepingSearch(of: self, view)
            return
        }
        let (line, keepsLines) = (top, coverage == .opening)
        self = Self.keepingSearch(of: self, ArticleView(typeset, at: anchor))
        if keepsLines { top = clamped(line) }
    }

    public var isComplete: Bool { coverage == .whole }

    /// What is on screen is what the whole layout shows there: always for the whole; in the
    /// opening, away from its last page, whose end is not known.
    public var isExact: Bool {
        switch coverage {
        case .whole: return true
        case .opening: return pages.page(containing: top) < pages.count - 1 && top + height <= layout.lines.count
        case .around: return false
        }
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
        // Around the place being read, where pages start is not known yet.
        if case .around = coverage { return full }
        guard pages.starts[page] == top, page + 1 < pages.count else { return full }
        return min(full, pages.starts[page + 1])
    }

    public var isOnLastPage: Bool { isComplete && pages.page(containing: top) == pages.count - 1 }

    /// Percent of the article above the bottom of the screen.
    public var percent: Int {
        guard !layout.lines.isEmpty else { return 100 }
        return min(100, visibleEnd * 100 / layout.lines.count)
    }

    /// Sets the article for a new size. A long article (over `atOnce` lines) is set only
    /// around the place being read when its column changes: the whole is then for the caller
    /// to lay out in the background and `complete(with:)`.
    public mutating func resize(measure: Int, textRows: Int, atOnce: Int = linesLaidOutAtOnce) {
        let anchor = position
        switch coverage {
        case .whole where measure == layout.width:
            pages = Pages(layout.lines, height: textRows)
            top = clamped(layout.lineIndex(containing: anchor))
        case .whole where layout.lines.count <= atOnce:
            layout = ArticleLayout(document, width: measure)
            headingLines = TypesetArticle.headingLines(of: layout)
            pages = Pages(layout.lines, height: textRows)
            top = clamped(layout.lineIndex(containing: anchor))
        case .whole, .around:
            self = Self.keepingSearch(of: self, Self.around(article, document, measure: measure, textRows: textRows,
                                                            at: anchor))
        case .opening where measure == layout.width && textRows == height:
            // The runtime's first resize, to the size the reader started with: before the first frame.
            break
        case .opening:
            // The opening is short: set again whole, its place kept as a resize keeps it.
            self = ArticleView(article: article, measure: measure, textRows: textRows, at: anchor)
            coverage = .opening
        }
    }

    /// `view` with the search of `old`: matches are places in the text, whatever the layout.
    private static func keepingSearch(of old: ArticleView, _ view: ArticleView) -> ArticleView {
        var view = view
        view.search = old.search
        view.currentMatch = old.currentMatch
        return view
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

    /// Turns to page `number`, counted from 1 as the status line counts; past the end, the last.
    public mutating func go(toPage number: Int) {
        top = clamped(pages.starts[max(0, min(number, pages.count) - 1)])
    }

    /// Turns to the page holding the line `percent` of the way through, as less's `50%` does.
    public mutating func go(toPercent percent: Int) {
        goToPage(containing: layout.lines.count * min(100, percent) / 100)
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
        // From the current match while it is on screen; once the reader has moved away from it,
        // from the top of the screen, as in less: `n` after `G` wraps to the first match rather
        // than going back to the match before the jump.
        let current = currentMatch.flatMap { isOnScreen(search.matches[$0].start) ? $0 : nil }
        let from = current.map { search.matches[$0].start } ?? position
        let strictly = current != nil
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

    private func isOnScreen(_ position: TextPosition) -> Bool {
        (top..<visibleEnd).contains(layout.lineIndex(containing: position))
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
