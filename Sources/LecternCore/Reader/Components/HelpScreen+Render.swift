/// The help drawn: section titles, then each binding's generated label and what it does.
extension HelpScreen {
    func render(in frame: ScreenFrame) -> ScreenPart {
        let lines = self.lines
        let labelWidth = sections.flatMap(\.bindings).map { DisplayWidth.of($0.label) }.max() ?? 0
        var rows: [ScreenRow] = []
        for line in lines.dropFirst(top).prefix(frame.textRows) {
            var row = RowBuilder(columns: frame.size.columns)
            switch line {
            case .section(let title):
                row.append(" " + title, .title, ellipsis: true)
            case .binding(let binding):
                row.append("  " + binding.label, .heading)
                row.pad(to: labelWidth + 6, .body)
                row.append(binding.summary, .body, ellipsis: true)
            case .gap:
                break
            }
            rows.append(row.row)
        }
        let more = top + frame.textRows < lines.count ? "j for more" : ""
        return ScreenPart(title: "Lectern — keys", rows: rows, status: "q or Esc closes the help",
                          statusRight: more, showsHelpHint: false)
    }
}
