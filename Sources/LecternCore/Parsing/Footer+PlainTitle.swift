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
    /// `title(joining:)` makes it from the line's text, when its bytes are plain
    /// (`LineJoining.plainLine`): then the bytes are the title.
    static func plainTitle(_ content: Range<Int>, in lines: TextLines) -> PlainTitle {
        guard let title = LineJoining.plainLineText(content, in: lines) else { return .notPlain }
        // A title that does not end in a full stop has no suffix "." (no other character is
        // one); one that does is rare, and its characters are asked about.
        if title.utf8.last == UInt8(ascii: ".") || title.utf8.count > 160 {
            return isPlausibleTitle(lineCount: 1, title) ? .plausible(title) : .implausible
        }
        return .plausible(title)
    }
}
