/// Turns the source lines of one paragraph into single-spaced text.
enum LineJoining {
    static func join<C: Collection>(_ lines: C) -> String where C.Element == Substring {
        // Built as bytes, then made a String once: appending to a String costs a few hundred
        // instructions a line (a hard-wrapped megabyte has tens of thousands of them).
        var bytes: [UInt8] = []
        // Room for the whole paragraph at once, not grown by doubling line by line.
        bytes.reserveCapacity(lines.reduce(0) { $0 + $1.utf8.count + 1 })
        for raw in lines {
            var line = raw.trimmingWhitespace()
            if line.isEmpty { continue }
            line.withUTF8 { append($0, to: &bytes) }
        }
        return String(wellFormedUTF8: bytes)
    }

    /// `join` of lines given as ranges of `text`'s bytes, each trimmed of white space already
    /// and not empty: a paragraph read on the bytes (`ParagraphRun`), with no Substring a line.
    /// The lines are in the text's order.
    static func join(trimmed lines: [Range<Int>], in text: UnsafeBufferPointer<UInt8>) -> String {
        guard let first = lines.first, let last = lines.last else { return "" }
        let room = lines.reduce(0) { $0 + $1.count + 1 }
        // With no double space from the first line to the last (one scan of the paragraph, not
        // one a line), no line has spaces to collapse: each is copied whole into the room.
        guard !hasDoubleSpace(UnsafeBufferPointer(rebasing: text[first.lowerBound..<last.upperBound])) else {
            var bytes: [UInt8] = []
            bytes.reserveCapacity(room)
            for line in lines { append(UnsafeBufferPointer(rebasing: text[line]), to: &bytes) }
            return String(wellFormedUTF8: bytes)
        }
        let bytes = [UInt8](unsafeUninitializedCapacity: room) { joined, count in
            guard let base = joined.baseAddress else { return }
            for line in lines {
                let line = UnsafeBufferPointer(rebasing: text[line])
                if count > 0, !needsNoSpace(between: UnsafeBufferPointer(start: base, count: count), and: line) {
                    joined[count] = 0x20
                    count += 1
                }
                (base + count).initialize(from: line.baseAddress!, count: line.count)
                count += line.count
            }
        }
        return String(wellFormedUTF8: bytes)
    }

    /// Appends one trimmed, non-empty line to the paragraph joined so far.
    private static func append(_ line: UnsafeBufferPointer<UInt8>, to bytes: inout [UInt8]) {
        if !bytes.isEmpty, !bytes.withUnsafeBufferPointer({ needsNoSpace(between: $0, and: line) }) { bytes.append(0x20) }
        appendCollapsingSpaces(line, to: &bytes)
    }

    /// The bytes of the line `content` of `lines` that `join` makes of the line's text on its
    /// own, when they are plain: printable (a tab or another control is changed by decoding),
    /// with no double space (joining collapses it), and starting and ending, inside its spaces,
    /// with a character that is plain (`plainScalarLength`). Then trimming its spaces' bytes
    /// trims what `trimmingWhitespace` trims, and the bytes between are the joined text. Nil
    /// for other lines, and for a blank one.
    private static func plainLine(_ content: Range<Int>, in lines: TextLines) -> Range<Int>? {
        let bytes = lines.bytes
        var (start, end) = (content.lowerBound, content.upperBound)
        while start < end, bytes[start] == 0x20 { start += 1 }
        while end > start, bytes[end - 1] == 0x20 { end -= 1 }
        guard start < end, let first = plainScalarLength(bytes, at: start), start + first <= end,
              endsInPlainScalar(start..<end, in: bytes) else { return nil }
        let text = UnsafeBufferPointer(rebasing: bytes[start..<end])
        guard !ASCII.holdsControl(text), !hasDoubleSpace(text) else { return nil }
        return start..<end
    }

    /// The text `join` makes of the line `content` of `lines` on its own, when it is plain
    /// (`plainLine`): its bytes.
    static func plainLineText(_ content: Range<Int>, in lines: TextLines) -> String? {
        plainLine(content, in: lines).map { String(decoding: UnsafeBufferPointer(rebasing: lines.bytes[$0]), as: UTF8.self) }
    }

    /// The length of the scalar at `index` when it is plain at a line's end: printable ASCII but
    /// a space, or one of the scalars plain files hold most outside ASCII (letters with accents,
    /// dashes, curly quotes: `PlainFile.commonScalarLength`) but the no-break space. None of
    /// those is white space, or joins a character before it (no combining mark, joiner or other
    /// extender is among them), so the spaces beside it are characters of their own.
    static func plainScalarLength(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Int? {
        let lead = bytes[index]
        if lead < 0x80 { return lead > 0x20 && lead < 0x7F ? 1 : nil }
        let isNoBreakSpace = lead == 0xC2 && index + 1 < bytes.count && bytes[index + 1] == 0xA0
        return isNoBreakSpace ? nil : PlainFile.commonScalarLength(in: bytes, at: index)
    }

    /// Whether the text `range` of `bytes` ends with a scalar that is plain (`plainScalarLength`).
    @inline(__always)
    static func endsInPlainScalar(_ range: Range<Int>, in bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        (1...3).contains { range.upperBound - $0 >= range.lowerBound && plainScalarLength(bytes, at: range.upperBound - $0) == $0 }
    }

    /// A word hyphenated across a wrap ("self-" + "care", "COVID-" + "19") and ideographs (which use
    /// no spaces) join directly. A wrapper breaks only after hyphens that were in the text, so the
    /// second half joins whether it starts lowercase, uppercase or with a digit.
    private static func needsNoSpace(between previous: UnsafeBufferPointer<UInt8>, and line: UnsafeBufferPointer<UInt8>) -> Bool {
        // Most lines follow one that ends in ASCII other than a hyphen, which is no wide script.
        if let last = previous.last, last < 0x80, last != UInt8(ascii: "-") { return false }
        // The scalars at either end, read from the bytes (an ASCII byte is its own).
        let lastStart = UTF8Scalar.start(before: previous.count, in: previous)
        let last = Unicode.Scalar(UTF8Scalar.decode(previous, at: lastStart).scalar)!
        let first = Unicode.Scalar(UTF8Scalar.decode(line, at: 0).scalar)!
        if last == "-", isLetterOrDigit(first) {
            guard lastStart > 0 else { return false }
            let beforeStart = UTF8Scalar.start(before: lastStart, in: previous)
            return isLetterOrDigit(Unicode.Scalar(UTF8Scalar.decode(previous, at: beforeStart).scalar)!)
        }
        return isWideScript(last) && isWideScript(first)
    }

    private static func isLetterOrDigit(_ scalar: Unicode.Scalar) -> Bool {
        scalar.properties.isAlphabetic || scalar.properties.numericType != nil
    }

    /// Ideographs, kana, Hangul and their full-width punctuation; not emoji, which are wide but
    /// sit between spaced words.
    private static func isWideScript(_ scalar: Unicode.Scalar) -> Bool {
        guard DisplayWidth.of(scalar) == 2 else { return false }
        switch BreakClass.of(scalar.value) {
        case .ideograph, .closing, .opening: return true
        case .space, .hyphen, .other: return false
        }
    }

    private static func appendCollapsingSpaces(_ line: UnsafeBufferPointer<UInt8>, to bytes: inout [UInt8]) {
        // Most lines have no double space: append them whole.
        guard hasDoubleSpace(line) else {
            bytes.append(contentsOf: line)
            return
        }
        // Each run of spaces becomes one: the line goes in whole pieces that end after a run's first space.
        for piece in collapsedPieces(line) { bytes.append(contentsOf: UnsafeBufferPointer(rebasing: line[piece])) }
    }

    /// The byte ranges of `bytes` that, one after another, are its text with spaces collapsed as
    /// `WhiteSpace.collapse` does: none before or after the text, one for each run inside it.
    static func collapsedPieces(_ bytes: UnsafeBufferPointer<UInt8>) -> [Range<Int>] {
        var end = bytes.count
        while end > 0, bytes[end - 1] == 0x20 { end -= 1 }
        var start = 0
        while start < end, bytes[start] == 0x20 { start += 1 }
        var pieces: [Range<Int>] = []
        var index = start
        while index < end {
            guard bytes[index] == 0x20 else {
                index += 1
                continue
            }
            var next = index + 1
            while bytes[next] == 0x20 { next += 1 }  // the run ends before `end`
            if next > index + 1 {
                pieces.append(start..<(index + 1))
                start = next
            }
            index = next
        }
        if end > start { pieces.append(start..<end) }
        return pieces
    }

    static func hasDoubleSpace(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        // Sixteen pairs at a time: the lanes at `index` against those one byte on.
        guard let base = bytes.baseAddress else { return false }
        let raw = UnsafeRawPointer(base), space = SIMD16<UInt8>(repeating: 0x20)
        var index = 0
        while index &+ 17 <= bytes.count {
            let pairs = (ByteLanes.load(raw, at: index) .== space) .& (ByteLanes.load(raw, at: index &+ 1) .== space)
            if ByteLanes.first(pairs) != nil { return true }
            index &+= 16
        }
        return hasPair(bytes, index..<bytes.count)
    }

    private static func hasPair(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Bool {
        guard range.count > 1 else { return false }
        for index in (range.lowerBound + 1)..<range.upperBound where bytes[index] == 0x20 && bytes[index - 1] == 0x20 {
            return true
        }
        return false
    }
}
