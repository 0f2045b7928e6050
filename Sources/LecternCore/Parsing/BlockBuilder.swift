/// Groups classified source lines into blocks: one open block at a time, closed by blank lines,
/// rules, headings, or a change of kind.
struct BlockBuilder {
    private enum Open {
        case none
        case paragraph([Substring])
        case quote([Substring])
        /// Items as (marker, lines); `afterBlank` is true when a blank line followed the last item line.
        case list([(number: Substring?, lines: [Substring])], afterBlank: Bool)
    }

    private(set) var blocks: [Block] = []
    private var open: Open = .none

    mutating func add(_ line: SourceLine) {
        switch line {
        case .blank:
            switch open {
            case .paragraph, .quote: close()
            case .list(let items, _): open = .list(items, afterBlank: true)
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
            } else if case .quote(let lines) = open {
                open = .quote(lines + [text])
            } else {
                close()
                open = .quote([text])
            }
        case .listItem(let number, let text):
            addItem(number: number, text: text, line: line)
        case .text(let text, let indent):
            addText(text, indent: indent)
        }
    }

    private mutating func addItem(number: Substring?, text: Substring, line: SourceLine) {
        switch open {
        case .list(var items, _):
            items.append((number, [text]))
            open = .list(items, afterBlank: false)
        case .paragraph(let lines):
            // A numbered line inside a wrapped paragraph ("... for\n12. months") is text. A colon
            // ("Steps:") introduces a list; so does a finished sentence or a heading line when the
            // numbering starts at 1.
            let lastCharacter = lines.last?.trimmingTrailingWhitespace().last
            let startsAtOne = number?.dropLast() == "1"
            let introduced = lastCharacter == ":" || startsAtOne
                && (lastCharacter.map { ".!?".contains($0) } == true
                    || (lines.count == 1 && HeadingHeuristic.isHeading(LineJoining.join(lines))))
            if number != nil, !introduced {
                open = .paragraph(lines + [Self.sourceText(of: number, text)])
            } else {
                close()
                open = .list([(number, [text])], afterBlank: false)
            }
        default:
            close()
            open = .list([(number, [text])], afterBlank: false)
        }
    }

    private mutating func addText(_ text: Substring, indent: Int) {
        switch open {
        case .list(var items, let afterBlank):
            // Wrapped item text continues the item; after a blank line only indented text does.
            if !afterBlank || indent >= 2 {
                items[items.count - 1].lines.append(text)
                open = .list(items, afterBlank: false)
            } else {
                close()
                open = .paragraph([text])
            }
        case .paragraph(let lines):
            open = .paragraph(lines + [text])
        case .quote(let lines):
            open = .quote(lines + [text])  // a lazy continuation of the quotation
        case .none:
            open = .paragraph([text])
        }
    }

    mutating func finish() -> [Block] {
        close()
        return blocks
    }

    private mutating func close() {
        switch open {
        case .none:
            break
        case .paragraph(let lines):
            if lines.count > 1, lines.allSatisfy({ HeadingHeuristic.looksLikeAddress(String($0)) }) {
                // Sources listed one per line are separate links, not one paragraph.
                blocks += lines.map { .link(String($0)) }
            } else {
                blocks.append(Self.paragraphBlock(lines))
            }
        case .quote(let lines):
            blocks.append(.quote(LineJoining.join(lines)))
        case .list(let items, _):
            blocks.append(.list(ArticleList(items: items.map {
                ListItem(number: $0.number.map(String.init), text: LineJoining.join($0.lines))
            })))
        }
        open = .none
    }

    private static func paragraphBlock(_ lines: [Substring]) -> Block {
        let text = LineJoining.join(lines)
        if lines.count == 1 {
            if HeadingHeuristic.looksLikeAddress(text) { return .link(text) }
            if HeadingHeuristic.isHeading(text) { return .heading(text) }
        }
        if text.lowercased().hasPrefix("note:") { return .note(text) }
        return .paragraph(text)
    }

    private static func sourceText(of number: Substring?, _ text: Substring) -> Substring {
        guard let number else { return text }
        return Substring(number + " " + text)
    }
}
