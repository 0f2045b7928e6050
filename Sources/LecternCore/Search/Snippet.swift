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
        let context = max(context, 0)
        if let snippet = plainSnippet(text, lower..<upper, context: context) { return snippet }
        return characterSnippet(text, lower..<upper, context: context)
    }

    /// The general case, by characters.
    static func characterSnippet(_ text: String, _ match: Range<Int>, context: Int) -> String {
        let (lower, upper) = (match.lowerBound, match.upperBound)
        let start = characterBoundary(atOrBefore: text.utf8.index(text.startIndex, offsetBy: lower), in: text)
        var end = characterBoundary(atOrBefore: text.utf8.index(text.startIndex, offsetBy: upper), in: text)
        if end < text.utf8.index(text.startIndex, offsetBy: upper) { end = text.index(after: end) }

        let before = leadingContext(text[..<start], limit: context)
        let after = trailingContext(text[end...], limit: context)
        // Any white-space run (a stray line break or tab included) becomes one space.
        return WhiteSpace.collapsed(before + text[start..<end] + after)
    }

    /// The same snippet, worked out on bytes, when each character within `context` + 2 of the
    /// match is one byte of printable ASCII (so a space is the only white space) and the match
    /// begins and ends with scalars below U+0300 (so no character joins across its ends);
    /// nil otherwise.
    static func plainSnippet(_ text: String, _ match: Range<Int>, context: Int) -> String? {
        var text = text
        return text.withUTF8 { bytes -> String? in
            let count = bytes.count
            let (lower, upper) = (match.lowerBound, match.upperBound)
            guard lower < upper else { return nil }
            let from = max(0, lower - context - 2), to = min(count, upper + context + 2)
            func isPrintableASCII(_ range: Range<Int>) -> Bool { bytes[range].allSatisfy { $0 >= 0x20 && $0 < 0x7F } }
            guard isPrintableASCII(from..<lower), isPrintableASCII(upper..<to), bytes[lower] < 0xCC else { return nil }
            var last = upper - 1
            while last > lower, bytes[last] & 0xC0 == 0x80 { last -= 1 }
            guard UTF8Scalar.decode(bytes, at: last).scalar < 0x300 else { return nil }
            let space: UInt8 = 0x20

            // Before: the whole of it, or the last `context` characters from a word on, trimmed.
            var start = 0
            if lower > context {
                start = lower - context
                if bytes[start - 1] != space, let firstSpace = (start..<lower).first(where: { bytes[$0] == space }),
                   (firstSpace..<lower).contains(where: { bytes[$0] != space }) {
                    start = firstSpace + 1
                }
                while start < lower, bytes[start] == space { start += 1 }
            }
            // After: the whole of it, or the first `context` characters up to a word's end, trimmed.
            var end = count
            if count - upper > context {
                end = upper + context
                if bytes[end] != space, let lastSpace = (upper..<end).last(where: { bytes[$0] == space }),
                   (upper..<lastSpace).contains(where: { bytes[$0] != space }) {
                    end = lastSpace
                }
                while end > upper, bytes[end - 1] == space { end -= 1 }
            }
            let kept = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self)
            return WhiteSpace.collapsed((lower > context ? "…" : "") + kept + (count - upper > context ? "…" : ""))
        }
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
