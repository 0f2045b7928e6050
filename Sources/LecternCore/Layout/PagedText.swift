/// An article's pages as the reader shows them at a number of text rows, as plain text: each
/// page's lines (without the blank lines it ends on), pages separated by form feeds as `pr` does,
/// so that pages can be printed, diffed and tested without a terminal.
public enum PagedText {
    public static func text(_ layout: ArticleLayout, _ passages: [String], height: Int) -> String {
        let pages = Pages(layout.lines, height: height)
        return pages.starts.indices.map { page in
            let start = pages.starts[page]
            // As the reader's screen on a page start: up to the page's height or the next page.
            var end = min(layout.lines.count, start + pages.height)
            if page + 1 < pages.count { end = min(end, pages.starts[page + 1]) }
            while end > start, layout.lines[end - 1].role == .blank { end -= 1 }
            return layout.lines[start..<end].map { $0.shown(in: passages) }.joined(separator: "\n")
        }.joined(separator: "\n\u{0C}")
    }
}
