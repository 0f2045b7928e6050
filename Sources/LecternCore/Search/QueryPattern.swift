/// A search query compiled for matching over UTF-8 bytes: one unit per query scalar, with
/// every text scalar that unit accepts worked out in advance, so matching never case-maps text.
struct QueryPattern: Sendable {
    /// One scalar of the query, or one run of white space.
    struct Unit: Sendable {
        var isWhitespace = false
        /// The ASCII byte this unit accepts (lower case when folding), or 0 when it accepts none.
        var ascii: UInt8 = 0
        /// Compare a text byte in lower case: set for case-insensitive ASCII letters.
        var foldsASCII = false
        /// The non-ASCII scalars this unit accepts.
        var scalars: [UInt32] = []
    }

    private(set) var units: [Unit]
    /// Bytes that can start a match; the scan only stops on these.
    private let isFirstByte: [Bool]

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
                if first.foldsASCII, first.ascii >= 0x61, first.ascii <= 0x7A { firstBytes[Int(first.ascii - 0x20)] = true }
            }
            for value in first.scalars { firstBytes[Int(Array(String(Unicode.Scalar(value)!).utf8)[0])] = true }
        }
        isFirstByte = firstBytes
    }

    /// UTF-8 offset ranges of the non-overlapping matches in `bytes`, in order.
    func matches(in bytes: UnsafeBufferPointer<UInt8>) -> [Range<Int>] {
        var found: [Range<Int>] = []
        guard !units.isEmpty else { return found }
        isFirstByte.withUnsafeBufferPointer { isFirst in
            units.withUnsafeBufferPointer { units in
                var i = 0
                let count = bytes.count
                while i < count {
                    guard isFirst[Int(bytes[i])] else { i += 1; continue }
                    if let end = Self.matchEnd(of: units, in: bytes, from: i) {
                        found.append(i..<end)
                        i = end
                    } else {
                        i += 1
                    }
                }
            }
        }
        return found
    }

    /// Where a match starting at `start` ends, or nil when there is none there.
    @inline(__always)
    private static func matchEnd(of units: UnsafeBufferPointer<Unit>, in bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int? {
        let count = bytes.count
        var i = start
        for unit in units {
            guard i < count else { return nil }
            if unit.isWhitespace {
                guard let first = UTF8Scanning.whitespaceLength(in: bytes, at: i) else { return nil }
                i += first
                while i < count, let next = UTF8Scanning.whitespaceLength(in: bytes, at: i) { i += next }
                continue
            }
            let byte = bytes[i]
            if byte < 0x80 {
                let folded = unit.foldsASCII && byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte
                guard unit.ascii != 0, folded == unit.ascii else { return nil }
                i += 1
            } else {
                let (value, length) = UTF8Scanning.scalar(in: bytes, at: i)
                guard unit.scalars.contains(value) else { return nil }
                i += length
            }
        }
        // A match must end between grapheme clusters: "e" is not found in "e" + U+0301.
        if i < count, UTF8Scanning.continuesCluster(in: bytes, at: i) { return nil }
        return i
    }
}
