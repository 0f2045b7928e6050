/// One-line excerpts around search matches, for lists of results.
public enum Snippet {
    /// Characters of context on each side of a match, at most.
    public static let context = 30

    /// The match with up to `context` characters of its passage on each side, cut at a word
    /// boundary when the side has one, with "…" where text was cut. Never splits a character.
    public static func make(for match: TextSpan, in passages: [String], context: Int = Snippet.context) -> String {
        guard passages.indices.contains(match.passage) else { return "" }
        let text = passages[match.passage]
        let utf8Count = text.utf8.count
        let lower = min(max(match.range.lowerBound, 0), utf8Count)
        let upper = min(max(match.range.upperBound, lower), utf8Count)
        let context = max(context, 0)
        if let snippet = plainSnippet(text, lower..<upper, context: context) { return snippet }
        return characterSnippet(text, lower..<upper, context: context)
    }

    /// `make` for a match at `range` of a passage given as its UTF-8 bytes: a string of the
    /// passage is made only when the snippet needs the general case.
    static func make(for range: Range<Int>, inPassage bytes: UnsafeBufferPointer<UInt8>, context: Int = Snippet.context) -> String {
        let lower = min(max(range.lowerBound, 0), bytes.count)
        let upper = min(max(range.upperBound, lower), bytes.count)
        let context = max(context, 0)
        if let snippet = plainSnippet(bytes: bytes, lower..<upper, context: context) { return snippet }
        return characterSnippet(String(decoding: bytes, as: UTF8.self), lower..<upper, context: context)
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
        return text.withUTF8 { plainSnippet(bytes: $0, match, context: context) }
    }

    /// `plainSnippet` on the UTF-8 bytes of a passage. The characters looked at are kept as
    /// offsets in room on the stack, and the snippet is collapsed on its bytes.
    static func plainSnippet(bytes: UnsafeBufferPointer<UInt8>, _ match: Range<Int>, context: Int) -> String? {
        let count = bytes.count
        let (lower, upper) = (match.lowerBound, match.upperBound)
        guard lower < upper, isLoneScalar(UTF8Scalar.decode(bytes, at: lower).scalar),
              isLoneScalar(UTF8Scalar.decode(bytes, at: UTF8Scalar.start(before: upper, in: bytes)).scalar) else { return nil }
        let limit = context + 2
        // The only white space among lone scalars.
        func isSpace(_ offset: Int) -> Bool {
            bytes[offset] == 0x20 || (bytes[offset] == 0xC2 && bytes[offset + 1] == 0xA0)
        }
        return withUnsafeTemporaryAllocation(of: Int.self, capacity: 2 * limit) { offsets -> String? in
            // Where the characters before the match start, nearest first (in `offsets[..<limit]`),
            // and those after it, in order (from `offsets[limit]` on).
            var beforeCount = 0
            var index = lower
            // An ASCII byte is a scalar of its own: most steps need no decoding.
            while index > 0, beforeCount < limit {
                if bytes[index - 1] < 0x80 {
                    index -= 1
                    guard isLoneScalar(UInt32(bytes[index])) else { return nil }
                } else {
                    index = UTF8Scalar.start(before: index, in: bytes)
                    guard isLoneScalar(UTF8Scalar.decode(bytes, at: index).scalar) else { return nil }
                }
                offsets[beforeCount] = index
                beforeCount += 1
            }
            var afterCount = 0
            index = upper
            while index < count, afterCount < limit {
                offsets[limit + afterCount] = index
                afterCount += 1
                if bytes[index] < 0x80 {
                    guard isLoneScalar(UInt32(bytes[index])) else { return nil }
                    index += 1
                } else {
                    let (scalar, length) = UTF8Scalar.decode(bytes, at: index)
                    guard isLoneScalar(scalar) else { return nil }
                    index += length
                }
            }
            func before(_ k: Int) -> Bool { isSpace(offsets[k]) }
            func after(_ k: Int) -> Bool { isSpace(offsets[limit + k]) }
            // Before: all of it, or the last `context` characters, from a word on when the cut is
            // inside one and a later one starts, trimmed at the start.
            let cutBefore = beforeCount > context
            var kept = min(context, beforeCount)
            if cutBefore, !before(context), let space = (0..<context).last(where: before),
               (0..<space).contains(where: { !before($0) }) {
                kept = space
            }
            if cutBefore { while kept > 0, before(kept - 1) { kept -= 1 } }
            let start = kept > 0 ? offsets[kept - 1] : lower
            // After: all of it, or the first `context` characters, up to the end of a word when
            // the cut is inside one and an earlier one ends, trimmed at the end.
            let cutAfter = afterCount > context
            var keptAfter = cutAfter ? context : afterCount
            if cutAfter, !after(context), let space = (0..<context).last(where: after),
               (0..<space).contains(where: { !after($0) }) {
                keptAfter = space
            }
            if cutAfter { while keptAfter > 0, after(keptAfter - 1) { keptAfter -= 1 } }
            let end = keptAfter < afterCount ? offsets[limit + keptAfter] : count
            return collapsed(UnsafeBufferPointer(rebasing: bytes[start..<end]), ellipsisBefore: cutBefore,
                             ellipsisAfter: cutAfter)
        }
    }

    /// `WhiteSpace.collapsed` of "…" (when `ellipsisBefore`), `text` and "…" (when `ellipsisAfter`).
    private static func collapsed(_ text: UnsafeBufferPointer<UInt8>, ellipsisBefore: Bool, ellipsisAfter: Bool) -> String {
        // Collapsing never lengthens the text; each "…" is three bytes.
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: text.count + 6) { out in
            var written = 0
            if ellipsisBefore { written = appendEllipsis(to: out, at: written) }
            var pendingSpace = false
            var index = 0
            while index < text.count {
                let byte = text[index]
                // Most bytes are printable ASCII other than a space: copied, with no question
                // about white space.
                if byte &- 0x21 < 0x5E {
                    if pendingSpace {
                        out[written] = 0x20
                        written += 1
                        pendingSpace = false
                    }
                    out[written] = byte
                    written += 1
                    index += 1
                    continue
                }
                let (value, length) = byte < 0x80 ? (UInt32(byte), 1) : UTF8Scalar.decode(text, at: index)
                if WhiteSpace.contains(value) {
                    pendingSpace = written > 0
                } else {
                    if pendingSpace {
                        out[written] = 0x20
                        written += 1
                        pendingSpace = false
                    }
                    // Most scalars are ASCII: one byte, copied alone.
                    if length == 1 {
                        out[written] = byte
                        written += 1
                    } else {
                        for offset in index..<(index + length) {
                            out[written] = text[offset]
                            written += 1
                        }
                    }
                }
                index += length
            }
            if ellipsisAfter {
                if pendingSpace {
                    out[written] = 0x20
                    written += 1
                }
                written = appendEllipsis(to: out, at: written)
            }
            return String(decoding: UnsafeBufferPointer(rebasing: out[..<written]), as: UTF8.self)
        }
    }

    @inline(__always)
    private static func appendEllipsis(to out: UnsafeMutableBufferPointer<UInt8>, at index: Int) -> Int {
        out[index] = 0xE2
        out[index + 1] = 0x80
        out[index + 2] = 0xA6
        return index + 3
    }

    /// A scalar that is a character of its own whatever is around it, and white space only if a
    /// space or no-break space: printable ASCII, U+00A0–U+02FF (no combining marks yet) and
    /// typographic punctuation other than the line, paragraph and bidi controls.
    @inline(__always)
    static func isLoneScalar(_ value: UInt32) -> Bool {
        (0x20..<0x7F).contains(value) || (0xA0..<0x300).contains(value)
            || (0x2010...0x2027).contains(value) || (0x2030...0x205E).contains(value)
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
