/// The frame around every screen: the title bar, the screen's rows, and the bottom line (a
/// prompt being typed, or the status with the notice of the moment in place of its left part).
enum ReaderChrome {
    static let helpHint = "  ? help"

    static func compose(_ part: ScreenPart, notice: Notice?, in frame: ScreenFrame) -> Screen {
        let size = frame.size
        var rows = [bar(part.title, right: part.titleRight, columns: size.columns)]
        rows += part.rows.prefix(max(0, size.rows - 2))
        rows += Array(repeating: ScreenRow(), count: max(0, size.rows - 1 - rows.count))
        var bottom = RowBuilder(columns: size.columns)
        var cursor: (row: Int, column: Int)?
        if let prompt = part.prompt {
            bottom.append(prompt.label, .prompt)
            // Keep the end of a long entry in view, where the typing happens.
            let room = max(1, bottom.remaining - 1)
            var shown = Substring(prompt.text)
            while DisplayWidth.of(shown) > room { shown = shown.dropFirst() }
            bottom.append(shown, .prompt)
            cursor = (size.rows - 1, min(size.columns - 1, bottom.used))
        } else {
            // Titles, file names and notices naming them come from outside: shown escaped, never
            // acting on the terminal.
            // A notice takes the place of the left part.
            let left = " " + ControlEscaping.escaped(notice?.text ?? part.status)
            var style = Style.statusBar
            var right = part.statusRight + (part.showsHelpHint ? helpHint : "")
            if let notice {
                // It says what a key just did, so it is shown whole where the line can hold it: the
                // position and counts stay when they fit beside it, and come back with the next key
                // when they do not.
                if notice.isError { style = .message }
                let fitsBeside = DisplayWidth.of(left) + 2 + DisplayWidth.of(part.statusRight) <= size.columns
                right = fitsBeside ? part.statusRight : ""
            }
            // The right part (position, counts) matters most: the left part gives way to it.
            bottom.append(left, style, ellipsis: true, leaving: right.isEmpty ? 0 : DisplayWidth.of(right) + 2)
            bottom.appendRight(right, .statusBar, padding: .statusBar)
            bottom.fill(.statusBar)
        }
        rows.append(bottom.row)
        return Screen(size: size, rows: Array(rows.prefix(max(0, size.rows))), cursor: cursor)
    }

    private static func bar(_ text: String, right: String, columns: Int) -> ScreenRow {
        var row = RowBuilder(columns: columns)
        row.append(" " + ControlEscaping.escaped(text), .titleBar, ellipsis: true, leaving: DisplayWidth.of(right) + 2)
        row.appendRight(right, .titleBar, padding: .titleBar)
        row.fill(.titleBar)
        return row.row
    }

    static func tooSmall(_ size: TerminalSize) -> Screen {
        var rows: [ScreenRow] = []
        for index in 0..<max(0, size.rows) {
            var row = RowBuilder(columns: size.columns)
            if index == size.rows / 2 { row.append("Terminal too small", .message, ellipsis: true) }
            rows.append(row.row)
        }
        return Screen(size: size, rows: rows)
    }
}
