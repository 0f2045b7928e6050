#if canImport(Glibc)
import Glibc
#endif

/// Parses an article's decoded text (LF line ends, no control characters, NFC) into the model.
public enum ArticleParser {
    public static func parse(_ text: String, id: String, path: String) -> Article {
        let lines = sourceLines(text)
        guard let titleLine = lines.firstIndex(where: { !$0.trimmingWhitespace().isEmpty }) else {
            return Article(id: id, title: id, path: path, blocks: [])
        }
        let title = titleText(lines[titleLine])
        let footer = Footer.find(in: lines, bodyStart: titleLine + 1)
        let bodyEnd = footer?.startLine ?? lines.count
        let blocks = bodyBlocks(lines[(titleLine + 1)..<max(titleLine + 1, bodyEnd)])
        return Article(
            id: id, title: title, path: path, blocks: blocks,
            previous: footer?.previous.map { ArticleLink(title: $0) },
            next: footer?.next.map { ArticleLink(title: $0) }
        )
    }

    /// The lines of a decoded text (LF line ends), found on its UTF-8 bytes rather than by
    /// Character, which is several times slower on megabyte articles.
    static func sourceLines(_ text: String) -> [Substring] {
        sourceLines(text[...])
    }

    /// Texts shorter than twice this many bytes are split into lines in one piece.
    static let linePieceBytes = 256 * 1024

    /// A long text's lines are found in pieces cut after line feeds, on all cores: splitting runs
    /// before anything else of a parse can, so done on one core it holds up the other.
    static func sourceLines(_ text: Substring, pieceBytes: Int = linePieceBytes) -> [Substring] {
        let pieces = text.utf8.withContiguousStorageIfAvailable {
            TextDecoder.decodingPieces($0, pieceBytes: pieceBytes)
        }
        guard let pieces, pieces.count > 1 else { return linesOfPiece(text) }
        var parts = Parallel.map(pieces.indices, batch: 1) { index in
            let utf8 = text.utf8
            let start = utf8.index(utf8.startIndex, offsetBy: pieces[index].lowerBound)
            let end = utf8.index(start, offsetBy: pieces[index].count)
            var lines = linesOfPiece(text[start..<end])
            // A piece but the last ends with a line feed: the empty line after it is the next piece's first.
            if index < pieces.count - 1 { lines.removeLast() }
            return lines
        }
        var lines: [Substring] = []
        lines.reserveCapacity(parts.reduce(0) { $0 + $1.count })
        for index in parts.indices {
            lines += parts[index]
            parts[index] = []
        }
        return lines
    }

    static func linesOfPiece(_ text: Substring) -> [Substring] {
        var lines: [Substring] = []
        let utf8 = text.utf8
        var start = utf8.startIndex
        // memchr on the contiguous bytes: the generic search costs several instructions a byte.
        let newlines = utf8.withContiguousStorageIfAvailable { bytes in
            var offsets: [Int] = []
            guard let base = bytes.baseAddress else { return offsets }
            var from = 0
            while from < bytes.count, let found = memchr(base + from, 0x0A, bytes.count - from) {
                let offset = base.distance(to: found.assumingMemoryBound(to: UInt8.self))
                offsets.append(offset)
                from = offset + 1
            }
            return offsets
        }
        if let newlines {
            // Room for every line at once: growing by doubling moves the lines (about half the cost).
            lines.reserveCapacity(newlines.count + 1)
            var startOffset = 0
            for offset in newlines {
                let newline = utf8.index(start, offsetBy: offset - startOffset)
                lines.append(text[start..<newline])
                start = utf8.index(after: newline)
                startOffset = offset + 1
            }
        } else {
            while let newline = utf8[start...].firstIndex(of: 0x0A) {
                lines.append(text[start..<newline])
                start = utf8.index(after: newline)
            }
        }
        lines.append(text[start...])
        return lines
    }

    /// How much of the end of a text `links(in:isWhole:)` reads: far more than any footer
    /// (two short labels and two titles of at most two lines each).
    static let footerSearchBytes = 2 * 1024

    /// The last `footerSearchBytes` of a text, from the start of a line.
    private static func tailLines(of text: String) -> Substring {
        let utf8 = text.utf8
        let cut = utf8.index(utf8.endIndex, offsetBy: -footerSearchBytes)
        guard let newline = utf8[cut...].firstIndex(of: 0x0A) else { return text[cut...] }
        return text[utf8.index(after: newline)...]
    }

    /// The title line, without Markdown heading marks.
    static func titleText(_ line: Substring) -> String {
        if case .markedHeading(let text) = SourceLine(line) { return LineJoining.join([text]) }
        return LineJoining.join([line])
    }

    /// The title of an article from the start of its text, without parsing the rest.
    public static func title(inHead head: String, id: String) -> String {
        var rest = head[...]
        while !rest.isEmpty {
            let line = rest.prefix { $0 != "\n" }
            if !line.trimmingWhitespace().isEmpty { return titleText(line) }
            rest = rest.dropFirst(line.count + 1)
        }
        return id
    }

    /// The footer links from the end of an article's text. `text` is the whole text, or, when
    /// `isWhole` is false, a tail of it that starts at a line boundary.
    public static func links(in text: String, isWhole: Bool) -> (previous: String?, next: String?) {
        // Only the end holds the footer: a listing need not split a long article into lines.
        let tail = text.utf8.count > footerSearchBytes ? tailLines(of: text) : text[...]
        let lines = sourceLines(tail)
        // In a whole text the title line is never part of the footer.
        let hasTitle = isWhole && tail.startIndex == text.startIndex
        let bodyStart = hasTitle ? (lines.firstIndex { !$0.trimmingWhitespace().isEmpty } ?? 0) + 1 : 0
        let footer = Footer.find(in: lines, bodyStart: min(bodyStart, lines.count))
        return (footer?.previous, footer?.next)
    }
}
