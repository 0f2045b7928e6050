/// A search query compiled for matching over UTF-8 bytes: one unit per query scalar, with
/// every text scalar that unit accepts worked out in advance, so matching never case-maps text.
struct QueryPattern: Sendable {
    /// One scalar of the query, or one run of white space.
    struct Unit: Sendable {
        var isWhitespace = false
        /// The ASCII byte this unit accepts (lower case when folding), or 0 when it accepts none
        /// (so a NUL in a query never matches; passages have none).
        var ascii: UInt8 = 0
        /// Compare a text byte in lower case: set for case-insensitive ASCII letters.
        var foldsASCII = false
        /// The non-ASCII scalars this unit accepts.
        var scalars: [UInt32] = []
    }

    private let units: [Unit]
    /// Bytes that can start a match; the scan only tries a match on these.
    private let isFirstByte: [Bool]
    /// A quick superset of `isFirstByte`, for skipping eight bytes at a time.
    private let firstByteStop: ByteScan.Stop
    /// The ASCII bytes every match begins with, when the first two units or more take one each:
    /// then places are tested for all of them at once, not one byte at a time.
    private let literal: ByteScan.Literal?
    /// The literal is the whole query: where it is, a match is, if it ends between clusters.
    private let literalIsWhole: Bool

    /// `text` must be NFC, trimmed and single-spaced.
    init(text: String, caseSensitive: Bool) {
        units = text.unicodeScalars.map { scalar in
            if scalar == " " { return Unit(isWhitespace: true) }
            let accepted = caseSensitive ? [scalar] : CaseFolding.variants(of: CaseFolding.fold(scalar))
            var unit = Unit()
            for variant in accepted {
                if variant.isASCII {
                    unit.ascii = UInt8((caseSensitive ? variant : CaseFolding.fold(variant)).value)
                    unit.foldsASCII = !caseSensitive
                } else {
                    unit.scalars.append(variant.value)
                }
            }
            return unit
        }
        var firstBytes = [Bool](repeating: false, count: 256)
        if let first = units.first {
            if first.ascii != 0 {
                firstBytes[Int(first.ascii)] = true
                if first.foldsASCII { firstBytes[Int(ASCII.uppercased(first.ascii))] = true }
            }
            for value in first.scalars { firstBytes[Int(UTF8Scalar.leadByte(of: value))] = true }
        }
        isFirstByte = firstBytes
        firstByteStop = Self.stop(covering: firstBytes)
        let leading = units.prefix { !$0.isWhitespace && $0.ascii != 0 && $0.scalars.isEmpty }
        literal = ByteScan.Literal(leading.prefix(ByteScan.Literal.longest).map { unit in
            (unit.ascii, unit.foldsASCII && ASCII.isLetter(unit.ascii) ? 0x20 : 0)
        })
        literalIsWhole = literal?.length == units.count
    }

    /// The narrowest `ByteScan.Stop` that stops at every byte marked in `firstBytes`.
    private static func stop(covering firstBytes: [Bool]) -> ByteScan.Stop {
        let marked = (0..<256).filter { firstBytes[$0] }.map(UInt8.init)
        let ascii = marked.filter { $0 < 0x80 }
        let other = marked.filter { $0 >= 0x80 }
        switch (ascii.count, other.count) {
        case (0, 1):
            return ByteScan.Stop(target: other[0])
        case (1, _):
            return ByteScan.Stop(target: ascii[0], stopsAtNonASCII: !other.isEmpty)
        case (2, _) where ascii[1] == ascii[0] | 0x20:
            return ByteScan.Stop(target: ascii[1], caseBit: 0x20, stopsAtNonASCII: !other.isEmpty)
        default:
            // Several non-ASCII lead bytes (σ, Σ and ς): stop at all of them (and at NUL bytes).
            return ByteScan.Stop(target: 0, stopsAtNonASCII: true)
        }
    }

    /// Calls `body` with the UTF-8 offset range of each non-overlapping match in `bytes`, in order.
    func forEachMatch(in bytes: UnsafeBufferPointer<UInt8>, _ body: (Range<Int>) -> Void) {
        var next = 0
        while let match = nextMatch(in: bytes, from: next) {
            body(match)
            next = match.upperBound
        }
    }

    /// The first match at or after `start`, or nil when there is none. Scanning on from each
    /// match's end finds the non-overlapping matches.
    @inline(__always)
    func nextMatch(in bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Range<Int>? {
        guard !units.isEmpty else { return nil }
        let count = bytes.count
        var i = start
        if let literal {
            while true {
                i = ByteScan.next(literal, in: bytes, from: i)
                guard i < count else { return nil }
                let end = literalIsWhole ? Self.boundary(in: bytes, at: i + literal.length)
                    : units.withUnsafeBufferPointer { Self.matchEnd(of: $0, in: bytes, from: i) }
                if let end { return i..<end }
                i += 1
            }
        }
        return isFirstByte.withUnsafeBufferPointer { isFirst in
            while i < count {
                i = ByteScan.next(firstByteStop, in: bytes, from: i)
                guard i < count else { return nil }
                if isFirst[Int(bytes[i])],
                   let end = units.withUnsafeBufferPointer({ Self.matchEnd(of: $0, in: bytes, from: i) }) {
                    return i..<end
                }
                i += 1
            }
            return nil
        }
    }

    /// How many of the non-overlapping matches from `start` on start before `limit`, and where
    /// the scan for the next one resumes: a count with no call per match.
    func count(in bytes: UnsafeBufferPointer<UInt8>, from start: Int, before limit: Int) -> (count: Int, resume: Int) {
        var count = 0
        var next = start
        while let match = nextMatch(in: bytes, from: next), match.lowerBound < limit {
            count += 1
            next = match.upperBound
        }
        return (count, next)
    }

    /// `count(in:from:before:)` over a plain file's raw bytes, checking on the way that the
    /// bytes it passes over are as `PlainFile.isPlain` wants them: one pass over the bulk of a
    /// file where there were two. Nil when they are not; else the count, where to resume, and
    /// where the check ended (the bytes from `start` to there are checked). Only a query that
    /// is its literal is counted so; for any other, nothing is checked.
    func countCheckingPlain(in bytes: UnsafeBufferPointer<UInt8>, from start: Int,
                            before limit: Int) -> (count: Int, resume: Int, checkedEnd: Int)? {
        guard let literal, literalIsWhole, let base = bytes.baseAddress else {
            let (count, resume) = self.count(in: bytes, from: start, before: limit)
            return (count, resume, start)
        }
        let raw = UnsafeRawPointer(base)
        var count = 0
        var resume = start
        // Every place passed is after an ASCII byte or a whole scalar: the slices checked below
        // start and end between scalars, where neither UTF-8 nor NFC's quick check looks across.
        var i = start
        // The last place a lane load may start: `candidates` reads `literal.length` - 1 bytes on.
        let lastLoad = bytes.count &- 16 &- literal.length &+ 1
        while i <= lastLoad {
            // Each lane where the literal may start or a byte is not plain ASCII text, dealt
            // with in order and cleared; a match or scalar that runs past the sixteen clears
            // its lanes and moves the next load on. Most lanes have none.
            let passing = ASCII.textBytes(raw, at: i) .& .!ByteScan.candidates(literal, raw, at: i)
            guard !ByteLanes.all(passing) else {
                i &+= 16
                continue
            }
            var stops = ByteLanes.bits(.!passing)
            var next = i &+ 16
            while stops != 0 {
                let place = i &+ stops.trailingZeroBitCount
                var passed = place &+ 1
                if ASCII.isText(bytes[place]) {
                    // The literal may start here (a match never starts with other bytes in a plain file).
                    if literal.candidatesAreMatches || literal.matches(bytes, at: place),
                       let end = Self.boundary(in: bytes, at: place &+ literal.length) {
                        if place >= limit { return (count, resume, place) }
                        count &+= 1
                        resume = end
                        passed = end
                    }
                } else if let length = PlainFile.commonScalarLength(in: bytes, at: place) {
                    // The scalars most articles have outside ASCII, as `PlainFile.isPlain` takes them first.
                    passed = place &+ length
                } else if bytes[place] == 0x0D, place &+ 1 < bytes.count, bytes[place &+ 1] == 0x0A {
                    // A CR before an LF, as `PlainFile.isPlain` allows: a file saved on Windows has one per line.
                    passed = place &+ 2
                } else {
                    // A run of other bytes, checked with the text byte after it (a CR's line feed);
                    // the lanes are loaded again from the byte after the run.
                    var end = place &+ 1
                    while end < bytes.count, !ASCII.isText(bytes[end]) { end &+= 1 }
                    guard PlainFile.isPlain(UnsafeBufferPointer(rebasing: bytes[place..<min(end &+ 1, bytes.count)])) else {
                        return nil
                    }
                    next = end
                    break
                }
                // Lanes before `passed` are dealt with (it is at most 16 + 3 past `i`).
                stops &= UInt32.max &<< UInt32(truncatingIfNeeded: passed &- i)
                next = max(next, passed)
            }
            i = next
        }
        // The last bytes, which make no whole lane.
        guard PlainFile.isPlain(UnsafeBufferPointer(rebasing: bytes[i...])) else { return nil }
        let (more, last) = self.count(in: bytes, from: i, before: limit)
        return (count + more, more > 0 ? last : resume, bytes.count)
    }

    /// Where a match starting at `start` ends, or nil when there is none there.
    @inline(__always)
    private static func matchEnd(of units: UnsafeBufferPointer<Unit>, in bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int? {
        let count = bytes.count
        var i = start
        // By index: a copy of each unit would retain its array of scalars.
        for index in units.indices {
            guard i < count else { return nil }
            if units[index].isWhitespace {
                guard let first = WhiteSpace.length(in: bytes, at: i) else { return nil }
                i += first
                while i < count, let next = WhiteSpace.length(in: bytes, at: i) { i += next }
                continue
            }
            let byte = bytes[i]
            if byte < 0x80 {
                let folded = units[index].foldsASCII ? ASCII.lowercased(byte) : byte
                guard units[index].ascii != 0, folded == units[index].ascii else { return nil }
                i += 1
            } else {
                let (value, length) = UTF8Scalar.decode(bytes, at: i)
                guard units[index].scalars.contains(value) else { return nil }
                i += length
            }
        }
        return boundary(in: bytes, at: i)
    }

    /// `end` when a match may end there; nil when it would end inside a grapheme cluster ("e" is
    /// not found in "e" + U+0301).
    @inline(__always)
    private static func boundary(in bytes: UnsafeBufferPointer<UInt8>, at end: Int) -> Int? {
        ClusterScanner.isBoundary(in: bytes, at: end) ? end : nil
    }
}
