/// Where a page may end, by the rules of a well-set book:
/// - a heading (or the title) never ends a page, and keeps at least two lines of its text with it;
/// - a paragraph, list item or quote of three or more lines never leaves one line alone at the
///   foot or the head of a page (no orphan, no widow), and one of two lines is not split;
/// - a line that introduces a list ("... may help:") stays with the list's first item.
///
/// A page ends at the last place within its height where every rule holds. When what follows is
/// kept together and so is more than the page can hold (a heading with the paragraph under it
/// on a page of four rows), the rules give way, the heading rule last.
struct PageBreaks {
    private let lines: [LayoutLine]
    /// The first and the end line of the run of lines set from one passage that each line is in.
    private var blockStart: [Int]
    private var blockEnd: [Int]

    init(_ lines: [LayoutLine]) {
        self.lines = lines
        blockStart = Array(repeating: 0, count: lines.count)
        blockEnd = Array(repeating: 0, count: lines.count)
        var start = 0
        for index in lines.indices {
            if index == 0 || !Self.continues(lines[index], lines[index - 1]) { start = index }
            blockStart[index] = start
        }
        var end = lines.count
        for index in lines.indices.reversed() {
            if index == lines.count - 1 || !Self.continues(lines[index + 1], lines[index]) { end = index + 1 }
            blockEnd[index] = end
        }
    }

    /// One block: lines of one role with no blank between, set from one passage (a label or a
    /// marker on a line of its own belongs to the text after it).
    private static func continues(_ line: LayoutLine, _ previous: LayoutLine) -> Bool {
        line.role != .blank && previous.role == line.role
            && (previous.span == nil || previous.span?.passage == line.span?.passage)
    }

    /// The end of the page that starts at `start` and may hold lines up to `limit` (exclusive).
    func end(ofPageFrom start: Int, limit: Int) -> Int {
        for rules in [Rules.all, .headingsOnly] {
            if let end = stride(from: limit, to: start, by: -1).first(where: { allows(end: $0, from: start, rules) }) {
                return end
            }
        }
        return limit
    }

    enum Rules {
        case all
        /// Only "a heading never ends a page", for what cannot be kept together.
        case headingsOnly
    }

    /// Whether a page from `start` may end before line `end`.
    func allows(end: Int, from start: Int, _ rules: Rules) -> Bool {
        guard let foot = (start..<end).last(where: { lines[$0].role != .blank }) else { return false }
        guard let head = (end..<lines.count).first(where: { lines[$0].role != .blank }) else { return true }
        if lines[foot].keepsWithNext { return false }
        if rules == .headingsOnly { return true }
        if lines[foot].introducesList { return false }
        if blockStart[foot] == blockStart[head] {
            let above = end - blockStart[foot], below = blockEnd[foot] - end
            if above < 2 || below < 2 { return false }
        }
        // A heading on this page keeps two lines of its text, unless its text is shorter.
        if !lines[head].keepsWithNext, let heading = (start...foot).last(where: { lines[$0].keepsWithNext }) {
            let text = (heading + 1...foot).filter { lines[$0].role != .blank }.count
            if text < 2 { return false }
        }
        return true
    }
}
