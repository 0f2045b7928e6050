/// The navigation footer at the end of an export: a "Previous" and/or "Next" label
/// (written once or twice), each followed by the linked article's title.
struct Footer: Equatable {
    var previous: String?
    var next: String?
    /// Index of the footer's first line; the body ends before it.
    var startLine: Int

    /// Finds the footer in `lines`, looking only after `bodyStart`. Nil when the article has none.
    static func find(in lines: [Substring], bodyStart: Int) -> Footer? {
        find(Candidates(lines, from: startOfLastGroups(lines, from: bodyStart)))
    }

    /// The footer among the last lines of a text (from the start of a run of lines).
    static func find(_ candidates: Candidates) -> Footer? {
        // The groups on the stack (at most one a line): the search is over once the footer is made.
        withUnsafeTemporaryAllocation(of: Range<Int>.self, capacity: candidates.end - candidates.start) { room in
            let groups = UnsafeBufferPointer(rebasing: room[..<candidates.groups(into: room)])
            // The footer is a suffix of the groups: the longest that parses. A suffix of more than
            // four groups never does (each link takes a label group and at most one title group, and
            // a third link repeats a direction), so the first to parse from the fourth last on is it.
            for start in max(0, groups.count - 4)..<groups.count {
                if let footer = parse(groups[start...], candidates) { return footer }
            }
            return nil
        }
    }

    /// No label line is longer (in UTF-8 bytes).
    static let longestLabelLine = 40

    /// A line that is only the word Previous or Next (any case, optional colon).
    static func label(_ line: Substring) -> LinkDirection? {
        var line = line
        guard line.withUTF8({ mayBeLabel($0) }) else { return nil }
        var word = line.trimmingWhitespace()
        return word.withUTF8 { label(lowercasedASCII: $0) }
    }

    /// False for most lines, which cannot be labels, without making them text: a label is short,
    /// and starts with p, n or <, or with a character outside ASCII (« ←, or white space the
    /// trim takes off).
    static func mayBeLabel(_ line: UnsafeBufferPointer<UInt8>) -> Bool {
        guard line.count <= longestLabelLine else { return false }
        guard let first = line.first(where: { !WhiteSpace.isASCIIWhiteSpace($0) }) else { return true }
        return first >= 0x80 || first | 0x20 == UInt8(ascii: "p") || first | 0x20 == UInt8(ascii: "n") || first == UInt8(ascii: "<")
    }

    /// Every spelling of a label, in lower case, and the endings a label may have.
    private static let spellings: [([UInt8], LinkDirection)] = [
        ("previous", .previous), ("prev", .previous), ("« previous", .previous), ("← previous", .previous),
        ("< previous", .previous), ("next", .next), ("next »", .next), ("next →", .next), ("next >", .next),
    ].map { (Array($0.utf8), $1) }
    private static let endings = [" article", " post"].map { Array($0.utf8) }

    /// The label a trimmed line spells, in ASCII case only. That is exact here: no character
    /// outside ASCII lowercases to a letter of theirs but the Kelvin sign (to k), and none has a k.
    static func label(lowercasedASCII bytes: UnsafeBufferPointer<UInt8>) -> LinkDirection? {
        commonLabel(bytes) ?? spelledLabel(bytes)
    }

    /// `label(lowercasedASCII:)` the long way: each spelling and ending compared in turn.
    static func spelledLabel(_ bytes: UnsafeBufferPointer<UInt8>) -> LinkDirection? {
        var end = bytes.count
        if end > 0, bytes[end - 1] == UInt8(ascii: ":") { end -= 1 }
        for ending in endings where equalsIgnoringCase(bytes, end - ending.count..<end, ending) { end -= ending.count }
        for (spelling, direction) in spellings where equalsIgnoringCase(bytes, 0..<end, spelling) { return direction }
        return nil
    }

    /// "Previous", "Next" and "Prev" in any ASCII case, told by one load of their bytes (nearly
    /// every footer's labels): the label that `label(lowercasedASCII:)` reads, or nil for any
    /// other word, which that reads on. With bit 0x20 set in every byte, a letter is lower case,
    /// and only its two cases become it, so the comparison is exact.
    @inline(__always)
    static func commonLabel(_ bytes: UnsafeBufferPointer<UInt8>) -> LinkDirection? {
        guard let base = bytes.baseAddress else { return nil }
        let raw = UnsafeRawPointer(base)
        switch bytes.count {
        case 8:
            let word = UInt64(littleEndian: raw.loadUnaligned(as: UInt64.self)) | 0x2020_2020_2020_2020
            return word == 0x7375_6F69_7665_7270 ? .previous : nil  // "previous", first byte lowest
        case 4:
            let word = UInt32(littleEndian: raw.loadUnaligned(as: UInt32.self)) | 0x2020_2020
            if word == 0x7478_656E { return .next }  // "next"
            return word == 0x7665_7270 ? .previous : nil  // "prev"
        default:
            return nil
        }
    }

    private static func equalsIgnoringCase(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, _ lower: [UInt8]) -> Bool {
        guard range.lowerBound >= 0, range.count == lower.count else { return false }
        for (offset, byte) in lower.enumerated() where ASCII.lowercased(bytes[range.lowerBound + offset]) != byte { return false }
        return true
    }

    /// Where the last few blank-separated runs of lines begin: the footer is among them, so the
    /// rest of a long article need not be looked at.
    private static func startOfLastGroups(_ lines: [Substring], from start: Int) -> Int {
        let wanted = 8
        var index = lines.count - 1
        var begin = lines.count
        var seen = 0
        while seen < wanted {
            while index >= start, lines[index].trimmingWhitespace().isEmpty { index -= 1 }
            guard index >= start else { break }
            while index >= start, !lines[index].trimmingWhitespace().isEmpty { index -= 1 }
            begin = index + 1
            seen += 1
        }
        return max(start, min(begin, lines.count))
    }

    /// A link title is a title: a line or two, not a sentence. This keeps a last paragraph after a
    /// heading such as "Next" in the body.
    static func isPlausibleTitle(lineCount: Int, _ title: String) -> Bool {
        // A text's width is at most its UTF-8 length: most titles need no measuring.
        if lineCount > 2 || (title.utf8.count > 160 && DisplayWidth.of(title) > 160) { return false }
        return !title.hasSuffix(".") || title.hasSuffix("..")
    }

    /// The title that `lines` make, joined, or nil when they make no plausible one.
    static func title<C: Collection>(joining lines: C) -> String? where C.Element == Substring {
        let title = LineJoining.join(lines)
        return isPlausibleTitle(lineCount: lines.count, title) ? title : nil
    }

    static func parse<Groups: RandomAccessCollection>(_ groups: Groups, _ lines: Candidates) -> Footer?
    where Groups.Element == Range<Int>, Groups.Index == Int {
        guard let first = groups.first else { return nil }
        var footer = Footer(startLine: first.lowerBound)
        var index = groups.startIndex
        while index < groups.endIndex {
            let group = groups[index]
            guard let direction = lines.label(group.lowerBound) else { return nil }
            // The label may be repeated (an export artefact); the rest of the group, or the next group, is the title.
            var titleStart = group.lowerBound + 1
            while titleStart < group.upperBound, lines.label(titleStart) == direction { titleStart += 1 }
            var titleLines = titleStart..<group.upperBound
            index += 1
            if titleLines.isEmpty, index < groups.endIndex, lines.label(groups[index].lowerBound) == nil {
                titleLines = groups[index]
                index += 1
            }
            guard let title = lines.title(titleLines) else { return nil }
            switch direction {
            case .previous:
                if footer.previous != nil { return nil }
                footer.previous = title
            case .next:
                if footer.next != nil { return nil }
                footer.next = title
            }
        }
        // An empty title (a label with nothing after it) links nowhere.
        if footer.previous?.isEmpty == true { footer.previous = nil }
        if footer.next?.isEmpty == true { footer.next = nil }
        return footer
    }

    /// The last lines of a text, where the footer may be, with what its parse asks of each line
    /// (is it blank, which label is it) worked out once: the parse tries several starts.
    struct Candidates {
        /// The lines' texts and kinds, or where the lines are in the bytes of a text with their
        /// kinds (made into text only when the parse needs them, and most titles straight from
        /// their bytes).
        enum Texts {
            case lines([Substring], kinds: [Kind])
            /// Kept by the search that made them (on its stack), for as long as the parse runs.
            case bytes(TextLines, tail: UnsafeBufferPointer<TailLine>)
        }

        /// What the parse needs to know of a line before its text.
        enum Kind: Equatable {
            case blank
            case label(LinkDirection)
            case text
        }

        /// A line of bytes: where its text is (without a CR before its LF), and its kind.
        typealias TailLine = (content: Range<Int>, kind: Kind)

        let texts: Texts
        let start: Int

        init(_ lines: [Substring], from start: Int) {
            texts = .lines(lines, kinds: lines[start...].map { line in
                if line.trimmingWhitespace().isEmpty { return .blank }
                return Footer.label(line).map(Kind.label) ?? .text
            })
            self.start = start
        }

        /// Lines of bytes whose kinds are known already (from the first on).
        init(_ lines: TextLines, tail: UnsafeBufferPointer<TailLine>) {
            texts = .bytes(lines, tail: tail)
            start = 0
        }

        /// The index after the last line.
        var end: Int {
            switch texts {
            case .lines(_, let kinds): start + kinds.count
            case .bytes(_, let tail): tail.count
            }
        }

        private func kind(_ line: Int) -> Kind {
            switch texts {
            case .lines(_, let kinds): kinds[line - start]
            case .bytes(_, let tail): tail[line].kind
            }
        }

        func isBlank(_ line: Int) -> Bool { kind(line) == .blank }
        func label(_ line: Int) -> LinkDirection? {
            if case .label(let direction) = kind(line) { return direction }
            return nil
        }

        /// The title that `lines` (not blank) make, "" for none, or nil when they make no plausible one.
        func title(_ lines: Range<Int>) -> String? {
            guard !lines.isEmpty else { return "" }
            switch texts {
            case .lines(let texts, _):
                return Footer.title(joining: texts[lines])
            case .bytes(let textLines, let tail):
                if lines.count == 1 {
                    switch Footer.plainTitle(tail[lines.lowerBound].content, in: textLines) {
                    case .plausible(let title): return title
                    case .implausible: return nil
                    case .notPlain: break
                    }
                }
                return Footer.title(joining: lines.map { textLines.text(tail[$0].content)[...] })
            }
        }

        /// Runs of non-blank lines. A run that opens with a label is also cut before each later
        /// label that follows a title line, so a footer written without blank lines splits into its links.
        func groups() -> [Range<Int>] {
            [Range<Int>](unsafeUninitializedCapacity: end - start) { room, count in count = groups(into: room) }
        }

        /// `groups()` written into `room` (room for one a line), returning how many there are.
        func groups(into room: UnsafeMutableBufferPointer<Range<Int>>) -> Int {
            var count = 0
            var index = start
            while index < end {
                if isBlank(index) {
                    index += 1
                    continue
                }
                var first = index
                let opensWithLabel = label(first) != nil
                index += 1
                while index < end, !isBlank(index) {
                    if opensWithLabel, label(index) != nil, label(index - 1) == nil {
                        room.initializeElement(at: count, to: first..<index)
                        count += 1
                        first = index
                    }
                    index += 1
                }
                room.initializeElement(at: count, to: first..<index)
                count += 1
            }
            return count
        }
    }
}
