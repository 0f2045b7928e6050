/// A layout's lines as plain text for `show`: each line as `LayoutLine.shown(in:)` gives it,
/// escaped with `ControlEscaping` (a title taken from a file name may hold controls), and a
/// line feed, in UTF-8, copied straight from the passages' bytes rather than through a String
/// a line.
extension ArticleLayout {
    /// Pieces set at once at most, the one being written among them: enough to keep the cores
    /// busy, little to hold.
    static let shownPiecesAtOnce = 8

    /// The shown lines of `document` laid out at `width`, as its whole layout's lines give them,
    /// but made piece by piece (`LayoutPieces`) on all cores, each written as soon as the pieces
    /// before it are, and never held whole: neither the output nor the layout's lines. `write`
    /// returns false to stop.
    public static func writeShownLines(_ document: Document, width: Int, _ write: ([UInt8]) -> Bool) {
        writeShownLines(document, width: width, pieceBytes: pieceBytes, write)
    }

    static func writeShownLines(_ document: Document, width: Int, pieceBytes: Int, _ write: ([UInt8]) -> Bool) {
        let width = max(LayoutMetrics.minimumWidth, width)
        let pieces = Self.pieces(document, pieceBytes: pieceBytes)
        var lastRole: LayoutLine.Role?
        Parallel.forEachInOrder(pieces.indices, window: shownPiecesAtOnce) { index in
            var part = ArticleLayout(width: width)
            part.add(document.elements[pieces[index]], document.passages)
            if index == pieces.count - 1 {
                while part.lines.last?.role == .blank { part.lines.removeLast() }
            }
            return (index: index, shown: part.shownLines(part.lines.indices, document.passages), lastRole: part.lines.last?.role)
        } consume: { part in
            // The blank line a piece set on its own lacks (see `join`).
            if case .heading = document.elements[pieces[part.index].lowerBound], let lastRole, lastRole != .blank {
                guard write([0x0A]) else { return false }
            }
            guard write(part.shown) else { return false }
            lastRole = part.lastRole ?? lastRole
            return true
        }
    }

    /// The lines of `range`, shown, escaped, each ended by a line feed. `needsNoEscapes`: the
    /// caller knows that no line holds anything to escape.
    func shownLines(_ range: Range<Int>, _ passages: [String], needsNoEscapes: Bool = false) -> [UInt8] {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(range.count * (width + 16))
        for index in range { Self.appendShown(lines[index], passages, needsNoEscapes: needsNoEscapes, to: &bytes) }
        return bytes
    }

    private static func appendShown(_ line: LayoutLine, _ passages: [String], needsNoEscapes: Bool,
                                    to bytes: inout [UInt8]) {
        let start = bytes.count
        // Most lines have no prefix, and appending an empty one still costs a generic copy.
        if !line.prefix.isEmpty { bytes.append(contentsOf: line.prefix.utf8) }
        if let span = line.span {
            let text = passages[span.passage].utf8
            let copied: Void? = text.withContiguousStorageIfAvailable { bytes.append(contentsOf: $0[span.range]) }
            if copied == nil { bytes.append(contentsOf: passages[span.passage].utf8Slice(span.range).utf8) }
        }
        // A trailing space is dropped by Character (a space may end a longer cluster), and a
        // line that needs escapes is escaped as a String: both rare, both done as `shown` does.
        let isPlain = bytes.last != 0x20
            && (needsNoEscapes || bytes.withUnsafeBufferPointer { !ControlEscaping.holdsEscapes(UnsafeBufferPointer(rebasing: $0[start...])) })
        if !isPlain {
            bytes.removeSubrange(start...)
            bytes.append(contentsOf: ControlEscaping.escaped(line.shown(in: passages)).utf8)
        }
        bytes.append(0x0A)
    }
}
