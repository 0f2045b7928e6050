/// The list drawn: one row per article, the chosen one marked; on the right, match counts and
/// how far each article was read (unread, a percent, finished).
extension LibraryScreen {
    /// The status column's width: "finished" and a space each side.
    static let statusColumns = 10

    func render(in frame: ScreenFrame, memory: ReadingMemory) -> ScreenPart {
        var rows: [ScreenRow] = []
        if library.entries.isEmpty {
            var row = RowBuilder(columns: frame.size.columns)
            // Articles are `.txt` files: say so, for a folder of other files (`lectern FILE` opens any one).
            row.append("  No .txt articles in \(ControlEscaping.escaped(library.folder))", .dim, ellipsis: true)
            rows.append(row.row)
        }
        let end = min(list.visible.count, list.top + frame.textRows)
        for rowIndex in list.top..<max(list.top, end) {
            rows.append(row(rowIndex, columns: frame.size.columns, memory: memory))
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

    private func row(_ rowIndex: Int, columns: Int, memory: ReadingMemory) -> ScreenRow {
        let entryIndex = list.visible[rowIndex]
        let chosen = rowIndex == list.selected
        var row = RowBuilder(columns: columns)
        let count = list.textSearch.map { search in
            let matches = search.counts[entryIndex] ?? 0
            return " \(matches) match\(matches == 1 ? "" : "es") "
        } ?? ""
        let status = memory.status(of: library.entries[entryIndex].id)
        let label = status.label
        let statusText = String(repeating: " ", count: max(1, Self.statusColumns - 1 - label.count)) + label + " "
        let right = DisplayWidth.of(count) + DisplayWidth.of(statusText)
        row.append(chosen ? " ▸ " : "   ", chosen ? .selection : .decoration, leaving: right)
        row.append(ControlEscaping.escaped(library.entries[entryIndex].title), chosen ? .selection : .body, ellipsis: true, leaving: right)
        row.pad(to: columns - right, chosen ? .selection : .body)
        if !count.isEmpty { row.append(count, chosen ? .selection : .dim) }
        let statusStyle: Style = chosen ? .selection : status == .unread ? .dim : .body
        row.append(statusText, statusStyle)
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
