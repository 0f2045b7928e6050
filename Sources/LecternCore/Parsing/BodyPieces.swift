/// A long article's body parsed in pieces on all cores, with the blocks a single pass would make.
///
/// A piece starts at a line that starts a new block whatever was open before it: a line that
/// follows a blank line and is a rule, a marked heading, a quotation or unindented text. The
/// blank line has closed any paragraph or quotation; such a line then closes an open list too
/// (unindented text after a blank line is never part of an item) and the builder is back where
/// it starts. List items never start a piece: after a blank line they may continue a list.
/// The title and the footer are found on the whole text's lines before the body is cut.
extension ArticleParser {
    /// Bodies shorter than about this many bytes are parsed in one piece.
    static let pieceBytes = 128 * 1024

    /// The blocks of the body lines `lines`, as one `BlockBuilder` would make them.
    static func bodyBlocks(_ lines: ArraySlice<Substring>, pieceBytes: Int = pieceBytes) -> [Block] {
        let pieces = bodyPieces(lines, pieceBytes: pieceBytes)
        guard pieces.count > 1 else { return blocksOfPiece(lines) }
        let parts = Parallel.map(pieces.indices, batch: 1) { blocksOfPiece(lines[pieces[$0]]) }
        var blocks: [Block] = []
        blocks.reserveCapacity(parts.reduce(0) { $0 + $1.count })
        for part in parts { blocks += part }
        return blocks
    }

    /// The blocks of `lines`, consecutive lines of one text.
    static func blocksOfPiece(_ lines: ArraySlice<Substring>) -> [Block] {
        guard let first = lines.first, let last = lines.last else { return [] }
        return blocksOfPiece(first.base[first.startIndex..<last.endIndex])
    }

    /// The blocks of the lines of `text`, as `BlockBuilder` makes them line by line; but a
    /// paragraph that starts while no block is open is read on the bytes (`ParagraphRun`).
    static func blocksOfPiece(_ text: Substring) -> [Block] {
        var builder = BlockBuilder()
        var run = ParagraphRun()
        var contiguous = text
        contiguous.withUTF8 { bytes in
            let piece = PieceText(text: text, lines: TextLines(bytes: bytes, isDecoded: true))
            var start = 0
            while start <= bytes.count {
                if builder.isIdle, let next = run.read(from: start, of: piece) {
                    builder.addParagraph(run.lines, in: bytes)
                    start = next
                    continue
                }
                let end = piece.lines.end(ofLineAt: start)
                builder.add(piece.sourceLine(start..<end))
                start = end + 1
            }
        }
        return builder.finish()
    }

    /// Consecutive ranges of `lines`' indices that cover them, each but the first starting at a
    /// line that starts a block whatever came before, each but the last at least `pieceBytes` long.
    static func bodyPieces(_ lines: ArraySlice<Substring>, pieceBytes: Int) -> [Range<Int>] {
        var pieces: [Range<Int>] = []
        var start = lines.startIndex
        var bytes = 0
        var index = lines.startIndex
        while index < lines.endIndex {
            bytes += lines[index].utf8.count + 1
            index += 1
            guard bytes >= pieceBytes else { continue }
            // Look on for the next safe start.
            while index < lines.endIndex, !startsBlock(lines[index], after: lines[index - 1]) { index += 1 }
            guard index < lines.endIndex else { break }
            pieces.append(start..<index)
            start = index
            bytes = 0
        }
        pieces.append(start..<lines.endIndex)
        return pieces
    }

    /// Whether `line` starts a new block after `previous` whatever block is open.
    private static func startsBlock(_ line: Substring, after previous: Substring) -> Bool {
        // Cheap test first: most lines follow a line that is not blank.
        guard previous.utf8.count < 64, SourceLine(previous) == .blank else { return false }
        switch SourceLine(line) {
        case .rule, .markedHeading, .quote: return true
        case .text(_, let indent): return indent == 0
        case .blank, .listItem: return false
        }
    }
}
