import Testing
@testable import LecternCore

/// Layout checks in the manner of swift-format's `assertPrettyPrintEqual`: the expected lines,
/// plus the invariants every layout must keep.
enum LayoutCheck {
    /// A document holding only `text` as one paragraph.
    static func paragraph(_ text: String) -> Document {
        Document(elements: [.paragraph(0)], passages: [text])
    }

    /// An article in the export format, parsed.
    static func article(_ text: String) -> Document {
        Document(ArticleParser.parse(text, id: "layout", path: "layout.txt"))
    }

    /// The lines as a terminal shows them: prefix and text, trailing spaces dropped.
    static func shownLines(_ layout: ArticleLayout, _ document: Document) -> [String] {
        layout.plainText(document.passages).split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    }

    /// Non-space characters of `text`, in order.
    static func ink<S: StringProtocol>(_ text: S) -> String {
        String(text.unicodeScalars.filter { !$0.properties.isWhitespace }.map(Character.init))
    }

    /// UTF-8 offsets where clusters (a letter and its combining marks, an emoji sequence) start or end.
    static func clusterBoundaries(_ text: String) -> Set<Int> {
        var text = text
        return text.withUTF8 { bytes in
            var scanner = ClusterScanner(bytes, range: 0..<bytes.count)
            var boundaries: Set<Int> = [0, bytes.count]
            while let cluster = scanner.next() { boundaries.insert(cluster.end) }
            return boundaries
        }
    }

    /// Every broken invariant: a line wider than the layout, text lost, duplicated or reordered,
    /// a span that is not on scalar boundaries.
    static func problems(_ layout: ArticleLayout, _ document: Document) -> [String] {
        var problems: [String] = []
        for (index, line) in layout.lines.enumerated() {
            let text = line.text(in: document.passages)
            let width = DisplayWidth.of(line.prefix) + DisplayWidth.of(text)
            if width > layout.width {
                problems.append("line \(index) is \(width) columns wide, more than \(layout.width): \(line.prefix + text)")
            }
            if let span = line.span {
                let boundaries = clusterBoundaries(document.passages[span.passage])
                if !boundaries.contains(span.range.lowerBound) || !boundaries.contains(span.range.upperBound) {
                    problems.append("line \(index) cuts a cluster: \(span) \(text.debugDescription)")
                }
            }
        }
        // Every passage's text comes out, once, in order.
        var laidOut = Array(repeating: "", count: document.passages.count)
        var order: [Int] = []
        for line in layout.lines {
            guard let span = line.span else { continue }
            laidOut[span.passage] += line.text(in: document.passages)
            if order.last != span.passage { order.append(span.passage) }
        }
        for (index, passage) in document.passages.enumerated() where ink(laidOut[index]) != ink(passage) {
            problems.append("passage \(index) came out as \(laidOut[index].debugDescription), not \(passage.debugDescription)")
        }
        let expectedOrder = document.elements.compactMap(\.passage).filter { !ink(document.passages[$0]).isEmpty }
        if order != expectedOrder {
            problems.append("passages came out in order \(order), not \(expectedOrder)")
        }
        return problems
    }

    static func checkInvariants(_ layout: ArticleLayout, _ document: Document,
                                sourceLocation: SourceLocation = #_sourceLocation) {
        for problem in problems(layout, document) {
            Issue.record(Comment(rawValue: problem), sourceLocation: sourceLocation)
        }
    }

    /// Lays `document` out at `width`, compares the shown lines with `expected` and checks the
    /// invariants. With `reflows`, the output's lines joined by spaces lay out to the same lines.
    static func assertLayout(_ document: Document, width: Int, _ expected: [String], reflows: Bool = false,
                             sourceLocation: SourceLocation = #_sourceLocation) {
        let layout = ArticleLayout(document, width: width)
        let lines = shownLines(layout, document)
        if lines != expected {
            var diff: [String] = []
            for index in 0..<max(lines.count, expected.count) {
                let got = index < lines.count ? lines[index].debugDescription : "(none)"
                let wanted = index < expected.count ? expected[index].debugDescription : "(none)"
                diff.append(got == wanted ? "  \(index): \(got)" : "✗ \(index): got \(got), expected \(wanted)")
            }
            Issue.record(Comment(rawValue: "layout at width \(width) differs:\n" + diff.joined(separator: "\n")),
                         sourceLocation: sourceLocation)
        }
        checkInvariants(layout, document, sourceLocation: sourceLocation)
        if reflows {
            let again = paragraph(LineJoining.join(layout.lines.map { $0.text(in: document.passages) }))
            let second = shownLines(ArticleLayout(again, width: width), again)
            if second != lines {
                Issue.record(Comment(rawValue: "laying out the output again changes it: \(second)"),
                             sourceLocation: sourceLocation)
            }
        }
    }

    /// One paragraph of text, which must also reflow to itself.
    static func assertLayout(paragraph text: String, width: Int, _ expected: [String],
                             sourceLocation: SourceLocation = #_sourceLocation) {
        assertLayout(paragraph(text), width: width, expected, reflows: true, sourceLocation: sourceLocation)
    }

    /// Width of each line's text without its prefix.
    static func textWidths(_ document: Document, width: Int) -> [Int] {
        let layout = ArticleLayout(document, width: width)
        return layout.lines.map { DisplayWidth.of($0.text(in: document.passages)) }
    }
}

extension Document.Element {
    /// The passage an element sets, if any.
    var passage: Int? {
        switch self {
        case .title(let p), .heading(let p), .paragraph(let p), .quote(let p), .note(let p), .link(let p): return p
        case .listItem(let p, _, _, _, _), .itemParagraph(let p, _), .footerLink(let p, _): return p
        case .rule: return nil
        }
    }
}
