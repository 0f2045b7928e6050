/// Groups classified source lines into blocks: one open block at a time, closed by blank lines,
/// rules, headings, or a change of kind.
///
/// The open block's lines live in stored arrays that grow in place: a block of a hundred
/// thousand lines (a huge wrapped paragraph or list) costs linear time, not quadratic.
struct BlockBuilder {
    private enum Open {
        case none, paragraph, quote, list
    }

    private(set) var blocks: [Block] = []
    private var open: Open = .none
    /// The lines of the open paragraph or quotation.
    private var lines: [Substring] = []
    /// The items of the open list: marker, the marker's indent, and the lines of each paragraph.
    private var items: [(number: Substring?, indent: Int, paragraphs: [[Substring]])] = []
    /// A blank line followed the open list's last line.
    private var afterBlank = false

    /// No block is open: the next line starts one.
    var isIdle: Bool { open == .none }

    /// Adds the paragraph of the lines `lines` of `text`, each trimmed already and not empty, as
    /// `add` of each and a closing line would: with no block open (`isIdle`), lines that are
    /// each `.text`, followed by one that closes a paragraph (`ParagraphRun`).
    mutating func addParagraph(_ lines: [Range<Int>], in text: UnsafeBufferPointer<UInt8>) {
        let string = { (line: Range<Int>) in String(decoding: UnsafeBufferPointer(rebasing: text[line]), as: UTF8.self) }
        if lines.count > 1, lines.allSatisfy({ HeadingHeuristic.mayStartAddress(text[$0.lowerBound])
            && HeadingHeuristic.looksLikeAddress(string($0)) }) {
            blocks += lines.map { .link(string($0)) }
        } else {
            blocks.append(Self.paragraphBlock(LineJoining.join(trimmed: lines, in: text), lineCount: lines.count))
        }
    }

    mutating func add(_ line: SourceLine) {
        switch line {
        case .blank:
            switch open {
            case .paragraph, .quote: close()
            case .list: afterBlank = true
            case .none: break
            }
        case .rule:
            close()
            blocks.append(.rule)
        case .markedHeading(let text):
            close()
            blocks.append(.heading(LineJoining.join([text])))
        case .quote(let text):
            if text.isEmpty {
                close()  // a lone ">" separates paragraphs of a quotation
            } else if open == .quote {
                lines.append(text)
            } else {
                start(.quote, with: text)
            }
        case .listItem(let number, let text, let indent):
            addItem(number: number, text: text, indent: indent)
        case .text(let text, let indent):
            addText(text, indent: indent)
        }
    }

    private mutating func addItem(number: Substring?, text: Substring, indent: Int) {
        switch open {
        case .list:
            items.append((number, indent, [[text]]))
            afterBlank = false
        case .paragraph:
            // A numbered line inside a wrapped paragraph ("... for\n12. months") is text. A colon
            // ("Steps:") introduces a list; so does a finished sentence or a heading line when the
            // numbering starts at 1.
            let lastCharacter = lines.last?.trimmingTrailingWhitespace().last
            let startsAtOne = number?.dropLast() == "1"
            let introduced = lastCharacter == ":" || startsAtOne
                && (lastCharacter.map { ".!?".contains($0) } == true
                    || (lines.count == 1 && HeadingHeuristic.isHeading(LineJoining.join(lines))))
            if number != nil, !introduced {
                lines.append(Self.sourceText(of: number, text))
            } else {
                startList(number: number, text: text, indent: indent)
            }
        case .none, .quote:
            startList(number: number, text: text, indent: indent)
        }
    }

    private mutating func addText(_ text: Substring, indent: Int) {
        switch open {
        case .list:
            // Wrapped item text continues the item's paragraph. After a blank line, text indented
            // under the item's text (further than its marker; a tab counts as one space) starts a
            // new paragraph of the item; anything else ends the list.
            let item = items.count - 1
            if !afterBlank {
                items[item].paragraphs[items[item].paragraphs.count - 1].append(text)
            } else if indent > items[item].indent {
                items[item].paragraphs.append([text])
                afterBlank = false
            } else {
                start(.paragraph, with: text)
            }
        case .paragraph:
            lines.append(text)
        case .quote:
            lines.append(text)  // a lazy continuation of the quotation
        case .none:
            start(.paragraph, with: text)
        }
    }

    private mutating func start(_ kind: Open, with text: Substring) {
        close()
        open = kind
        // Into the room the last block's lines left (`close` empties them and keeps it): a new
        // array a block would grow by doubling, line by line, through every paragraph.
        lines.append(text)
    }

    private mutating func startList(number: Substring?, text: Substring, indent: Int) {
        close()
        open = .list
        items = [(number, indent, [[text]])]
        afterBlank = false
    }

    mutating func finish() -> [Block] {
        close()
        return blocks
    }

    private mutating func close() {
        switch open {
        case .none:
            break
        case .paragraph:
            if lines.count > 1, lines.allSatisfy({ HeadingHeuristic.looksLikeAddress(String($0)) }) {
                // Sources listed one per line are separate links, not one paragraph.
                blocks += lines.map { .link(String($0)) }
            } else {
                blocks.append(Self.paragraphBlock(LineJoining.join(lines), lineCount: lines.count))
            }
        case .quote:
            blocks.append(.quote(LineJoining.join(lines)))
        case .list:
            blocks.append(.list(ArticleList(items: items.map {
                ListItem(number: $0.number.map(String.init), paragraphs: $0.paragraphs.map(LineJoining.join))
            })))
        }
        open = .none
        lines.removeAll(keepingCapacity: true)
        items.removeAll()
    }

    /// The block of a paragraph of `lineCount` lines whose joined text is `text`.
    private static func paragraphBlock(_ text: String, lineCount: Int) -> Block {
        if lineCount == 1 {
            if HeadingHeuristic.looksLikeAddress(text) { return .link(text) }
            if HeadingHeuristic.isHeading(text) { return .heading(text) }
        }
        if text.startsWith(caselessASCII: "note:") ?? (text.prefix(5).lowercased() == "note:") { return .note(text) }
        return .paragraph(text)
    }

    private static func sourceText(of number: Substring?, _ text: Substring) -> Substring {
        guard let number else { return text }
        return Substring(number + " " + text)
    }
}
