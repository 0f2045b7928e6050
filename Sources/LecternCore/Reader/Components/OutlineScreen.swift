/// The article's headings with the page each starts on, the section being read marked;
/// choosing one turns the article to it. Holds the article it came from, to return to.
public struct OutlineScreen: Sendable {
    public private(set) var article: ArticleScreen
    public private(set) var headings: [Heading]
    /// The heading whose section was on screen when the outline opened.
    public let current: Int?
    public private(set) var selected: Int
    public private(set) var top = 0
    private var height: Int

    public struct Heading: Sendable, Equatable {
        public var text: String
        /// The layout line the heading starts on.
        public var line: Int
        /// 0-based.
        public var page: Int
    }

    public init(article: ArticleScreen, height: Int) {
        self.article = article
        self.height = max(1, height)
        current = article.view.currentHeading
        selected = current ?? 0
        headings = Self.headings(of: article.view)
        fit()
    }

    private static func headings(of view: ArticleView) -> [Heading] {
        view.headingLines.map { line in
            Heading(text: view.headingText(at: line), line: line, page: view.pages.page(containing: line))
        }
    }

    mutating func resize(measure: Int, textRows: Int, atOnce: Int) {
        article.resize(measure: measure, textRows: textRows, atOnce: atOnce)
        headings = Self.headings(of: article.view)
        height = max(1, textRows)
        fit()
    }

    mutating func relisted(place: String) {
        article.relisted(place: place)
    }

    mutating func complete(with typeset: TypesetArticle, atOnce: Int) {
        article.complete(with: typeset, atOnce: atOnce)
        headings = Self.headings(of: article.view)
        fit()
    }

    public mutating func handle(_ key: Key) -> [ScreenEffect] {
        guard let command = KeyMap.outline.command(for: key) else { return [] }
        return update(command)
    }

    public mutating func update(_ command: Command) -> [ScreenEffect] {
        switch command {
        case .lineDown: move(to: selected + 1)
        case .lineUp: move(to: selected - 1)
        case .nextPage: move(to: selected + height)
        case .previousPage: move(to: selected - height)
        case .top: move(to: 0)
        case .bottom: move(to: headings.count - 1)
        case .open:
            guard headings.indices.contains(selected) else { return [.close] }
            article.go(toLine: headings[selected].line)
            return [.close]
        case .close, .outline: return [.close]
        case .quit: return [.quit]
        case .help: return [.openHelp]
        case .redraw: return [.run(.repaintAll)]
        case .halfPageDown, .halfPageUp, .followNext, .followPrevious, .back, .forward,
             .search, .nextMatch, .previousMatch, .clearSearch, .filter, .searchLibrary,
             .narrower, .wider, .reload, .percent, .setMark, .goToMark, .edit:
            break
        }
        return []
    }

    /// Whether `key` is answered over a partial layout of the article (the lines around the
    /// place, after a resize) as over the whole: leaving the outline, help, quitting. Moving
    /// through the headings needs them all, and where they are.
    func answersBeforeWhole(_ key: Key) -> Bool {
        guard let command = KeyMap.outline.command(for: key) else { return true }
        switch command {
        case .close, .outline, .quit, .help, .redraw:
            return true
        case .lineDown, .lineUp, .nextPage, .previousPage, .top, .bottom, .open:
            return false
        case .halfPageDown, .halfPageUp, .followNext, .followPrevious, .back, .forward,
             .search, .nextMatch, .previousMatch, .clearSearch, .filter, .searchLibrary,
             .narrower, .wider, .reload, .percent, .setMark, .goToMark, .edit:
            return true  // not keys of the outline
        }
    }

    /// The wheel moves through the headings; a click on one jumps to it.
    /// `row` counts from the top of the screen, the title bar being row 0.
    public mutating func handle(_ mouse: MouseEvent) -> [ScreenEffect] {
        switch mouse.action {
        case .wheelUp: return update(.lineUp)
        case .wheelDown: return update(.lineDown)
        case .click:
            let index = top + mouse.row - 1
            guard mouse.row >= 1, mouse.row <= height, headings.indices.contains(index) else { return [] }
            move(to: index)
            return update(.open)
        }
    }

    private mutating func move(to index: Int) {
        selected = max(0, min(headings.count - 1, index))
        fit()
    }

    private mutating func fit() {
        top = scrolledTop(top, keeping: selected, height: height, count: headings.count)
    }
}
