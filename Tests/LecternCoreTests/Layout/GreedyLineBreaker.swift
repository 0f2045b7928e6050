@testable import LecternCore

/// The greedy line breaker Lectern used before it broke lines optimally, kept as the yardstick
/// the optimal breaker must never fall behind: each line takes as much as fits. Breaks at spaces,
/// after a hyphen inside a word, around ideographs (but not before closing or after opening
/// punctuation), and hard-breaks anything longer than the width.
enum GreedyLineBreaker {
    static func lines(of text: String, width: Int) -> [Range<Int>] {
        var text = text
        return text.withUTF8 { lines(of: $0, width: max(2, width)) }
    }

    private struct Candidate {
        var lineEnd: Int
        var nextStart: Int
        /// Columns from nextStart to the cluster being placed.
        var widthAfter: Int
    }

    static func lines(of bytes: UnsafeBufferPointer<UInt8>, width: Int) -> [Range<Int>] {
        var result: [Range<Int>] = []
        var scanner = ClusterScanner(bytes, range: 0..<bytes.count)
        var lineStart = -1          // -1: no cluster placed on the current line yet
        var lineWidth = 0
        var lastEnd = 0             // end of the last non-space cluster placed
        var candidate: Candidate?
        var previous: BreakClass = .space
        var previousIsWide = false
        var beforePrevious: BreakClass = .space

        while let cluster = scanner.next() {
            if cluster.breakClass == .space {
                if lineStart >= 0 {
                    candidate = Candidate(lineEnd: lastEnd, nextStart: cluster.end, widthAfter: 0)
                    lineWidth += cluster.width
                }
                beforePrevious = previous
                previous = .space
                previousIsWide = false
                continue
            }
            if lineStart >= 0, BreakPoints.allowsBreak(before: cluster.breakClass, isWide: cluster.width == 2,
                                                       after: previous, isWide: previousIsWide, beforePrevious) {
                candidate = Candidate(lineEnd: cluster.start, nextStart: cluster.start, widthAfter: 0)
            }
            if lineStart < 0 {
                lineStart = cluster.start
                lineWidth = 0
            } else if lineWidth + cluster.width > width {
                if let chosen = candidate, chosen.lineEnd > lineStart {
                    result.append(lineStart..<chosen.lineEnd)
                    lineStart = chosen.nextStart
                    lineWidth = chosen.widthAfter
                    candidate = nil
                }
                if lineWidth + cluster.width > width || lineStart > cluster.start {
                    // A word wider than the line: break it where it is.
                    if lineStart < cluster.start { result.append(lineStart..<cluster.start) }
                    lineStart = cluster.start
                    lineWidth = 0
                    candidate = nil
                }
            }
            lineWidth += cluster.width
            if var chosen = candidate {
                chosen.widthAfter += cluster.width
                candidate = chosen
            }
            lastEnd = cluster.end
            beforePrevious = previous
            previous = cluster.breakClass
            previousIsWide = cluster.width == 2
        }
        if lineStart >= 0, lineStart < lastEnd { result.append(lineStart..<lastEnd) }
        return result
    }
}
