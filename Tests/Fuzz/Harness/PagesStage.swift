/// Lines → pages: every line is on exactly one page, no page is taller than the screen,
/// and stepping forward and back visits the same starts.
enum PagesStage {
    static func run(_ bytes: [UInt8]) {
        var input = FuzzInput(bytes)
        let width = LayoutMetrics.minimumWidth + input.take(upTo: 80)
        let height = 1 + input.take(upTo: 40)
        guard let text = input.text else { return }
        let document = Document(ArticleParser.parse(text, id: "fuzz", path: "fuzz.txt"))
        let lines = ArticleLayout(document, width: width).lines
        let pages = Pages(lines, height: height)
        FuzzCheck.require(pages.starts.first == 0, "the first page does not start at the top")
        for (page, start) in pages.starts.enumerated() {
            let end = page + 1 < pages.count ? pages.starts[page + 1] : lines.count
            FuzzCheck.require(start < end || lines.isEmpty, "page \(page) is empty or out of order: \(pages.starts)")
            var shown = end  // blank lines skipped before the next page's start are not shown
            while shown > start + 1, lines[shown - 1].role == .blank { shown -= 1 }
            FuzzCheck.require(shown - start <= height, "page \(page) is taller than \(height): \(pages.starts)")
            FuzzCheck.require(pages.page(containing: start) == page, "page(containing:) of start \(start)")
            FuzzCheck.require(pages.page(containing: max(start, end - 1)) == page, "page(containing:) of end \(end)")
        }
        var forward: [Int] = [0]
        while let next = pages.start(after: forward.last!) { forward.append(next) }
        FuzzCheck.require(forward == pages.starts, "stepping forward gives \(forward), not \(pages.starts)")
        var backward: [Int] = [pages.lastStart]
        while let previous = pages.start(before: backward.last!) { backward.append(previous) }
        FuzzCheck.require(backward.reversed() == pages.starts, "stepping back gives \(backward)")
    }
}
