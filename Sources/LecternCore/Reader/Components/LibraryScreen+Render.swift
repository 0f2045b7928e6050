/// The list drawn: one row per article, the chosen one marked, match counts on the right.
extension LibraryScreen {
    func render(in frame: ScreenFrame) -> ScreenPart {
        var rows: [ScreenRow] = []
        if library.entries.isEmpty {
            var row = RowBuilder(columns: frame.size.columns)
            row.append("  No articles in \(library.folder)", .dim, ellipsis: true)
            rows.append(row.row)
        }
        let end = min(list.visible.count, list.top + frame.textRows)
        for rowIndex in list.top..<max(list.top, end) {
            rows.append(row(rowIndex, columns: frame.size.columns))
        }
        var part = ScreenPart(title: "Lectern — \(library.folder)", rows: rows, status: status,
                              statusRight: list.visible.isEmpty ? "0/0" : "\(list.selected + 1)/\(list.visible.count)")
        switch typing {
        case .filter(let prompt): part.prompt = ("Filter: ", prompt.text)
        case .search(let prompt): part.prompt = ("Search all articles: ", prompt.text)
        case nil: break
        }
        return part
    }

    private func row(_ rowIndex: Int, columns: Int) -> ScreenRow {
        let entryIndex = list.visible[rowIndex]
        let chosen = rowIndex == list.selected
        var row = RowBuilder(columns: columns)
        let count = list.textSearch.map { search in
            let matches = search.counts[entryIndex] ?? 0
            return " \(matches) match\(matches == 1 ? "" : "es") "
        } ?? ""
        let countWidth = DisplayWidth.of(count)
        row.append(chosen ? " ▸ " : "   ", chosen ? .selection : .decoration, leaving: countWidth)
        row.append(library.entries[entryIndex].title, chosen ? .selection : .body, ellipsis: true, leaving: countWidth)
        if !count.isEmpty {
            row.pad(to: columns - countWidth, chosen ? .selection : .body)
            row.append(count, chosen ? .selection : .dim)
        }
        if chosen { row.fill(.selection) }
        return row.row
    }

    private var status: String {
        var parts: [String] = []
        if !list.filter.isEmpty { parts.append("filter “\(list.filter)”") }
        if let search = list.textSearch { parts.append("text “\(search.query.text)”") }
        if let run = search, run.phase == .running {
            parts.append("searching… \(Count.grouped(run.searched)) of \(Count.grouped(run.total))")
        } else {
            let total = library.entries.count
            parts.append("\(Count.grouped(total)) article\(total == 1 ? "" : "s")")
        }
        return parts.joined(separator: " · ")
    }
}
