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
    /// kept on the stack (nearly every footer's four runs have six to eight); runs of more lines
    /// than that room take the way in two passes, `labelledTailStart` and `find(in:tailStart:)`.
    static func find(in lines: TextLines, bodyStart: Int) -> (footer: Footer, start: Int)? {
        withUnsafeTemporaryAllocation(of: (content: Range<Int>, kind: Candidates.Kind).self, capacity: 32) { passed in
            var count = 0  // lines passed, last first
            var runs = 0
            var tailLineCount = 0  // the lines from the labelled run's first on
            var runFirst: Int?  // the first line so far of the run being passed
            var end = lines.bytes.count
            while runs < runsJudged {
                guard count < passed.count else {
                    return labelledTailStart(in: lines, bodyStart: bodyStart).flatMap { find(in: lines, tailStart: $0) }
                }
                let start = lines.start(ofLineEndingAt: end, floor: bodyStart)
                let line = start..<end
                let content = lines.content(line)
                let isBlank = lines.isBlank(line)
                let kind = isBlank ? .blank : label(content, in: lines).map(Candidates.Kind.label) ?? .text
                passed.initializeElement(at: count, to: (content, kind))
                if !isBlank { runFirst = count }
                count += 1
                if isBlank || start == bodyStart, let first = runFirst {
                    runs += 1
                    runFirst = nil
                    if passed[first].kind != .text { tailLineCount = first + 1 }
                }
                if start == bodyStart { break }
                end = start - 1
            }
            guard tailLineCount > 0 else { return nil }
            let tail = passed[..<tailLineCount].reversed()
            let contents = tail.map(\.content)
            guard let footer = find(Candidates(lines, contents: contents, kinds: tail.map(\.kind))) else { return nil }
            return (footer, contents[footer.startLine].lowerBound)
        }
    }

    /// How many runs of lines at the end are judged (see `find(in:bodyStart:)`).
    private static let runsJudged = 4

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
        // them all. The arrays are sized once (a line for each line feed after the tail's start,
        // and the last).
        var lineCount = 1
        var lineFeed = lines.end(ofLineAt: tailStart)
        while lineFeed < lines.bytes.count {
            lineCount += 1
            lineFeed = lines.end(ofLineAt: lineFeed + 1)
        }
        var contents: [Range<Int>] = []
        var kinds: [Candidates.Kind] = []
        contents.reserveCapacity(lineCount)
        kinds.reserveCapacity(lineCount)
        var lineStart = tailStart
        while true {
            let line = lineStart..<lines.end(ofLineAt: lineStart)
            let content = lines.content(line)
            contents.append(content)
            if lines.isBlank(line) {
                kinds.append(.blank)
            } else {
                kinds.append(label(content, in: lines).map(Candidates.Kind.label) ?? .text)
            }
            guard line.upperBound < lines.bytes.count else { break }
            lineStart = line.upperBound + 1
        }
        guard let footer = find(Candidates(lines, contents: contents, kinds: kinds)) else { return nil }
        return (footer, contents[footer.startLine].lowerBound)
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
