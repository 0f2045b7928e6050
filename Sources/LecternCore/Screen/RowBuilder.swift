/// Builds one screen row from styled pieces, never past the row's width in columns.
struct RowBuilder {
    let columns: Int
    private(set) var used = 0
    private(set) var spans: [Span] = []

    init(columns: Int) { self.columns = max(0, columns) }

    var remaining: Int { columns - used }

    /// Appends as much of `text` as fits; a character is never split. An ellipsis marks a cut when asked.
    mutating func append<S: StringProtocol>(_ text: S, _ style: Style, ellipsis: Bool = false) {
        guard !text.isEmpty, remaining > 0 else { return }
        let width = DisplayWidth.of(text)
        if width <= remaining {
            add(String(text), width, style)
            return
        }
        let room = ellipsis ? remaining - 1 : remaining
        var kept = ""
        var keptWidth = 0
        for character in text {
            let characterWidth = DisplayWidth.of(character.unicodeScalars)
            if keptWidth + characterWidth > room { break }
            kept.append(character)
            keptWidth += characterWidth
        }
        add(kept, keptWidth, style)
        if ellipsis, remaining > 0 { add("…", 1, style) }
    }

    mutating func pad(to column: Int, _ style: Style) {
        let target = min(columns, column)
        if target > used { add(String(repeating: " ", count: target - used), target - used, style) }
    }

    /// Fills the rest of the row, so bars span the whole width.
    mutating func fill(_ style: Style) { pad(to: columns, style) }

    var row: ScreenRow { ScreenRow(spans) }

    private mutating func add(_ text: String, _ width: Int, _ style: Style) {
        guard width > 0 || !text.isEmpty else { return }
        if let last = spans.last, last.style == style {
            spans[spans.count - 1].text += text
        } else {
            spans.append(Span(text, style))
        }
        used += width
    }
}

extension DisplayWidth {
    static func of(_ scalars: String.UnicodeScalarView) -> Int {
        var total = 0
        for scalar in scalars { total += of(scalar) }
        return total
    }
}
