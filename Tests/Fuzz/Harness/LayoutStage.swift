/// Document → lines at a width: every line fits, each passage's words come out once, in
/// order, no line cuts a cluster. The document is built straight from the input (no parse),
/// so this stage runs fast: a passage per blank-line-separated block, its kind from a byte.
enum LayoutStage {
    static func run(_ bytes: [UInt8]) {
        var input = FuzzInput(bytes)
        let width = LayoutMetrics.minimumWidth + input.take(upTo: 130)
        let kinds = input.take(upTo: 256)
        guard let text = input.text else { return }
        let document = document(from: text, kinds: kinds)
        check(ArticleLayout(document, width: width), document)
    }

    static func document(from text: String, kinds: Int) -> Document {
        var elements: [Document.Element] = []
        var passages: [String] = []
        let blocks = text.split(separator: "\n\n").map { $0.split(whereSeparator: \.isWhitespace).joined(separator: " ") }
        for (index, block) in blocks.enumerated() {
            let passage = passages.count
            passages.append(block)
            switch index == 0 ? 0 : (kinds >> (index % 4 * 2) + index) % 7 {
            case 0: elements.append(index == 0 ? .title(passage) : .heading(passage))
            case 1: elements.append(.paragraph(passage))
            case 2: elements.append(.listItem(passage, marker: "•", markerWidth: 1, first: true, last: index % 2 == 0))
            case 3: elements.append(.listItem(passage, marker: "\(index * 37).", markerWidth: 4, first: false, last: true))
            case 4: elements.append(.quote(passage))
            case 5: elements.append(.note(passage)); elements.append(.rule)
            default: elements.append(.footerLink(passage, direction: index % 2 == 0 ? .previous : .next))
            }
        }
        return Document(elements: elements, passages: passages)
    }

    static func check(_ layout: ArticleLayout, _ document: Document) {
        var laidOut = Array(repeating: [Unicode.Scalar](), count: document.passages.count)
        var lastPassage = -1
        for (index, line) in layout.lines.enumerated() {
            let text = line.text(in: document.passages)
            FuzzCheck.requireClean(line.prefix + text, "line \(index)")
            FuzzCheck.requireFits(String(text), prefixWidth: DisplayWidth.of(line.prefix), width: layout.width, "line \(index)")
            guard let span = line.span else { continue }
            FuzzCheck.require(span.passage >= lastPassage, "passage \(span.passage) after \(lastPassage)")
            lastPassage = span.passage
            laidOut[span.passage] += FuzzCheck.ink(text)
        }
        for (index, passage) in document.passages.enumerated() {
            FuzzCheck.require(laidOut[index] == FuzzCheck.ink(passage), "passage \(index) lost or changed words")
        }
    }
}
