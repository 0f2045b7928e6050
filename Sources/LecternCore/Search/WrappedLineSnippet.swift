/// Snippets of matches in hard-wrapped paragraphs, cut from the bytes around the match without
/// parsing the blocks before it.
///
/// Lines that start with an ASCII letter in the first column are text to the parser: each one
/// joins the block the line before it is in (a paragraph, a quotation's lazy continuation, a
/// list item's wrapped text), and one that follows a blank line (or the title) starts a
/// paragraph. `LineJoining` joins them with one space when the first line ends in a character
/// that is not white space or a hyphen. So where those lines have no tab or double space, the
/// passage around a match is the bytes around it with line feeds read as spaces and the CRs of
/// CR LFs left out; a plain snippet looks at most `Snippet.context` + 2 scalars on each side,
/// four bytes at most each (a CR LF is two bytes for its space).
extension BodyMatchCount {
    /// Bytes on each side of a match that hold every scalar a plain snippet looks at.
    private static let snippetReach = 4 * (Snippet.context + 2) + 4

    /// The snippet `Snippet.make` cuts for `match` (within `line`, which is in the body) from
    /// the passage of the whole parse, or nil when this cannot tell it: the lines around the
    /// match are not text lines as above, the line's block may be a heading or a run of
    /// addresses (one line, or none with a space), or the snippet needs the general case.
    /// `endsBody` says whether a line start is past the body (the footer's start).
    static func wrappedLineSnippet(of match: Range<Int>, line: Range<Int>, in lines: TextLines, title: Range<Int>,
                                   endsBody: (Int) -> Bool) -> String? {
        let bytes = lines.bytes
        let bodyStart = title.upperBound + 1
        func isTextLine(startingAt start: Int) -> Bool { start < bytes.count && ASCII.isLetter(bytes[start]) }
        // A paragraph of two lines or more is a link per line only when none has a space; every
        // address starts with h, w or f.
        guard line.lowerBound >= bodyStart, isTextLine(startingAt: line.lowerBound),
              !"hwf".utf8.contains(ASCII.lowercased(bytes[line.lowerBound]))
                || RawFilePrefilter.find(0x20, in: UnsafeBufferPointer(rebasing: bytes[line]), from: 0) < line.count
        else { return nil }

        // Back over the lines the snippet may reach, to the passage's start if it reaches that.
        let reachBack = match.lowerBound - Self.snippetReach
        var first = line.lowerBound
        var passageStart: Int?
        var joinsAnother = false
        func previousLine(before start: Int) -> Range<Int> {
            lines.start(ofLineEndingAt: start - 1, floor: bodyStart)..<(start - 1)
        }
        func continues(after start: Int) -> Bool? {
            guard start > bodyStart else { return nil }
            let previous = previousLine(before: start)
            if lines.isBlank(previous) { return nil }
            return isTextLine(startingAt: previous.lowerBound)
                && joinsWithOneSpace(endingAt: lines.content(previous).upperBound, in: bytes)
        }
        while first > reachBack {
            guard let joins = continues(after: first) else {
                passageStart = first
                break
            }
            guard joins else { return nil }
            first = previousLine(before: first).lowerBound
            joinsAnother = true
        }

        // On to the passage's end, if the snippet may reach it.
        let reachOn = match.upperBound + Self.snippetReach
        var last = line
        var passageEnd: Int?
        func nextLine(after line: Range<Int>) -> Range<Int>? {
            let next = line.upperBound + 1
            guard next < bytes.count, !endsBody(next) else { return nil }
            let following = next..<lines.end(ofLineAt: next)
            return lines.isBlank(following) ? nil : following
        }
        while last.upperBound < reachOn {
            guard let next = nextLine(after: last) else {
                // Trimming would change nothing at the end.
                guard endsInText(at: lines.content(last).upperBound, in: bytes) else { return nil }
                passageEnd = last.upperBound
                break
            }
            guard isTextLine(startingAt: next.lowerBound), joinsWithOneSpace(endingAt: lines.content(last).upperBound, in: bytes) else {
                return nil
            }
            last = next
            joinsAnother = true
        }

        // A block of one line may be a heading: another line must join this one.
        if !joinsAnother {
            // A text line before this one, when the passage does not start here.
            let before = passageStart == nil && continues(after: line.lowerBound) == true
            let after = nextLine(after: line).map { isTextLine(startingAt: $0.lowerBound) } ?? false
            guard before || after else { return nil }
        }

        var start = passageStart ?? reachBack
        while bytes[start] & 0xC0 == 0x80 { start += 1 }
        var end = passageEnd ?? reachOn
        while end < bytes.count, bytes[end] & 0xC0 == 0x80 { end -= 1 }
        return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: end - start) { passage -> String? in
            var previous: UInt8 = 0
            var written = 0
            var matchStart = 0
            for index in start..<end {
                if index == match.lowerBound { matchStart = written }
                var byte = bytes[index]
                // The CR of a CR LF, which decoding drops: the match (within a line) moves back by those before it.
                if byte == 0x0D, index + 1 < bytes.count, bytes[index + 1] == 0x0A { continue }
                if byte == 0x0A { byte = 0x20 }
                // A tab, a double space or another CR is not in the passage as it is in the lines.
                guard byte != 0x09, byte != 0x0D, !(byte == 0x20 && previous == 0x20) else { return nil }
                passage[written] = byte
                written += 1
                previous = byte
            }
            let range = matchStart..<(matchStart + match.count)
            return Snippet.plainSnippet(bytes: UnsafeBufferPointer(rebasing: passage[..<written]), range, context: Snippet.context)
        }
    }

    /// Whether the line ending at `end` (its line feed) joins the next text line with one space:
    /// it ends in a scalar of its own that is neither white space nor a hyphen.
    private static func joinsWithOneSpace(endingAt end: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        endsInText(at: end, in: bytes) && bytes[end - 1] != 0x2D
    }

    /// Whether the text before `end` ends in a scalar of its own that is not white space (so
    /// nothing is trimmed there).
    private static func endsInText(at end: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard end > 0 else { return false }
        let last = UTF8Scalar.decode(bytes, at: UTF8Scalar.start(before: end, in: bytes)).scalar
        return Snippet.isLoneScalar(last) && last != 0x20 && last != 0xA0
    }
}
