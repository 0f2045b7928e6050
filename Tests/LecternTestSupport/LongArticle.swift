/// Long articles for the tests of how the reader opens and resizes them: headings, paragraphs
/// of many lengths, lists with their introductions, quotations, rules, curly quotes, accents,
/// CJK and emoji, and a footer, as in an export.
public enum LongArticle {
    /// An article of at least `bytes` bytes of UTF-8, the same for the same `bytes`.
    public static func text(title: String = "A Long Article", bytes: Int, wrapAt width: Int? = nil) -> String {
        let words = ["reader", "page", "café", "naïve", "“quoted”", "it’s", "line", "column", "漢字", "text",
                     "résumé", "—", "layout", "🙂", "offset", "place", "heading", "Ångström", "word", "less"]
        var text = title + "\n\n"
        var index = 0
        while text.utf8.count < bytes {
            index += 1
            if index % 9 == 0 { text += "## Part \(index / 9)\n\n" }
            if index % 23 == 0 { text += "The steps that help:\n\n- one \(words[index % 20])\n- two\n- three \(index)\n\n" }
            if index % 31 == 0 { text += "> A quotation \(index) of \(words[(index + 3) % 20]) words.\n\n" }
            if index % 47 == 0 { text += "* * *\n\n" }
            // Paragraph lengths from one line to several screens' worth of lines, by a fixed rule.
            let count = 8 + (index * 37) % 240
            var paragraph = "Paragraph \(index)"
            for word in 0..<count { paragraph += " " + words[(index * 7 + word * 3) % 20] }
            text += wrapped(paragraph + ".", at: width) + "\n\n"
        }
        return text + "Previous\n\nThe One Before\n\nNext\n\nThe One After\n"
    }

    private static func wrapped(_ paragraph: String, at width: Int?) -> String {
        guard let width else { return paragraph }
        var lines: [String] = []
        var line = ""
        for word in paragraph.split(separator: " ") {
            if !line.isEmpty, line.count + 1 + word.count > width {
                lines.append(line)
                line = ""
            }
            line += (line.isEmpty ? "" : " ") + word
        }
        lines.append(line)
        return lines.joined(separator: "\n")
    }
}
