/// An article set in a column of `width` terminal columns: every line fits, every word appears in order.
public struct ArticleLayout: Sendable {
    public let width: Int
    public internal(set) var lines: [LayoutLine] = []

    /// `elements`: only these of the document's elements (the reader sets a long article's
    /// lines around the place being read first); their lines are those of the whole layout,
    /// except that the first element's may lack the blank line before it.
    public init(_ document: Document, width: Int, elements: Range<Int>? = nil) {
        self.init(document, width: width, elements: elements, pieceBytes: Self.pieceBytes)
    }

    /// A whole layout is set in pieces of about `pieceBytes` of text on all cores (`LayoutPieces`).
    init(_ document: Document, width: Int, elements: Range<Int>? = nil, pieceBytes: Int) {
        self.width = max(LayoutMetrics.minimumWidth, width)
        let pieces = elements == nil ? Self.pieces(document, pieceBytes: pieceBytes) : []
        if pieces.count > 1 {
            let width = self.width
            var parts = Parallel.map(pieces.indices, batch: 1) { piece in
                var part = ArticleLayout(width: width)
                part.add(document.elements[pieces[piece]], document.passages)
                return part.lines
            }
            join(&parts, startingWith: pieces.map { document.elements[$0.lowerBound] })
        } else {
            if elements == nil {
                // Room for every line at once: growing by doubling would briefly hold the old and the
                // new storage, the peak of a large article's memory. A line holds at least half a
                // column's width of text, but a passage's last line; pages not filled are never touched.
                let textBytes = document.passages.reduce(0) { $0 + $1.utf8.count }
                lines.reserveCapacity(textBytes / max(1, self.width / 2) + 2 * document.elements.count + 1)
            }
            add(document.elements[elements ?? document.elements.indices], document.passages)
        }
        while lines.last?.role == .blank { lines.removeLast() }
    }

    /// No lines yet: pieces are set into these.
    init(width: Int) {
        self.width = width
    }

    /// The line whose text contains `position`, or the first line after it.
    public func lineIndex(containing position: TextPosition) -> Int {
        // Lines with text are in text order; find the last one starting at or before the position.
        let after = lines.indices.partitioningIndex { index in
            lines[index...].first { $0.span != nil }.map { $0.span!.start > position } ?? true
        }
        return lines[..<after].lastIndex { $0.span != nil } ?? 0
    }

    /// The text position at the start of the first line with text at or after `index`.
    public func position(atLine index: Int) -> TextPosition {
        var index = max(0, index)
        while index < lines.count {
            if let span = lines[index].span { return span.start }
            index += 1
        }
        return lines.last(where: { $0.span != nil })?.span?.start ?? .start
    }

    public func plainText(_ passages: [String]) -> String {
        lines.map { $0.shown(in: passages) }.joined(separator: "\n")
    }

    mutating func add(_ elements: ArraySlice<Document.Element>, _ passages: [String]) {
        for element in elements { add(element, passages) }
    }

    private mutating func add(_ element: Document.Element, _ passages: [String]) {
        switch element {
        case .title(let p):
            let ranges = wrap(passages[p], p, role: .title, first: "", rest: "")
            lines.append(LayoutLine(role: .titleRule, prefix: rule("═", underlining: ranges, passages[p])))
            blank()
        case .heading(let p):
            blank()
            let ranges = wrap(passages[p], p, role: .heading, first: "", rest: "")
            lines.append(LayoutLine(role: .headingRule, prefix: rule("─", underlining: ranges, passages[p])))
        case .paragraph(let p):
            wrap(passages[p], p, role: .body, first: "", rest: "")
            blank()
        case .note(let p):
            wrap(passages[p], p, role: .note, first: "", rest: "")
            blank()
        case .link(let p):
            wrap(passages[p], p, role: .link, first: "", rest: "")
            blank()
        case .quote(let p):
            wrap(passages[p], p, role: .quote, first: "  │ ", rest: "  │ ")
            blank()
        case .listItem(let p, let marker, let markerWidth, let isFirst, let last):
            if isFirst { markIntroduction(passages) }
            let pad = String(repeating: " ", count: max(0, markerWidth - DisplayWidth.of(marker)))
            let first = "  " + pad + marker + " "
            wrap(passages[p], p, role: .listItem, first: first, rest: Self.hangingIndent(markerWidth))
            if last { blank() }
        case .itemParagraph(let p, let markerWidth):
            blank()
            wrap(passages[p], p, role: .listItem, first: Self.hangingIndent(markerWidth), rest: Self.hangingIndent(markerWidth))
            // The next item starts after a blank line too, so that it is not read as part of this paragraph.
            blank()
        case .rule:
            lines.append(LayoutLine(role: .rule, prefix: String(repeating: "─", count: width)))
            blank()
        case .footerLink(let p, let direction):
            if lines.last?.role != .footerLink { blank() }
            if width >= LayoutMetrics.footerLabelColumns + LayoutMetrics.minimumWidth {
                let label = direction == .previous ? "Previous: " : "Next:     "
                wrap(passages[p], p, role: .footerLink, first: label, rest: String(repeating: " ", count: label.count))
            } else {
                // Too narrow for the title beside its label: the label goes on a line of its own.
                // Both labels take a colon, or neither ("Previous:" needs 9 columns).
                let colon = width >= "Previous:".count ? ":" : ""
                lines.append(LayoutLine(role: .footerLink, prefix: direction.label + colon))
                wrap(passages[p], p, role: .footerLink, first: "", rest: "")
            }
        }
    }

    @discardableResult
    private mutating func wrap(_ text: String, _ passage: Int, role: LayoutLine.Role,
                               first: String, rest: String) -> [Range<Int>] {
        var (first, rest) = (first, rest)
        var indent = max(DisplayWidth.of(first), DisplayWidth.of(rest))
        // In a narrow column the margin before markers and quote bars gives way to the text.
        while width - indent < LayoutMetrics.minimumTextColumns, first.first == " ", rest.first == " " {
            first.removeFirst()
            rest.removeFirst()
            indent -= 1
        }
        let available = width - indent
        let ranges = LineBreaker.lines(of: text, width: available)
        if ranges.isEmpty {
            lines.append(LayoutLine(role: role, prefix: first))
        }
        for (index, range) in ranges.enumerated() {
            var prefix = index == 0 ? first : rest
            // Only in a narrow column can one cluster (an emoji sequence) be wider than the room
            // beside the prefix: it then takes the whole line, under its marker.
            if available < 12, DisplayWidth.of(text.utf8Slice(range)) > available {
                if index == 0, !first.allSatisfy({ $0 == " " }) { lines.append(LayoutLine(role: role, prefix: first)) }
                prefix = ""
            }
            lines.append(LayoutLine(role: role, prefix: prefix, span: TextSpan(passage: passage, range: range)))
        }
        return ranges
    }

    /// The indent of an item's text under its marker: the margin, the marker, a space.
    private static func hangingIndent(_ markerWidth: Int) -> String {
        String(repeating: " ", count: 2 + markerWidth + 1)
    }

    /// A list's first item stays on the page of the line that introduces it ("... may help:").
    private mutating func markIntroduction(_ passages: [String]) {
        guard let index = lines.lastIndex(where: { $0.role != .blank }), !lines[index].keepsWithNext,
              lines[index].role != .listItem,
              lines[index].text(in: passages).last(where: { $0 != " " }) == ":" else { return }
        lines[index].introducesList = true
    }

    private func rule(_ mark: Character, underlining ranges: [Range<Int>], _ text: String) -> String {
        let widest = ranges.map { DisplayWidth.of(text.utf8Slice($0)) }.max() ?? 0
        // Repeated as a String: repeating a Character costs thousands of instructions a rule.
        return String(repeating: String(mark), count: max(1, min(width, widest)))
    }

    private mutating func blank() {
        if let last = lines.last, last.role != .blank {
            lines.append(LayoutLine(role: .blank))
        }
    }
}

public enum LayoutMetrics {
    /// Narrower than this, lines would hold too little to read; the reader shows a notice instead.
    public static let minimumWidth = 8
    /// The longest comfortable line; wider terminals get margins.
    public static let defaultMeasure = 76
    /// "Previous: " and "Next:     " before footer link titles.
    static let footerLabelColumns = 10
    /// Text beside a list marker or quote bar gets at least this much room, at the margin's expense.
    static let minimumTextColumns = 4
}
