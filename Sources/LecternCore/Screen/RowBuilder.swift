/// Builds one screen row from styled pieces, never past the row's width in columns.
struct RowBuilder {
    let columns: Int
    private(set) var used = 0
    private(set) var spans: [Span] = []

    init(columns: Int) { self.columns = max(0, columns) }

    var remaining: Int { columns - used }

    /// Appends as much of `text` as fits, keeping `reserve` columns free for what comes after;
    /// a character is never split. An ellipsis marks a cut when asked.
    mutating func append<S: StringProtocol>(_ text: S, _ style: Style, ellipsis: Bool = false, leaving reserve: Int = 0) {
        let available = remaining - max(0, reserve)
        guard !text.isEmpty, available > 0 else { return }
        let width = DisplayWidth.of(text)
        if width <= available {
            add(String(text), width, style)
            return
        }
        let room = ellipsis ? available - 1 : available
        var kept = ""
        var keptWidth = 0
        for character in text {
            let characterWidth = DisplayWidth.of(character.unicodeScalars)
            if keptWidth + characterWidth > room { break }
            kept.append(character)
            keptWidth += characterWidth
        }
        add(kept, keptWidth, style)
        if ellipsis, room >= 0 { add("…", 1, style) }
    }

    /// Puts `text` at the right end of the row, one column from the edge, after padding.
    mutating func appendRight(_ text: String, _ style: Style, padding: Style) {
        pad(to: columns - DisplayWidth.of(text) - 1, padding)
        append(text, style, ellipsis: true)
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
