/// A paragraph read straight from a piece of text's bytes while no block is open: its lines'
/// trimmed texts as byte ranges, ready for `BlockBuilder.addParagraph`. Most lines of a
/// hard-wrapped article are such paragraphs' lines, and read so each costs a byte scan instead
/// of a Substring, a `SourceLine` and a line in the builder.
struct ParagraphRun {
    /// The trimmed text of each line of the paragraph last read.
    private(set) var lines: [Range<Int>] = []

    /// Reads the paragraph that starts at the line at `start` of `piece`, as a `BlockBuilder`
    /// with no block open would take it: lines that are each `.text`, up to a line that closes
    /// it (blank, a rule, a heading, a quotation or a bulleted item) or the piece's end. Returns
    /// where the lines after it start: after a blank line of spaces that closed it (nothing
    /// would come of it), at any other line that closed it, or past the end. Nil, having read
    /// nothing for the builder, when the first line is no text, when a numbered item follows
    /// (whether it goes on the paragraph depends on its lines), or when a line's text starts
    /// with white space that joining trims; then the builder reads these lines.
    mutating func read(from start: Int, of piece: PieceText) -> Int? {
        lines.removeAll(keepingCapacity: true)
        let bytes = piece.lines.bytes
        var line = start
        while true {
            let end = piece.lines.end(ofLineAt: line)
            if let text = SourceLine.plainText(line..<end, in: bytes) {
                lines.append(text)
            } else if SourceLine.holdsOnlySpaces(line..<end, in: bytes) {
                return lines.isEmpty ? nil : end + 1
            } else {
                switch SourceLine(piece.substring(line..<end)) {
                case .text(let text, _):
                    guard text.trimmingWhitespace().startIndex == text.startIndex else { return nil }
                    lines.append(piece.range(of: text))
                case .listItem(number: .some, _, _):
                    return nil
                case .blank, .rule, .markedHeading, .quote, .listItem(number: .none, _, _):
                    return lines.isEmpty ? nil : line
                }
            }
            if end == bytes.count { return end + 1 }
            line = end + 1
        }
    }
}

/// A piece of an article's text with its bytes: lines addressed by their bytes' offsets.
struct PieceText {
    let text: Substring
    let lines: TextLines

    /// The text of the bytes `range`, which start and end at scalars.
    func substring(_ range: Range<Int>) -> Substring {
        let utf8 = text.utf8
        let start = utf8.index(utf8.startIndex, offsetBy: range.lowerBound)
        return text[start..<utf8.index(start, offsetBy: range.count)]
    }

    /// `SourceLine` of the line `line`, told from its bytes when they settle it (`plainText`,
    /// `holdsOnlySpaces`): text and blank lines inside a list or a quotation need no Characters.
    func sourceLine(_ line: Range<Int>) -> SourceLine {
        if let text = SourceLine.plainText(line, in: lines.bytes) {
            return .text(substring(text), indent: text.lowerBound - line.lowerBound)
        }
        return SourceLine.holdsOnlySpaces(line, in: lines.bytes) ? .blank : SourceLine(substring(line))
    }

    /// The bytes' offsets of `part`, a part of the text.
    func range(of part: Substring) -> Range<Int> {
        let start = text.utf8.distance(from: text.startIndex, to: part.startIndex)
        return start..<(start + part.utf8.count)
    }
}
