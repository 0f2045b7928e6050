extension Footer {
    /// A one-line title told on its bytes: most footers' titles are plain enough that neither
    /// decoding nor joining changes them.
    enum PlainTitle: Equatable {
        case plausible(String)
        case implausible
        /// The line needs the general path: its text, joined as `LineJoining` joins.
        case notPlain
    }

    /// The title that the line `content` of `lines` (not blank) makes on its own, as
    /// `title(joining:)` makes it from the line's text, when its bytes are plain: printable (a
    /// tab or another control is changed by decoding), with no double space (joining collapses
    /// it), and starting and ending, inside its spaces, with a character that is not white space
    /// and joins no character before it (ASCII, U+0080–U+02FF, U+2010–U+2027: letters with
    /// accents, dashes, curly quotes). Then trimming its spaces' bytes trims what
    /// `trimmingWhitespace` trims, and the bytes between are the title.
    static func plainTitle(_ content: Range<Int>, in lines: TextLines) -> PlainTitle {
        let bytes = lines.bytes
        var (start, end) = (content.lowerBound, content.upperBound)
        while start < end, bytes[start] == 0x20 { start += 1 }
        while end > start, bytes[end - 1] == 0x20 { end -= 1 }
        guard start < end, endsPlainly(bytes, start: start, end: end) else { return .notPlain }
        var previous: UInt8 = 0
        for byte in bytes[start..<end] {
            if byte < 0x20 || byte == 0x7F || (byte == 0x20 && previous == 0x20) { return .notPlain }
            previous = byte
        }
        let title = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self)
        // A title that does not end in a full stop has no suffix "." (no other character is
        // one); one that does is rare, and its characters are asked about.
        if bytes[end - 1] == UInt8(ascii: ".") || end - start > 160 {
            return isPlausibleTitle(lineCount: 1, title) ? .plausible(title) : .implausible
        }
        return .plausible(title)
    }

    /// Whether the first scalar at `start` and the last before `end` are well-formed and of the
    /// plain kind `plainTitle` describes.
    private static func endsPlainly(_ bytes: UnsafeBufferPointer<UInt8>, start: Int, end: Int) -> Bool {
        guard let first = UTF8Scalar.validatedDecode(bytes, at: start), start + first.length <= end,
              isPlainEnd(first.scalar) else { return false }
        if bytes[end - 1] < 0x80 { return isPlainEnd(UInt32(bytes[end - 1])) }
        // The last scalar's lead byte: at most three continuation bytes back.
        var lead = end - 1
        while lead > start, end - lead < 4, bytes[lead] & 0xC0 == 0x80 { lead -= 1 }
        guard let last = UTF8Scalar.validatedDecode(bytes, at: lead), lead + last.length == end else { return false }
        return isPlainEnd(last.scalar)
    }

    /// Not white space, and never part of a character that starts before it (no combining mark,
    /// joiner or other extender is among these).
    private static func isPlainEnd(_ scalar: UInt32) -> Bool {
        let isCommon = (scalar > 0x20 && scalar < 0x7F) || (scalar >= 0x80 && scalar < 0x300) || (scalar >= 0x2010 && scalar <= 0x2027)
        return isCommon && !WhiteSpace.contains(scalar)
    }
}
