/// Every key, from the key map: the keys of the screen it was opened over first, then the
/// others. Holds that screen, to return to it.
public struct HelpScreen: Sendable {
    public private(set) var behind: ReaderScreen
    public let sections: [KeySection]
    public private(set) var top = 0
    private var height: Int

    public init(over behind: ReaderScreen, height: Int) {
        self.behind = behind
        let first = behind.keys
        sections = [first] + KeyMap.all.filter { $0.title != first.title }
        self.height = max(1, height)
    }

    /// The help's lines: a title for each section, then its bindings.
    enum Line {
        case section(String)
        case binding(KeyBinding)
        case gap
    }

    var lines: [Line] {
        var lines: [Line] = []
        for section in sections {
            if !lines.isEmpty { lines.append(.gap) }
            lines.append(.section(section.title))
            lines += section.bindings.map(Line.binding)
        }
        return lines
    }

    private var lastTop: Int { max(0, lines.count - height) }

    mutating func resize(measure: Int, textRows: Int, atOnce: Int) {
        // The screen underneath is shown again when help closes: at the size of the moment.
        behind.resize(measure: measure, textRows: textRows, atOnce: atOnce)
        height = max(1, textRows)
        top = min(top, lastTop)
    }

    mutating func relisted(place: String) {
        behind.relisted(place: place)
    }

    mutating func complete(with typeset: TypesetArticle, atOnce: Int) {
        behind.complete(with: typeset, atOnce: atOnce)
    }

    public mutating func handle(_ key: Key) -> [ScreenEffect] {
        guard let command = KeyMap.help.command(for: key) else { return [] }
        return update(command)
    }

    public mutating func update(_ command: Command) -> [ScreenEffect] {
        switch command {
        case .lineDown: top = min(lastTop, top + 1)
        case .lineUp: top = max(0, top - 1)
        case .nextPage: top = min(lastTop, top + height)
        case .previousPage: top = max(0, top - height)
        case .top: top = 0
        case .bottom: top = lastTop
        case .close, .help: return [.close]
        case .quit: return [.quit]
        case .redraw: return [.run(.repaintAll)]
        case .halfPageDown, .halfPageUp, .open, .followNext, .followPrevious, .back, .forward,
             .search, .nextMatch, .previousMatch, .clearSearch, .filter, .searchLibrary, .outline,
             .narrower, .wider, .percent, .reload, .setMark, .goToMark, .edit:
            break
        }
        return []
    }
}
