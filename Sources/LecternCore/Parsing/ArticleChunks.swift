#if canImport(Glibc)
import Glibc
#endif

/// A long article's file cut into chunks that are decoded, parsed and laid out each on its own,
/// with the elements the whole text would give, so that no core waits for the whole file.
///
/// A chunk but the first starts with an ASCII letter right after an empty line (or a CR alone:
/// a CR LF line end). Decoding is local to lines (`DecodingPieces`), and keeps that letter and
/// that blank line: the chunk's first decoded line is unindented text after a blank line, where
/// the body may be cut (`BodyPieces`), and where a layout may start a piece (`LayoutPieces`).
/// The first chunk holds the title line (it holds a letter); the last chunk holds the footer and
/// more than the blank-separated runs of lines the footer is looked for in
/// (`Footer.startOfLastGroups`), so it is found there as in the whole text.
enum ArticleChunks {
    /// Starts of runs of lines after a blank line in the last chunk, at least: more than the
    /// footer's search goes back over.
    static let startsInLastChunk = 9

    /// Consecutive ranges that cover `bytes`, each but the last at least `chunkBytes` long; nil
    /// when there would be only one, or the first would hold no letter.
    static func ranges(_ bytes: UnsafeBufferPointer<UInt8>, chunkBytes: Int) -> [Range<Int>]? {
        guard let base = bytes.baseAddress else { return nil }
        var starts = [0]
        var from = chunkBytes
        while from < bytes.count, let found = memchr(base + from, 0x0A, bytes.count - from) {
            let next = base.distance(to: found.assumingMemoryBound(to: UInt8.self)) + 1
            if startsChunk(bytes, at: next) {
                starts.append(next)
                from = next + chunkBytes
            } else {
                from = next
            }
        }
        // The last chunk grows until it holds enough starts.
        while starts.count > 1, startCount(bytes, in: (starts.last! + 1)..<bytes.count) < startsInLastChunk {
            starts.removeLast()
        }
        guard starts.count > 1, bytes[0..<starts[1]].contains(where: ASCII.isLetter) else { return nil }
        return starts.indices.map { starts[$0]..<(($0 + 1) < starts.count ? starts[$0 + 1] : bytes.count) }
    }

    /// An ASCII letter after an empty line (or a CR alone) at `index`.
    static func startsChunk(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Bool {
        guard index >= 2, index < bytes.count, ASCII.isLetter(bytes[index]), bytes[index - 1] == 0x0A else { return false }
        return bytes[index - 2] == 0x0A || (index >= 3 && bytes[index - 2] == 0x0D && bytes[index - 3] == 0x0A)
    }

    /// How many places in `range` could start a chunk, counted up to `startsInLastChunk`.
    private static func startCount(_ bytes: UnsafeBufferPointer<UInt8>, in range: Range<Int>) -> Int {
        guard let base = bytes.baseAddress else { return 0 }
        var count = 0
        var from = range.lowerBound
        while count < startsInLastChunk, from < range.upperBound,
              let found = memchr(base + from, 0x0A, range.upperBound - from) {
            from = base.distance(to: found.assumingMemoryBound(to: UInt8.self)) + 1
            if startsChunk(bytes, at: from) { count += 1 }
        }
        return count
    }
}

extension ArticleParser {
    /// The document of one chunk's decoded text (`ArticleChunks`): with the title when it is the
    /// first, the footer links when it is the last. The chunks' elements, one after another, are
    /// the whole article's document's.
    static func chunkDocument(_ text: String, isFirst: Bool, isLast: Bool) -> Document {
        // A chunk but the last ends with a line feed: the empty line after it is the next chunk's.
        let body = isLast ? text[...] : text[..<text.utf8.index(before: text.endIndex)]
        // Most chunks hold neither title nor footer: their lines are read on the bytes.
        guard isFirst || isLast else { return Document(title: nil, blocks: blocksOfPiece(body), previous: nil, next: nil) }
        let lines = linesOfPiece(body)
        var title: String?
        var bodyStart = 0
        if isFirst, let titleLine = lines.firstIndex(where: { !$0.trimmingWhitespace().isEmpty }) {
            title = titleText(lines[titleLine])
            bodyStart = titleLine + 1
        }
        let footer = isLast ? Footer.find(in: lines, bodyStart: bodyStart) : nil
        let bodyEnd = max(bodyStart, footer?.startLine ?? lines.count)
        return Document(title: title, blocks: blocksOfPiece(lines[bodyStart..<bodyEnd]),
                        previous: footer?.previous, next: footer?.next)
    }
}
