/// A long article laid out in pieces on all cores, with the lines one pass would make.
///
/// Elements are set one after another, and what one adds depends on the lines before it only
/// through the last line: `blank()` adds a blank line unless there is one, a list's first item
/// looks back for the line that introduces it, and footer links look for the one before. A
/// piece starts at an element that looks back only through `blank()`: a title, heading,
/// paragraph, note, link, quote or rule (never a list item, an item's paragraph or a footer
/// link). Set on its own, such a piece lacks only the blank line its first element adds when
/// the lines before do not end in one: of these elements, only a heading starts with `blank()`.
extension ArticleLayout {
    /// Documents with less text than about this are laid out in one piece.
    static let pieceBytes = 64 * 1024

    /// Consecutive ranges of the document's element indices that cover them, each but the first
    /// starting at an element that can start a piece, each but the last with at least
    /// `pieceBytes` of text.
    static func pieces(_ document: Document, pieceBytes: Int) -> [Range<Int>] {
        let elements = document.elements
        var pieces: [Range<Int>] = []
        var start = elements.startIndex
        var bytes = 0
        for index in elements.indices {
            if bytes >= pieceBytes, startsPiece(elements[index]) {
                pieces.append(start..<index)
                start = index
                bytes = 0
            }
            if let passage = elements[index].passage { bytes += document.passages[passage].utf8.count }
        }
        pieces.append(start..<elements.endIndex)
        return pieces
    }

    private static func startsPiece(_ element: Document.Element) -> Bool {
        switch element {
        case .title, .heading, .paragraph, .note, .link, .quote, .rule: return true
        case .listItem, .itemParagraph, .footerLink: return false
        }
    }

    /// The pieces' lines, one after another; `firsts` are the pieces' first elements.
    mutating func join(_ parts: inout [[LayoutLine]], startingWith firsts: [Document.Element]) {
        // Room for every line at once (see `init`); each part is let go of once copied.
        lines.reserveCapacity(parts.reduce(0) { $0 + $1.count } + parts.count)
        for index in parts.indices {
            if case .heading = firsts[index], let last = lines.last, last.role != .blank {
                lines.append(LayoutLine(role: .blank))
            }
            lines += parts[index]
            parts[index] = []
            // Memory freed in the heap stays with the process until trimmed: without this the
            // copied parts would add their size to the peak.
            if index % 8 == 7 { releaseFreedMemory() }
        }
        releaseFreedMemory()
    }
}

/// Gives the heap's free pages back to the system.
func releaseFreedMemory() {
    #if os(Linux)
    _ = mallocTrim(0)
    #endif
}

#if os(Linux)
/// glibc's `malloc_trim` (declared in malloc.h, which the Glibc module leaves out).
@_silgen_name("malloc_trim")
private func mallocTrim(_ pad: Int) -> Int32
#endif
