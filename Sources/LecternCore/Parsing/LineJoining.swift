/// Turns the source lines of one paragraph into single-spaced text.
enum LineJoining {
    static func join<C: Collection>(_ lines: C) -> String where C.Element == Substring {
        var result = ""
        // Room for the whole paragraph at once, not grown by doubling line by line.
        result.reserveCapacity(lines.reduce(0) { $0 + $1.utf8.count + 1 })
        for raw in lines {
            let line = raw.trimmingWhitespace()
            if line.isEmpty { continue }
            if let lastByte = result.utf8.last, let firstByte = line.utf8.first {
                // An ASCII byte is its scalar: no decoding at either end of most joins.
                let last = lastByte < 0x80 ? Unicode.Scalar(lastByte) : result.unicodeScalars.last!
                let first = firstByte < 0x80 ? Unicode.Scalar(firstByte) : line.unicodeScalars.first!
                if !needsNoSpace(between: last, and: first, previous: result) { result.append(" ") }
            }
            appendCollapsingSpaces(line, to: &result)
        }
        return result
    }

    /// A word hyphenated across a wrap ("self-" + "care", "COVID-" + "19") and ideographs (which use
    /// no spaces) join directly. A wrapper breaks only after hyphens that were in the text, so the
    /// second half joins whether it starts lowercase, uppercase or with a digit.
    private static func needsNoSpace(between last: Unicode.Scalar, and first: Unicode.Scalar, previous: String) -> Bool {
        if last == "-", isLetterOrDigit(first) {
            let scalars = previous.unicodeScalars
            let beforeHyphen = scalars.dropLast().last
            return beforeHyphen.map(isLetterOrDigit) == true
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

    private static func appendCollapsingSpaces(_ line: Substring, to result: inout String) {
        // Most lines have no double space: append them whole. (Bytes, not Foundation's search.)
        guard hasDoubleSpace(line) else {
            result += line
            return
        }
        // Each run of spaces becomes one: the line goes in whole pieces that end after a run's
        // first space (scalar by scalar costs several times more on a wrapped megabyte).
        var line = line
        let pieces = line.withUTF8 { collapsedPieces($0) }
        let utf8 = line.utf8
        for piece in pieces {
            result += line[utf8.index(utf8.startIndex, offsetBy: piece.lowerBound)..<utf8.index(utf8.startIndex, offsetBy: piece.upperBound)]
        }
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

    private static func hasDoubleSpace(_ line: Substring) -> Bool {
        var line = line
        // Through a pointer (iterating a Substring's UTF-8 view costs a call per byte), eight
        // bytes at a time, overlapping by one so that no pair is missed.
        return line.withUTF8 { bytes in
            guard let base = bytes.baseAddress else { return false }
            let ones: UInt64 = 0x0101_0101_0101_0101
            var index = 0
            while index + 8 <= bytes.count {
                let spaces = UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self) ^ (ones &* 0x20)
                // High bits at zero bytes (spaces), and perhaps after one: then check byte by byte.
                let zero = (spaces &- ones) & ~spaces & (ones &* 0x80)
                if zero & (zero >> 8) != 0, hasPair(bytes, index..<(index + 8)) { return true }
                index += 7
            }
            return hasPair(bytes, index..<bytes.count)
        }
    }

    private static func hasPair(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Bool {
        guard range.count > 1 else { return false }
        for index in (range.lowerBound + 1)..<range.upperBound where bytes[index] == 0x20 && bytes[index - 1] == 0x20 {
            return true
        }
        return false
    }
}
