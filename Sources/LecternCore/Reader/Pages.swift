/// Where each page of a layout starts, for a given number of text rows. A page never ends
/// on a heading (it moves to the next page with its text) and never starts on a blank line.
public struct Pages: Sendable, Equatable {
    public let starts: [Int]
    public let height: Int

    public init(_ lines: [LayoutLine], height: Int) {
        self.height = max(1, height)
        var starts: [Int] = []
        var start = 0
        while start < lines.count {
            // The first page starts at the top, so that every line is on a page.
            while start > 0, start < lines.count - 1, lines[start].role == .blank { start += 1 }
            starts.append(start)
            var end = min(lines.count, start + self.height)
            if end < lines.count {
                var keep = end
                while keep > start + 1, lines[keep - 1].keepsWithNext || lines[keep - 1].role == .blank && lines[keep - 2].keepsWithNext {
                    keep -= 1
                }
                // Only when something else stays on the page.
                if keep > start + 1 || !lines[start].keepsWithNext { end = keep }
            }
            start = end
        }
        self.starts = starts.isEmpty ? [0] : starts
    }

    public var count: Int { starts.count }

    /// The page whose lines include `line` (0-based).
    public func page(containing line: Int) -> Int {
        var low = 0, high = starts.count - 1
        while low < high {
            let middle = (low + high + 1) / 2
            if starts[middle] <= line { low = middle } else { high = middle - 1 }
        }
        return low
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
