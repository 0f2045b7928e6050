/// One-line excerpts around search matches, for lists of results.
public enum Snippet {
    /// The match with up to `context` characters of its passage on each side, cut at a word
    /// boundary when the side has one, with "…" where text was cut. Never splits a character.
    public static func make(for match: TextSpan, in passages: [String], context: Int = 30) -> String {
        guard passages.indices.contains(match.passage) else { return "" }
        let text = passages[match.passage]
        let utf8Count = text.utf8.count
        let lower = min(max(match.range.lowerBound, 0), utf8Count)
        let upper = min(max(match.range.upperBound, lower), utf8Count)
        let start = characterBoundary(atOrBefore: text.utf8.index(text.startIndex, offsetBy: lower), in: text)
        var end = characterBoundary(atOrBefore: text.utf8.index(text.startIndex, offsetBy: upper), in: text)
        if end < text.utf8.index(text.startIndex, offsetBy: upper) { end = text.index(after: end) }

        let context = max(context, 0)
        let before = leadingContext(text[..<start], limit: context)
        let after = trailingContext(text[end...], limit: context)
        // Any white-space run (a stray line break or tab included) becomes one space.
        return WhiteSpace.collapsed(before + text[start..<end] + after)
    }

    /// Up to `limit` characters from the end of `text`, starting at a word when it was cut.
    private static func leadingContext(_ text: Substring, limit: Int) -> String {
        let cut = text.index(text.endIndex, offsetBy: -limit, limitedBy: text.startIndex) ?? text.startIndex
        guard cut > text.startIndex else { return String(text) }
        var kept = text[cut...]
        if !text[text.index(before: cut)].isWhitespace,
           let space = kept.firstIndex(where: \.isWhitespace),
           kept[space...].contains(where: { !$0.isWhitespace }) {
            kept = kept[kept.index(after: space)...]
        }
        return "…" + trimmedStart(kept)
    }

    /// Up to `limit` characters from the start of `text`, ending at a word when it was cut.
    private static func trailingContext(_ text: Substring, limit: Int) -> String {
        let cut = text.index(text.startIndex, offsetBy: limit, limitedBy: text.endIndex) ?? text.endIndex
        guard cut < text.endIndex else { return String(text) }
        var kept = text[..<cut]
        if !text[cut].isWhitespace,
           let space = kept.lastIndex(where: \.isWhitespace),
           kept[..<space].contains(where: { !$0.isWhitespace }) {
            kept = kept[..<space]
        }
        return trimmedEnd(kept) + "…"
    }

    private static func characterBoundary(atOrBefore index: String.Index, in text: String) -> String.Index {
        // String's Character methods round an index inside a cluster down to the cluster's start.
        index == text.endIndex ? index : text.index(before: text.index(after: index))
    }

    private static func trimmedStart(_ text: Substring) -> Substring {
        text.drop(while: \.isWhitespace)
    }

    private static func trimmedEnd(_ text: Substring) -> Substring {
        var text = text
        while text.last?.isWhitespace == true { text.removeLast() }
        return text
    }
}
