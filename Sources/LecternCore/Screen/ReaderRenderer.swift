/// Draws the reader's state as a screen model: pure, so every screen can be checked in tests.
extension ReaderState {
    public func render() -> Screen {
        if isTooSmall { return tooSmallScreen() }
        var rows: [ScreenRow] = []
        var cursor: (row: Int, column: Int)?
        switch mode {
        case .library: rows = libraryRows()
        case .article: rows = articleRows()
        case .help: rows = helpRows()
        }
        let bottom = bottomRow()
        rows.append(bottom.row)
        if prompt != nil { cursor = (size.rows - 1, min(size.columns - 1, bottom.used)) }
        return Screen(size: size, rows: rows, cursor: cursor)
    }

    private func bar(_ text: String, right: String = "", _ style: Style) -> ScreenRow {
        var row = RowBuilder(columns: size.columns)
        row.append(" " + text, style, ellipsis: true, leaving: DisplayWidth.of(right) + 2)
        row.appendRight(right, style, padding: style)
        row.fill(style)
        return row.row
    }

    private func blankRows(_ count: Int) -> [ScreenRow] {
        Array(repeating: ScreenRow(), count: max(0, count))
    }

    // MARK: Library

    private func libraryRows() -> [ScreenRow] {
        var rows = [bar("Lectern — \(library.folder)", .titleBar)]
        if library.entries.isEmpty {
            var row = RowBuilder(columns: size.columns)
            row.append("  No articles in \(library.folder)", .dim, ellipsis: true)
            rows.append(row.row)
        }
        let end = min(list.visible.count, list.top + textRows)
        for rowIndex in list.top..<max(list.top, end) {
            let entry = library.entries[list.visible[rowIndex]]
            let chosen = rowIndex == list.selected
            var row = RowBuilder(columns: size.columns)
            let count = list.textSearch.map { search in
                let matches = search.counts[list.visible[rowIndex]] ?? 0
                return " \(matches) match\(matches == 1 ? "" : "es") "
            } ?? ""
            let countWidth = DisplayWidth.of(count)
            row.append(chosen ? " ▸ " : "   ", chosen ? .selection : .decoration, leaving: countWidth)
            row.append(entry.title, chosen ? .selection : .body, ellipsis: true, leaving: countWidth)
            if !count.isEmpty {
                row.pad(to: size.columns - countWidth, chosen ? .selection : .body)
                row.append(count, chosen ? .selection : .dim)
            }
            if chosen { row.fill(.selection) }
            rows.append(row.row)
        }
        return rows + blankRows(size.rows - 1 - rows.count)
    }

    // MARK: Article

    private func articleRows() -> [ScreenRow] {
        guard let view else { return blankRows(size.rows - 1) }
        let place = library.index(ofID: view.article.id).map { "\($0 + 1)/\(library.entries.count)" } ?? ""
        var rows = [bar(view.article.title, right: place, .titleBar)]
        let end = view.visibleEnd
        for index in view.top..<max(view.top, end) {
            rows.append(articleRow(index, view))
        }
        return rows + blankRows(size.rows - 1 - rows.count)
    }

    private func articleRow(_ index: Int, _ view: ArticleView) -> ScreenRow {
        let line = view.layout.lines[index]
        var row = RowBuilder(columns: size.columns)
        row.pad(to: margin, .body)
        row.append(line.prefix, Self.prefixStyle(line.role))
        guard let span = line.span else { return row.row }
        let passage = view.document.passages[span.passage]
        let textStyle = Self.textStyle(line.role)
        var cursor = span.range.lowerBound
        for match in view.matches(onLine: index) {
            if match.range.lowerBound > cursor {
                row.append(passage.utf8Slice(cursor..<match.range.lowerBound), textStyle)
            }
            row.append(passage.utf8Slice(match.range), match.isCurrent ? .currentMatch : .match)
            cursor = match.range.upperBound
        }
        if cursor < span.range.upperBound {
            row.append(passage.utf8Slice(cursor..<span.range.upperBound), textStyle)
        }
        return row.row
    }

    static func textStyle(_ role: LayoutLine.Role) -> Style {
        switch role {
        case .title: return .title
        case .heading: return .heading
        case .quote: return .quote
        case .note: return .note
        case .link, .footerLink: return .link
        default: return .body
        }
    }

    static func prefixStyle(_ role: LayoutLine.Role) -> Style {
        role == .footerLink ? .dim : .decoration
    }

    // MARK: Help

    private func helpRows() -> [ScreenRow] {
        var rows = [bar("Lectern — keys \(helpFor == .library ? "in the list" : "in an article")", .titleBar)]
        let bindings = helpBindings
        let labelWidth = (bindings.map { DisplayWidth.of($0.label) }.max() ?? 0) + 4
        for binding in bindings.dropFirst(helpTop).prefix(textRows) {
            var row = RowBuilder(columns: size.columns)
            row.append("  " + binding.label, .heading)
            row.pad(to: labelWidth, .body)
            row.append(binding.summary, .body, ellipsis: true)
            rows.append(row.row)
        }
        return rows + blankRows(size.rows - 1 - rows.count)
    }

    // MARK: Bottom line

    private func bottomRow() -> RowBuilder {
        var row = RowBuilder(columns: size.columns)
        if let prompt {
            let label: String
            switch prompt.purpose {
            case .search: label = "/"
            case .filter: label = "Filter: "
            case .librarySearch: label = "Search all articles: "
            }
            row.append(label, .prompt)
            // Keep the end of a long entry in view, where the typing happens.
            let room = max(1, row.remaining - 1)
            var shown = Substring(prompt.text)
            while DisplayWidth.of(shown) > room { shown = shown.dropFirst() }
            row.append(shown, .prompt)
            return row
        }
        var (left, right) = statusText()
        var style = Style.statusBar
        if let message {
            // A notice takes the place of the title; the position and counts stay.
            left = message.text
            if message.isError { style = .message }
            if right.hasSuffix(Self.helpHint) { right.removeLast(Self.helpHint.count) }
        }
        // The right part (position, counts) matters most: the left part gives way to it.
        row.append(" " + left, style, ellipsis: true, leaving: DisplayWidth.of(right) + 2)
        row.appendRight(right, .statusBar, padding: .statusBar)
        row.fill(.statusBar)
        return row
    }

    private static let helpHint = "  ? help"

    private func statusText() -> (String, String) {
        switch mode {
        case .help:
            return ("q or Esc closes the help", "")
        case .library:
            let count = list.visible.count
            let position = count == 0 ? "0/0" : "\(list.selected + 1)/\(count)"
            var filter = list.filter.isEmpty ? "" : "filter “\(list.filter)” · "
            if let search = list.textSearch { filter += "text “\(search.query.text)” · " }
            let total = library.entries.count
            return ("\(filter)\(total) article\(total == 1 ? "" : "s")", "\(position)" + Self.helpHint)
        case .article:
            guard let view else { return ("", "") }
            var right = ""
            if let search = view.search, search.count > 0 {
                right += "match \(view.currentMatch.map { $0 + 1 } ?? 0)/\(search.count)  "
            }
            right += "page \(view.page + 1)/\(view.pages.count)  \(view.percent)%" + Self.helpHint
            return (view.article.title, right)
        }
    }

    private func tooSmallScreen() -> Screen {
        var rows: [ScreenRow] = []
        for index in 0..<max(0, size.rows) {
            var row = RowBuilder(columns: size.columns)
            if index == size.rows / 2 { row.append("Terminal too small", .message, ellipsis: true) }
            rows.append(row.row)
        }
        return Screen(size: size, rows: rows)
    }
}
