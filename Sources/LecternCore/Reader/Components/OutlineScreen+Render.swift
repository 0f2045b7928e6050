/// The outline drawn: a row per heading, page numbers on the right, ▸ on the chosen one and
/// • on the section being read.
extension OutlineScreen {
    func render(in frame: ScreenFrame) -> ScreenPart {
        var rows: [ScreenRow] = []
        let columns = frame.size.columns
        if headings.isEmpty {
            var row = RowBuilder(columns: columns)
            row.append("  This article has no headings", .dim, ellipsis: true)
            rows.append(row.row)
        }
        for index in top..<min(headings.count, top + frame.textRows) {
            let heading = headings[index]
            let chosen = index == selected
            let page = " page \(heading.page + 1) "
            var row = RowBuilder(columns: columns)
            row.append(chosen ? " ▸ " : "   ", chosen ? .selection : .decoration, leaving: page.count)
            row.append(index == current ? "• " : "  ", chosen ? .selection : .heading, leaving: page.count)
            row.append(ControlEscaping.escaped(heading.text), chosen ? .selection : .body, ellipsis: true, leaving: page.count)
            row.pad(to: columns - page.count, chosen ? .selection : .body)
            row.append(page, chosen ? .selection : .dim)
            rows.append(row.row)
        }
        let count = headings.count
        return ScreenPart(title: "Outline — \(article.view.article.title)", rows: rows,
                          status: "Enter jumps to a heading, Esc returns",
                          statusRight: count == 0 ? "0/0" : "\(selected + 1)/\(count)")
    }
}
