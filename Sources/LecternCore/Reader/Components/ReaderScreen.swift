/// What the reader shows, each case with the state of its screen. The library list is the
/// root underneath all of them (`ReaderState.libraryScreen`), so `.library` carries nothing;
/// help and the outline carry the screen they return to.
public enum ReaderScreen: Sendable {
    case library
    case article(ArticleScreen)
    case outline(OutlineScreen)
    indirect case help(HelpScreen)

    /// The keys this screen answers to, as help lists them first.
    var keys: KeySection {
        switch self {
        case .library: return KeyMap.library
        case .article: return KeyMap.article
        case .outline: return KeyMap.outline
        case .help: return KeyMap.help
        }
    }

    /// The article on screen, or under the outline or help.
    public var article: ArticleScreen? {
        switch self {
        case .library: return nil
        case .article(let article): return article
        case .outline(let outline): return outline.article
        case .help(let help): return help.behind.article
        }
    }

    mutating func resize(measure: Int, textRows: Int, atOnce: Int) {
        switch self {
        case .library: break
        case .article(var article):
            article.resize(measure: measure, textRows: textRows, atOnce: atOnce)
            self = .article(article)
        case .outline(var outline):
            outline.resize(measure: measure, textRows: textRows, atOnce: atOnce)
            self = .outline(outline)
        case .help(var help):
            help.resize(measure: measure, textRows: textRows, atOnce: atOnce)
            self = .help(help)
        }
    }

    /// Whether `event` (a key or a click) is answered while the article's layout is partial
    /// exactly as over the whole (`ReaderState.waits`). Help shows no article: it never waits.
    func answersBeforeWhole(_ event: ReaderEvent) -> Bool {
        switch self {
        case .library, .help:
            return true
        case .article(let article):
            if case .key(let key) = event { return article.answersBeforeWhole(key) }
            return false  // a click or the wheel on lines perhaps not laid out yet
        case .outline(let outline):
            if case .key(let key) = event { return outline.answersBeforeWhole(key) }
            return false
        }
    }

    /// The place in the library of the article on screen (or under the outline or help), after
    /// the library was read again.
    mutating func relisted(place: String) {
        switch self {
        case .library: break
        case .article(var article):
            article.relisted(place: place)
            self = .article(article)
        case .outline(var outline):
            outline.relisted(place: place)
            self = .outline(outline)
        case .help(var help):
            help.relisted(place: place)
            self = .help(help)
        }
    }

    /// The whole layout of the article on screen (or under the outline or help) in place of a
    /// partial one.
    mutating func complete(with typeset: TypesetArticle, atOnce: Int) {
        switch self {
        case .library: break
        case .article(var article):
            article.complete(with: typeset, atOnce: atOnce)
            self = .article(article)
        case .outline(var outline):
            outline.complete(with: typeset, atOnce: atOnce)
            self = .outline(outline)
        case .help(var help):
            help.complete(with: typeset, atOnce: atOnce)
            self = .help(help)
        }
    }
}
