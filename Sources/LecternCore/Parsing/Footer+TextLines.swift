extension Footer {
    /// The footer of a text given as `TextLines`, and the offset where it starts, or nil when
    /// the text has none: what `find(in:bodyStart:)` finds in all of its lines, without splitting
    /// a long text into lines.
    ///
    /// `find` tries the last four groups of lines as the footer's start (each group a run of
    /// non-blank lines, or a part of one that opens with a label), keeping the earliest that
    /// parses, and a footer starts with a label. So only the last four runs matter, and of them
    /// only those from the first that opens with a label: the text of those is enough.
    ///
    /// One pass backwards over those runs does it: each line is told blank or label once, as it
    /// is passed, and the lines from the labelled run on are the candidates. The lines passed are
    /// kept on the stack, written from the room's end back so that they lie in the text's order;
    /// runs of more lines than the room holds take the way in two passes, `labelledTailStart` and
    /// `find(in:tailStart:)`.
    static func find(in lines: TextLines, bodyStart: Int) -> (footer: Footer, start: Int)? {
        withUnsafeTemporaryAllocation(of: Candidates.TailLine.self, capacity: linesKept) { passed in
            var first = passed.count  // the slot of the last line passed (the earliest in the text)
            var runs = 0
            var tailStart: Int?  // the slot of the labelled run's first line
            var runFirst: Int?  // the slot of the first line so far of the run being passed
            var end = lines.bytes.count
            while runs < runsJudged {
                guard first > 0 else {
                    return labelledTailStart(in: lines, bodyStart: bodyStart).flatMap { find(in: lines, tailStart: $0) }
                }
                let start = lines.start(ofLineEndingAt: end, floor: bodyStart)
                let line = start..<end
                let content = lines.content(line)
                let isBlank = lines.isBlank(line)
                first -= 1
                passed.initializeElement(at: first, to: (content, isBlank ? .blank : label(content, in: lines).map(Candidates.Kind.label) ?? .text))
                if !isBlank { runFirst = first }
                if isBlank || start == bodyStart, let runStart = runFirst {
                    runs += 1
                    runFirst = nil
                    if passed[runStart].kind != .text { tailStart = runStart }
                }
                if start == bodyStart { break }
                end = start - 1
            }
            guard let tailStart else { return nil }
            return find(in: lines, tail: UnsafeBufferPointer(rebasing: passed[tailStart...]))
        }
    }

    /// The footer among `tail`, the last lines of `lines`, and where it starts.
    private static func find(in lines: TextLines, tail: UnsafeBufferPointer<Candidates.TailLine>) -> (footer: Footer, start: Int)? {
        guard let footer = find(Candidates(lines, tail: tail)) else { return nil }
        return (footer, tail[footer.startLine].content.lowerBound)
    }

    /// How many runs of lines at the end are judged (see `find(in:bodyStart:)`).
    private static let runsJudged = 4
    /// How many lines the one pass keeps: nearly every footer's four runs have six to eight.
    private static let linesKept = 32

    /// Where the runs of lines that `find(in:bodyStart:)` judges start: the first of the last
    /// four runs that opens with a label. Nil when none does, and so there is no footer; a footer
    /// starts there or after it.
    static func labelledTailStart(in lines: TextLines, bodyStart: Int) -> Int? {
        var runs = 0
        var tailStart: Int?
        var end = lines.bytes.count
        var runStart: Int?
        while runs < runsJudged {
            let start = lines.start(ofLineEndingAt: end, floor: bodyStart)
            let line = start..<end
            let isBlank = lines.isBlank(line)
            if !isBlank { runStart = start }
            if isBlank || start == bodyStart, let first = runStart {
                // A run ends here (going backwards): does its first line open with a label?
                runs += 1
                runStart = nil
                let content = lines.content(first..<lines.end(ofLineAt: first))
                if label(content, in: lines) != nil {
                    tailStart = first
                }
            }
            if start == bodyStart { break }
            end = start - 1
        }
        return tailStart
    }

    /// The footer among the lines from `tailStart` (`labelledTailStart`) on.
    static func find(in lines: TextLines, tailStart: Int) -> (footer: Footer, start: Int)? {
        // Those runs' lines, told blank and label on their bytes; none becomes a string here (the
        // parse makes its titles). At most four runs, starting with one: `find` would look at
        // them all. The room is sized once (a line for each line feed after the tail's start,
        // and the last).
        var lineCount = 1
        var lineFeed = lines.end(ofLineAt: tailStart)
        while lineFeed < lines.bytes.count {
            lineCount += 1
            lineFeed = lines.end(ofLineAt: lineFeed + 1)
        }
        return withUnsafeTemporaryAllocation(of: Candidates.TailLine.self, capacity: lineCount) { tail in
            var lineStart = tailStart
            for index in 0..<lineCount {
                let line = lineStart..<lines.end(ofLineAt: lineStart)
                let content = lines.content(line)
                tail.initializeElement(at: index, to: (content, lines.isBlank(line) ? .blank : label(content, in: lines).map(Candidates.Kind.label) ?? .text))
                lineStart = line.upperBound + 1
            }
            return find(in: lines, tail: UnsafeBufferPointer(tail))
        }
    }

    /// The label the line `content` of `lines` spells, as `label(_:)` reads it from the line's
    /// text, but on its bytes when they are plain ASCII between the spaces and tabs at its ends
    /// (a tab inside would be a space in the text; other white space and the arrows and
    /// guillemets of some labels are not ASCII): most lines become no string.
    static func label(_ content: Range<Int>, in lines: TextLines) -> LinkDirection? {
        let bytes = UnsafeBufferPointer(rebasing: lines.bytes[content])
        guard mayBeLabel(bytes) else { return nil }
        var (start, end) = (0, bytes.count)
        while start < end, bytes[start] == 0x20 || bytes[start] == 0x09 { start += 1 }
        while end > start, bytes[end - 1] == 0x20 || bytes[end - 1] == 0x09 { end -= 1 }
        let word = UnsafeBufferPointer(rebasing: bytes[start..<end])
        if let direction = commonLabel(word) { return direction }
        guard word.allSatisfy({ $0 >= 0x20 && $0 < 0x7F }) else { return label(lines.text(content)[...]) }
        return label(lowercasedASCII: word)
    }
}
