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
    /// it), and starting and ending, inside its spaces, with a character that is plain
    /// (`plainScalarLength`). Then trimming its spaces' bytes trims what `trimmingWhitespace`
    /// trims, and the bytes between are the title.
    static func plainTitle(_ content: Range<Int>, in lines: TextLines) -> PlainTitle {
        let bytes = lines.bytes
        var (start, end) = (content.lowerBound, content.upperBound)
        while start < end, bytes[start] == 0x20 { start += 1 }
        while end > start, bytes[end - 1] == 0x20 { end -= 1 }
        guard start < end, let first = plainScalarLength(bytes, at: start), start + first <= end,
              (1...3).contains(where: { end - $0 >= start && plainScalarLength(bytes, at: end - $0) == $0 }) else { return .notPlain }
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

    /// The length of the scalar at `index` when it is plain at a title's end: printable ASCII but
    /// a space, or one of the scalars plain files hold most outside ASCII (letters with accents,
    /// dashes, curly quotes: `PlainFile.commonScalarLength`) but the no-break space. None of
    /// those is white space, or joins a character before it (no combining mark, joiner or other
    /// extender is among them), so the spaces beside it are characters of their own.
    private static func plainScalarLength(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Int? {
        let lead = bytes[index]
        if lead < 0x80 { return lead > 0x20 && lead < 0x7F ? 1 : nil }
        let isNoBreakSpace = lead == 0xC2 && index + 1 < bytes.count && bytes[index + 1] == 0xA0
        return isNoBreakSpace ? nil : PlainFile.commonScalarLength(in: bytes, at: index)
    }
}
