/// Line breaking of one passage into ranges that fit a width in terminal columns, chosen as a
/// whole, as TeX and `par` do: of all the ways to break at the allowed places, the one whose lines
/// but the last leave the least room unused, counted as the sum of the squares of the unused
/// columns. A word wider than the line is cut where it is, as a greedy breaker would.
public enum LineBreaker {
    public static func lines(of text: String, width: Int) -> [Range<Int>] {
        var text = text
        return text.withUTF8 { bytes in
            let width = max(2, width)
            return BreakPoints(bytes, width: width).optimalLines(width: width)
        }
    }
}

extension BreakPoints {
    /// Dynamic programming over the break points: the best way to end a line at each point is the
    /// best over the points a line can start at, and a line holds a bounded number of points, so
    /// the work is linear in the points times the points a line can hold.
    func optimalLines(width: Int, prunes: Bool = true) -> [Range<Int>] {
        let count = points.count
        guard count > 1 else { return [] }
        // Most short paragraphs, list items and titles fit on one line.
        if points[count - 1].endColumn <= width {
            return [points[0].nextStart..<points[count - 1].lineEnd]
        }
        // One scratch allocation for the four arrays of the search: an array each is allocated
        // through the standard library's unspecialised path, hundreds of instructions a paragraph.
        return withUnsafeTemporaryAllocation(of: Int.self, capacity: 4 * count) { scratch in
            let from = UnsafeMutableBufferPointer(rebasing: scratch[0..<count])
            points.withUnsafeBufferPointer { points in
                Self.chooseStarts(points, width: width, prunes: prunes, into: from,
                                  scratch: UnsafeMutableBufferPointer(rebasing: scratch[count...]))
            }
            // The lines from the last back to the first, counted first: an array of their number,
            // filled from its end, rather than one grown line by line and then reversed.
            var lineCount = 0
            var end = count - 1
            while end > 0 {
                lineCount += 1
                end = from[end]
            }
            return [Range<Int>](unsafeUninitializedCapacity: lineCount) { lines, initialized in
                initialized = lineCount
                end = count - 1
                while end > 0 {
                    let start = from[end]
                    lineCount -= 1
                    (lines.baseAddress! + lineCount).initialize(to: points[start].nextStart..<points[end].lineEnd)
                    end = start
                }
            }
        }
    }

    /// For each point, where the line that ends there starts in the best breaking up to it.
    /// `scratch` holds room for three times as many integers as there are points (integers need
    /// no initialising: each is written before it is read).
    ///
    /// With `prunes`, the candidate starts of a line are tried from the fullest line on and the
    /// rest given up once the unused room alone, squared, on top of the cheapest cost of any
    /// candidate, exceeds the best total so far: the room only grows from one start to the next,
    /// so none of them could win (a tie needs an equal total, which is not exceeded).
    static func chooseStarts(_ points: UnsafeBufferPointer<Point>, width: Int, prunes: Bool = true,
                             into from: UnsafeMutableBufferPointer<Int>, scratch: UnsafeMutableBufferPointer<Int>) {
        // Each way compiled on its own: no test of `prunes` a point.
        if prunes {
            chooseStarts(points, width: width, pruning: true, into: from, scratch: scratch)
        } else {
            chooseStarts(points, width: width, pruning: false, into: from, scratch: scratch)
        }
    }

    @inline(__always)
    private static func chooseStarts(_ points: UnsafeBufferPointer<Point>, width: Int, pruning prunes: Bool,
                                     into from: UnsafeMutableBufferPointer<Int>, scratch: UnsafeMutableBufferPointer<Int>) {
        let count = points.count
        let cost = UnsafeMutableBufferPointer(rebasing: scratch[0..<count])
        cost[0] = 0
        // The columns lines start at, side by side: the inner loop reads nothing else of a point.
        let startColumns = UnsafeMutableBufferPointer(rebasing: scratch[count..<(2 * count)])
        for index in 0..<count { startColumns[index] = points[index].startColumn }
        // The candidates that are cheaper than every later one, in order: the first is the cheapest
        // of the window of candidates (a queue whose both ends only move on).
        let cheapest = UnsafeMutableBufferPointer(rebasing: scratch[(2 * count)..<(3 * count)])
        var head = 0, tail = 0
        var reach = 0         // the first point a line ending at `end` can start at, by width
        var lastForced = 0    // no line starts before the last forced break
        /// The first candidate start of the line that ends at `end`, whose end column is `endColumn`.
        @inline(__always)
        func firstStart(_ end: Int, _ endColumn: Int) -> Int {
            while endColumn &- startColumns[reach] > width { reach &+= 1 }
            // The point just before can always start the line: only a cluster wider than the
            // whole line overflows it, and that cannot be helped.
            return min(max(reach, lastForced), end &- 1)
        }
        // The last line apart (its room costs nothing), after the loop: no test of it a point.
        let last = count &- 1
        for end in 1..<last {
            let endColumn = points[end].endColumn
            let first = firstStart(end, endColumn)
            // A line from `start` leaves `room + startColumns[start]` columns unused.
            let room = width &- endColumn
            var best = Int.max
            var bestStart = end - 1
            // On a tie the later start wins: the shorter last line, as filling line by line would.
            if prunes {
                let newest = cost[end &- 1]
                while tail > head, cost[cheapest[tail &- 1]] >= newest { tail &-= 1 }
                cheapest[tail] = end &- 1
                tail &+= 1
                while cheapest[head] < first { head &+= 1 }
                let floor = cost[cheapest[head]]
                // From `reach` on the room is never negative, so its square grows with it;
                // before it (a cluster wider than the line) `end - 1` is the only candidate.
                for start in first..<end {
                    let slack = room &+ startColumns[start]
                    let squared = slack &* slack
                    if floor &+ squared > best { break }
                    let total = cost[start] &+ squared
                    if total <= best {
                        best = total
                        bestStart = start
                    }
                }
            } else {
                for start in first..<end {
                    let slack = room &+ startColumns[start]
                    let total = cost[start] &+ slack &* slack
                    if total <= best {
                        best = total
                        bestStart = start
                    }
                }
            }
            cost[end] = best
            from[end] = bestStart
            if points[end].isForced { lastForced = end }
        }
        var best = Int.max
        var bestStart = last - 1
        for start in firstStart(last, points[last].endColumn)..<last where cost[start] <= best {
            best = cost[start]
            bestStart = start
        }
        cost[last] = best
        from[last] = bestStart
    }
}

/// The places a passage may be broken at, with the columns on either side.
///
/// Breaks are allowed at spaces, after a hyphen inside a word, around ideographs (but not before
/// closing or after opening punctuation). A run of text between two such places that is wider than
/// the line is cut into pieces that fill it; a break is then forced before it and between them.
struct BreakPoints {
    struct Point: Equatable {
        /// Where a line that ends here ends (before any spaces) and where the next line starts.
        var lineEnd: Int
        var nextStart: Int
        /// Columns from the passage's first cluster to `lineEnd`, and to `nextStart`.
        var endColumn: Int
        var startColumn: Int
        /// No line may run across this point.
        var isForced: Bool
    }

    /// The first point is the passage's start, the last its end; none when it has no text.
    private(set) var points: [Point] = []

    /// With `skipsPlainText` (the tests turn it off to compare), a space or a run of ASCII word
    /// bytes (`BreakClass.isWordASCII`) is taken whole, without the cluster scanner: each byte is
    /// a cluster of one column.
    init(_ bytes: UnsafeBufferPointer<UInt8>, width: Int, skipsPlainText: Bool = true) {
        // A cluster wider than the line is cut to fit; below the minimum width (the room beside a
        // list marker) ArticleLayout gives a wider cluster a line of its own instead.
        var scanner = ClusterScanner(bytes, range: 0..<bytes.count, widthLimit: max(width, LayoutMetrics.minimumWidth))
        var collector = Collector(width: width, capacity: bytes.count / 4 + 2)
        let count = bytes.count
        var index = 0
        while index < count {
            if skipsPlainText {
                let byte = bytes[index]
                if byte == 0x20 {  // a space stands alone whatever follows
                    index = collector.addSpaces(bytes, from: index)
                    continue
                }
                if BreakClass.isWordASCII(byte) {
                    let runEnd = Self.endOfPlainWord(bytes, from: index)
                    if runEnd > index {
                        collector.addPlainWord(bytes, index..<runEnd)
                        index = runEnd
                        continue
                    }
                }
                scanner.skip(to: index)
            }
            guard let cluster = scanner.next() else { break }
            collector.add(cluster)
            index = cluster.end
        }
        points = collector.finish()
    }

    /// The end of the run of ASCII word bytes from `start`, each a cluster of its own: a byte
    /// followed by a non-ASCII one may be the base of a longer cluster and is left out.
    @inline(__always)
    static func endOfPlainWord(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
        var end = BreakClass.endOfWordASCII(bytes, from: start)
        if end < bytes.count, bytes[end] >= 0x80, end > start { end -= 1 }
        return end
    }

    /// The points found so far, and what deciding the next one needs of the clusters before.
    private struct Collector {
        let width: Int
        var points: Store
        var started = false
        var pieceStart = 0          // the column of the last point, where the current word starts
        var inSpaces = false
        var column = 0
        var lastEnd = 0             // end of the last non-space cluster
        var lastEndColumn = 0
        var previous: BreakClass = .space
        var previousIsWide = false
        var beforePrevious: BreakClass = .space

        init(width: Int, capacity: Int) {
            self.width = width
            points = Store(capacity: capacity)
        }

        @inline(__always)
        mutating func add(_ cluster: Cluster) {
            if cluster.breakClass == .space {
                addSpace(width: cluster.width, end: cluster.end)
                return
            }
            if !started {
                started = true
                points.append(Point(lineEnd: cluster.start, nextStart: cluster.start, endColumn: 0, startColumn: 0,
                                    isForced: true))
            } else if !inSpaces, BreakPoints.allowsBreak(before: cluster.breakClass, isWide: cluster.width == 2,
                                                         after: previous, isWide: previousIsWide, beforePrevious) {
                points.append(Point(lineEnd: cluster.start, nextStart: cluster.start, endColumn: column,
                                    startColumn: column, isForced: false))
                pieceStart = column
            }
            inSpaces = false
            if column > pieceStart, column + cluster.width - pieceStart > width {
                forceBreak(at: cluster.start)
            }
            column += cluster.width
            lastEnd = cluster.end
            lastEndColumn = column
            beforePrevious = previous
            previous = cluster.breakClass
            previousIsWide = cluster.width == 2
        }

        @inline(__always)
        mutating func addSpace(width: Int = 1, end: Int) {
            if started {
                column += width
                pieceStart = column
                if inSpaces {
                    points[points.count - 1].nextStart = end
                    points[points.count - 1].startColumn = column
                } else {
                    points.append(Point(lineEnd: lastEnd, nextStart: end, endColumn: lastEndColumn,
                                        startColumn: column, isForced: false))
                    inSpaces = true
                }
            }
            beforePrevious = previous
            previous = .space
            previousIsWide = false
        }

        /// A space at `start`, and after it as long as they come, single spaces each followed by an
        /// ASCII word that fits the line: the run of prose that most text is. Returns where it
        /// stopped.
        @inline(__always)
        mutating func addSpaces(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
            guard started, !inSpaces else {
                addSpace(end: start + 1)
                return start + 1
            }
            // After a cluster that is not a space: each space makes a point, and the word after it
            // needs no decision (no break before it but the space, no cut when it fits).
            // The state in locals, stored back once: as the collector's fields the compiler keeps
            // them in memory and stores each again for every word.
            var index = start
            var wordLength = 0
            var column = column, lastEnd = lastEnd, lastEndColumn = lastEndColumn, points = points
            let count = bytes.count, width = width
            while index &+ 1 < count, bytes[index] == 0x20 {
                let wordStart = index &+ 1
                let wordEnd = BreakPoints.endOfPlainWord(bytes, from: wordStart)
                let length = wordEnd &- wordStart
                guard length > 0, length <= width else { break }
                points.append(Point(lineEnd: lastEnd, nextStart: wordStart, endColumn: lastEndColumn,
                                    startColumn: column &+ 1, isForced: false))
                column &+= 1 &+ length
                lastEnd = wordEnd
                lastEndColumn = column
                wordLength = length
                index = wordEnd
            }
            guard wordLength > 0 else {
                addSpace(end: start + 1)
                return start + 1
            }
            // The points' storage too: appending may have moved it.
            self.points = points
            self.column = column
            self.lastEnd = lastEnd
            self.lastEndColumn = lastEndColumn
            pieceStart = column - wordLength
            // The word's last two bytes, as `add` would have left them.
            previous = .ofASCII(bytes[index - 1])
            beforePrevious = wordLength > 1 ? .ofASCII(bytes[index - 2]) : .space
            previousIsWide = false
            return index
        }

        /// Bytes of an ASCII word, each a cluster of one column: the first decides as any cluster
        /// does; after it no break is allowed but the forced ones, each where the word has filled
        /// a line.
        @inline(__always)
        mutating func addPlainWord(_ bytes: UnsafeBufferPointer<UInt8>, _ run: Range<Int>) {
            add(Cluster(start: run.lowerBound, end: run.lowerBound + 1, width: 1, breakClass: .ofASCII(bytes[run.lowerBound])))
            var index = run.lowerBound + 1
            guard index < run.upperBound else { return }
            while true {
                // `column > pieceStart` holds after the first byte: a byte is cut off once the
                // word fills the line.
                let fitting = max(0, width - (column - pieceStart))
                if run.upperBound - index <= fitting {
                    column += run.upperBound - index
                    break
                }
                column += fitting
                index += fitting
                forceBreak(at: index)
                column += 1
                index += 1
            }
            lastEnd = run.upperBound
            lastEndColumn = column
            beforePrevious = .ofASCII(bytes[run.upperBound - 2])
            previous = .ofASCII(bytes[run.upperBound - 1])
        }

        /// A word wider than the line: it starts one, and is cut where it fills it.
        @inline(__always)
        mutating func forceBreak(at offset: Int) {
            points[points.count - 1].isForced = true
            points.append(Point(lineEnd: offset, nextStart: offset, endColumn: column, startColumn: column, isForced: true))
            pieceStart = column
        }

        mutating func finish() -> [Point] {
            guard started else { return points.array() }
            if inSpaces { points.removeLast() }
            points.append(Point(lineEnd: lastEnd, nextStart: lastEnd, endColumn: lastEndColumn, startColumn: lastEndColumn,
                                isForced: true))
            return points.array()
        }
    }

    /// The points as they are found, in storage of their own: an array's `append`, a call with a
    /// uniqueness check each, cost as much as finding a word's point (a point a word).
    private struct Store {
        private var base: UnsafeMutablePointer<Point>
        private var capacity: Int
        private(set) var count = 0

        init(capacity: Int) {
            self.capacity = max(2, capacity)
            base = .allocate(capacity: self.capacity)
        }

        subscript(index: Int) -> Point {
            @inline(__always) get { base[index] }
            @inline(__always) set { base[index] = newValue }
        }

        @inline(__always)
        mutating func append(_ point: Point) {
            if count == capacity { grow() }
            (base + count).initialize(to: point)
            count += 1
        }

        mutating func removeLast() {
            count -= 1
        }

        @inline(never)
        private mutating func grow() {
            let larger = UnsafeMutablePointer<Point>.allocate(capacity: 2 * capacity)
            larger.moveInitialize(from: base, count: count)
            base.deallocate()
            base = larger
            capacity *= 2
        }

        /// The points as an array; the storage is freed, and the store is not to be used again.
        mutating func array() -> [Point] {
            defer { base.deallocate() }
            return Array(UnsafeBufferPointer(start: base, count: count))
        }
    }

    /// Full-width punctuation (。「) allows breaks beside it; ASCII punctuation glued to a word or
    /// number ("3.14", "10:30", "e.g.", "word(s)") does not: there only spaces and hyphens break.
    static func allowsBreak(before current: BreakClass, isWide currentIsWide: Bool,
                                    after previous: BreakClass, isWide previousIsWide: Bool,
                                    _ beforePrevious: BreakClass) -> Bool {
        switch (previous, current) {
        case (_, .closing), (.opening, _), (.space, _): return false
        case (.hyphen, .other): return beforePrevious == .other || beforePrevious == .ideograph
        case (.ideograph, _), (_, .ideograph): return true
        case (.closing, _): return previousIsWide
        case (_, .opening): return currentIsWide
        default: return false
        }
    }
}
