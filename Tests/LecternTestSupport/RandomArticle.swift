/// Random article sources built line by line from what the parser tells apart: paragraphs
/// (one line or wrapped, indented or not), headings (marked or not), lists of every marker with
/// wrapped and indented continuations, quotations, rules, notes, addresses, footer labels;
/// in Latin, accented, CJK and emoji text; with tabs, trailing spaces, runs of blank lines and
/// CRLF line ends.
public enum RandomArticle {
    static let words = [
        "the", "memory", "Healing", "trauma", "café", "naïve", "Ångström", "self-", "care", "end.", "help:",
        "日本語の", "文章。", "「引用」", "😀", "🇫🇷", "e\u{301}", "—", "“quoted”", "it’s", "3.14", "(see)", "12.",
    ]

    static func words(_ random: inout SeededRandom, _ count: Int) -> String {
        (0..<count).map { _ in words[random.next(upTo: words.count)] }.joined(separator: random.next(upTo: 6) == 0 ? "  " : " ")
    }

    static func line(_ random: inout SeededRandom) -> String {
        switch random.next(upTo: 24) {
        case 0, 1, 2: return ""
        case 3: return random.next(upTo: 2) == 0 ? "   " : "\t"
        case 4: return "## " + words(&random, 1 + random.next(upTo: 4))
        case 5: return ["What Happens When We Remember?", "The Challenge Of Memory", "Steps:", "It may help:"][random.next(upTo: 4)]
        case 6: return ["---", "* * *", "___", "———"][random.next(upTo: 4)]
        case 7, 8: return ["- ", "* ", "• ", "1. ", "2) ", "10. ", "12) "][random.next(upTo: 7)] + words(&random, 1 + random.next(upTo: 12))
        case 9: return String(repeating: " ", count: 1 + random.next(upTo: 5)) + words(&random, 1 + random.next(upTo: 10))
        case 10: return "> " + words(&random, 1 + random.next(upTo: 20))
        case 11: return ">"
        case 12: return "Note: " + words(&random, 1 + random.next(upTo: 10))
        case 13: return ["https://example.com/a", "www.example.org", "Read more at https://example.com"][random.next(upTo: 3)]
        case 14: return ["Previous", "Next", "Previous:", "next"][random.next(upTo: 4)]
        case 15: return words(&random, 1 + random.next(upTo: 3)).capitalized
        case 16: return "\t" + words(&random, 1 + random.next(upTo: 6)) + "  "
        default: return words(&random, 1 + random.next(upTo: 40))
        }
    }

    /// An article's source of about `lines` lines.
    public static func source(_ random: inout SeededRandom, lines: Int) -> String {
        let lineEnd = random.next(upTo: 5) == 0 ? "\r\n" : "\n"
        var text = random.next(upTo: 4) == 0 ? "\n" : ""
        text += words(&random, 1 + random.next(upTo: 8)) + lineEnd
        for _ in 0..<lines { text += line(&random) + lineEnd }
        if random.next(upTo: 2) == 0 { text += "\nPrevious\nPrevious\n\nAn Earlier Title\n\nNext\n\nA Later Title" }
        return text
    }
}

private extension String {
    var capitalized: String { prefix(1).uppercased() + dropFirst() }
}
