/// The article drawn: the lines of the page in the text column, matches highlighted; the title
/// bar carries the running head (the section being read), the status line the title and place.
extension ArticleScreen {
    func render(in frame: ScreenFrame) -> ScreenPart {
        var rows: [ScreenRow] = []
        for index in view.top..<max(view.top, view.visibleEnd) {
            rows.append(row(index, frame))
        }
        var right = ""
        if let search = view.search, search.count > 0 {
            right += "match \(view.currentMatch.map { $0 + 1 } ?? 0)/\(search.count)  "
        }
        // Until the whole of a long article is laid out, what is not known yet shows as "…".
        switch view.coverage {
        case .whole: right += "page \(view.page + 1)/\(view.pages.count)  \(view.percent)%"
        case .opening: right += "page \(view.page + 1)/…  …%"
        case .around: right += "page …  …%"
        }
        // A number being typed shows where the title was, as less shows it on its prompt line.
        let status: String
        switch awaitedMark {
        case .toSet: status = "Mark: type a letter"
        case .toGo: status = "Go to mark: a letter, or ' for before the last jump"
        case nil: status = count.map { "Count: \($0)" } ?? view.article.title
        }
        var part = ScreenPart(title: runningHead, titleRight: place, rows: rows, status: status, statusRight: right)
        if let prompt { part.prompt = ("/", prompt.text) }
        return part
    }

    /// The section the top line is in, or the title before the first heading.
    var runningHead: String {
        if let heading = view.currentHeading { return view.headingText(at: view.headingLines[heading]) }
        if case .around(let heading?) = view.coverage { return heading }
        return view.article.title
    }

    private func row(_ index: Int, _ frame: ScreenFrame) -> ScreenRow {
        let line = view.layout.lines[index]
        var row = RowBuilder(columns: frame.size.columns)
        row.pad(to: frame.margin, .body)
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
        case .titleRule, .headingRule, .body, .listItem, .rule, .blank: return .body
        }
    }

    static func prefixStyle(_ role: LayoutLine.Role) -> Style {
        role == .footerLink ? .dim : .decoration
    }
}
