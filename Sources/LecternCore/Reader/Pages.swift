/// Where each page of a layout starts, for a given number of text rows. Pages end where the
/// rules of `PageBreaks` allow (no heading at a page's foot, no widows or orphans, a list with its
/// introduction), never more than a third short unless what follows is kept together; a page
/// never starts with a blank line. A block taller than a page is split across pages like any other.
public struct Pages: Sendable, Equatable {
    public let starts: [Int]
    public let height: Int

    public init(_ lines: [LayoutLine], height: Int) {
        self.height = max(1, height)
        let breaks = PageBreaks(lines)
        var starts: [Int] = []
        var start = 0
        while start < lines.count {
            // The first page starts at the top, so that every line is on a page.
            while start > 0, start < lines.count - 1, lines[start].role == .blank { start += 1 }
            starts.append(start)
            let limit = start + self.height
            if limit >= lines.count { break }
            start = breaks.end(ofPageFrom: start, limit: limit)
        }
        self.starts = starts.isEmpty ? [0] : starts
    }

    public var count: Int { starts.count }

    /// The page whose lines include `line` (0-based).
    public func page(containing line: Int) -> Int {
        // The last page starting at or before `line`; the first page when `line` is before all.
        max(0, starts.partitioningIndex { $0 > line } - 1)
    }

    /// The first page start after `line`, or nil on the last page.
    public func start(after line: Int) -> Int? {
        let page = page(containing: line)
        if starts[page] > line { return starts[page] }
        return page + 1 < starts.count ? starts[page + 1] : nil
    }

    /// The last page start before `line`, or nil on the first page.
    public func start(before line: Int) -> Int? {
        let page = page(containing: line)
        if starts[page] < line { return starts[page] }
        return page > 0 ? starts[page - 1] : nil
    }

    public var lastStart: Int { starts[starts.count - 1] }
}
