/// Where a reader was in an article, kept so that it can be found again in a terminal of
/// another size or after the file was edited. Never a page or line number: an offset into the
/// article's text (as in `less`), the text's length then, and a few words of the text from there.
///
/// The text is the document's passages one after another (title, headings, paragraphs, list
/// items..., single-spaced), counted in UTF-8 bytes.
public struct RememberedPlace: Sendable, Hashable {
    public var offset: Int
    /// The text's length when the place was recorded: `offset / length` is how far in it was.
    public var length: Int
    /// The text from the offset on, cut at a word: found again if the passage moved.
    public var anchor: String

    /// Anchors are cut at a space before this many UTF-8 bytes.
    static let anchorBytes = 48

    public init(offset: Int, length: Int, anchor: String) {
        self.offset = offset
        self.length = length
        self.anchor = anchor
    }

    /// Records `position` (a line start, such as the top of the screen) in `document`.
    public init(_ position: TextPosition, in document: Document) {
        let offsets = TextOffsets(document)
        let position = offsets.clamp(position)
        offset = offsets.offset(of: position)
        length = offsets.total
        anchor = document.passages.isEmpty ? "" : Self.anchor(in: document.passages[position.passage], from: position.offset)
    }

    /// The nearest position that still exists in `document`: the same place if its text is
    /// unchanged; else where the anchor's text now is (the occurrence nearest the same fraction
    /// of the text); else the same fraction of the text, at the start of a word. Never past the end.
    public func position(in document: Document) -> TextPosition {
        let offsets = TextOffsets(document)
        guard offsets.total > 0 else { return .start }
        if let same = unchangedPosition(in: document, offsets) { return same }
        let target = length > 0 ? Int(Double(min(max(0, offset), length)) / Double(length) * Double(offsets.total)) : 0
        for needle in [anchor, Self.leadingWords(of: anchor)] where !needle.isEmpty {
            if let found = offsets.occurrence(of: needle, nearest: target) { return found }
        }
        return offsets.wordStart(atOffset: min(target, offsets.total - 1))
    }

    /// The same place in `document` when its text there is as it was, else nil: all that the
    /// opening of a long article can tell (`ReaderState.showOpening`).
    public func unchangedPosition(in document: Document) -> TextPosition? {
        unchangedPosition(in: document, TextOffsets(document))
    }

    private func unchangedPosition(in document: Document, _ offsets: TextOffsets) -> TextPosition? {
        guard offset >= 0, offset < offsets.total else { return nil }
        let same = offsets.position(atOffset: offset)
        return document.passages[same.passage].utf8.dropFirst(same.offset).starts(with: anchor.utf8) ? same : nil
    }

    /// The anchor's first words, when it has more: enough to find a sentence edited further on.
    private static func leadingWords(of anchor: String) -> String {
        let words = anchor.split(separator: " ")
        guard words.count > 3 else { return "" }
        let leading = words.prefix(3).joined(separator: " ")
        return leading.utf8.count >= 12 ? leading : ""
    }

    private static func anchor(in passage: String, from offset: Int) -> String {
        let tail = Array(passage.utf8.dropFirst(offset).prefix(anchorBytes + 1))
        guard tail.count > anchorBytes else { return String(decoding: tail, as: UTF8.self) }
        // Cut at the last space, or failing that (a long word, CJK) at a scalar boundary.
        var end = anchorBytes
        if let space = tail[..<anchorBytes].lastIndex(of: 0x20), space > 0 {
            end = space
        } else {
            while end > 0, tail[end] & 0xC0 == 0x80 { end -= 1 }
        }
        return String(decoding: tail[..<end], as: UTF8.self)
    }
}
