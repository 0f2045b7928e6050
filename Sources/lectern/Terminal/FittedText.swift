import CNcursesw

/// A span's text as the wide characters ncurses paints, cut so that it never passes the last column.
struct FittedText: Equatable {
    var characters: [wchar_t]
    /// The column just after the text.
    var endColumn: Int

    /// Measures with the C library's `wcwidth`, as ncurses and tmux do. Tabs become a space and
    /// unprintable characters a `?`, because ncurses would expand or escape them to other widths.
    init(_ text: String, startingAt column: Int, columnLimit: Int) {
        var characters: [wchar_t] = []
        characters.reserveCapacity(text.utf8.count)
        var column = column
        for scalar in text.unicodeScalars {
            var code = wchar_t(bitPattern: scalar.value)
            var width = Int(wcwidth(code))
            if scalar == "\t" || width < 0 {
                code = scalar == "\t" ? 0x20 : 0x3F
                width = 1
            }
            if width == 0 && characters.isEmpty && column == 0 { continue }  // nothing to combine with
            if column + width > columnLimit { break }
            characters.append(code)
            column += width
        }
        self.characters = characters
        self.endColumn = column
    }
}
