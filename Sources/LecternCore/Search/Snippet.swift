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

    /// The same snippet, worked out on scalars, when every character within `context` + 2 of
    /// the match and at its ends is one scalar that joins nothing (`isLoneScalar`): then the
    /// characters are the scalars and white space is a space or a no-break space. Nil otherwise.
    static func plainSnippet(_ text: String, _ match: Range<Int>, context: Int) -> String? {
        var text = text
        return text.withUTF8 { bytes -> String? in
            let count = bytes.count
            let (lower, upper) = (match.lowerBound, match.upperBound)
            guard lower < upper, isLoneScalar(UTF8Scalar.decode(bytes, at: lower).scalar),
                  isLoneScalar(UTF8Scalar.decode(bytes, at: scalarStart(before: upper, in: bytes)).scalar) else { return nil }
            // The characters before the match, nearest first, and after it, in order: where each
            // starts, and whether it is white space.
            var before: [(offset: Int, isSpace: Bool)] = []
            before.reserveCapacity(context + 2)
            var index = lower
            while index > 0, before.count < context + 2 {
                index = scalarStart(before: index, in: bytes)
                let scalar = UTF8Scalar.decode(bytes, at: index).scalar
                guard isLoneScalar(scalar) else { return nil }
                before.append((index, scalar == 0x20 || scalar == 0xA0))
            }
            var after: [(offset: Int, isSpace: Bool)] = []
            after.reserveCapacity(context + 2)
            index = upper
            while index < count, after.count < context + 2 {
                let (scalar, length) = UTF8Scalar.decode(bytes, at: index)
                guard isLoneScalar(scalar) else { return nil }
                after.append((index, scalar == 0x20 || scalar == 0xA0))
                index += length
            }
            // Before: all of it, or the last `context` characters, from a word on when the cut is
            // inside one and a later one starts, trimmed at the start.
            let cutBefore = before.count > context
            var kept = min(context, before.count)
            if cutBefore, !before[context].isSpace, let space = (0..<context).last(where: { before[$0].isSpace }),
               (0..<space).contains(where: { !before[$0].isSpace }) {
                kept = space
            }
            if cutBefore { while kept > 0, before[kept - 1].isSpace { kept -= 1 } }
            let start = kept > 0 ? before[kept - 1].offset : lower
            // After: all of it, or the first `context` characters, up to the end of a word when
            // the cut is inside one and an earlier one ends, trimmed at the end.
            let cutAfter = after.count > context
            var keptAfter = cutAfter ? context : after.count
            if cutAfter, !after[context].isSpace, let space = (0..<context).last(where: { after[$0].isSpace }),
               (0..<space).contains(where: { !after[$0].isSpace }) {
                keptAfter = space
            }
            if cutAfter { while keptAfter > 0, after[keptAfter - 1].isSpace { keptAfter -= 1 } }
            let end = keptAfter < after.count ? after[keptAfter].offset : count
            let snippet = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self)
            return WhiteSpace.collapsed((cutBefore ? "…" : "") + snippet + (cutAfter ? "…" : ""))
        }
    }

    /// A scalar that is a character of its own whatever is around it, and white space only if a
    /// space or no-break space: printable ASCII, U+00A0–U+02FF (no combining marks yet) and
    /// typographic punctuation other than the line, paragraph and bidi controls.
    @inline(__always)
    private static func isLoneScalar(_ value: UInt32) -> Bool {
        (0x20..<0x7F).contains(value) || (0xA0..<0x300).contains(value)
            || (0x2010...0x2027).contains(value) || (0x2030...0x205E).contains(value)
    }

    /// Where the scalar that ends at `index` starts.
    @inline(__always)
    private static func scalarStart(before index: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Int {
        var start = index - 1
        while start > 0, bytes[start] & 0xC0 == 0x80 { start -= 1 }
        return start
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
