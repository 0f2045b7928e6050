extension Footer {
    /// The footer of a text given as `TextLines`, and the offset where it starts, or nil when
    /// the text has none: what `find(in:bodyStart:)` finds in all of its lines, without splitting
    /// a long text into lines.
    ///
    /// `find` tries the last six groups of lines as the footer's start (each group a run of
    /// non-blank lines, or a part of one that opens with a label), keeping the earliest that
    /// parses, and a footer starts with a label. So only the last six runs matter, and of them
    /// only those from the first that opens with a label: the text of those is enough.
    static func find(in lines: TextLines, bodyStart: Int) -> (footer: Footer, start: Int)? {
        let runsJudged = 6
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
                if mayBeLabel(UnsafeBufferPointer(rebasing: lines.bytes[content])), label(lines.text(content)[...]) != nil {
                    tailStart = first
                }
            }
            if start == bodyStart { break }
            end = start - 1
        }
        guard let tailStart else { return nil }
        let tail = lines.text(tailStart..<lines.bytes.count)
        guard let footer = find(in: ArticleParser.sourceLines(tail), bodyStart: 0) else { return nil }
        // The footer's first line, counted in the bytes' lines from the tail's start.
        var start = tailStart
        for _ in 0..<footer.startLine { start = lines.end(ofLineAt: start) + 1 }
        return (footer, start)
    }
}
