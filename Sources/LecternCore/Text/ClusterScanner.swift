/// A run of UTF-8 bytes shown as one unit: a base scalar and what extends it.
public struct Cluster: Sendable, Equatable {
    /// Byte offsets of the cluster, `start..<end`.
    public var start: Int
    public var end: Int
    /// Terminal columns: the sum of its scalars' widths, as glibc, ncurses and tmux count.
    public var width: Int
    /// Line-breaking behaviour, from the base scalar.
    public var breakClass: BreakClass

    public init(start: Int, end: Int, width: Int, breakClass: BreakClass) {
        self.start = start
        self.end = end
        self.width = width
        self.breakClass = breakClass
    }
}

/// Walks valid UTF-8 bytes cluster by cluster, for line breaking.
///
/// A cluster is a base scalar plus the scalars that extend it: width-0 scalars
/// (combining marks, variation selectors, ZWJ), the scalar after a ZWJ, emoji skin-tone
/// modifiers, the second regional indicator of a flag, Hangul vowel and final jamo.
/// Controls and ZERO WIDTH SPACE stand alone. Printable ASCII followed by ASCII is
/// one cluster per byte without decoding.
public struct ClusterScanner {
    private let bytes: UnsafeBufferPointer<UInt8>
    private var position: Int
    private let end: Int

    /// Scans `bytes[range]`; `bytes` must outlive the scanner.
    public init(_ bytes: UnsafeBufferPointer<UInt8>, range: Range<Int>) {
        // Rebasing to end at the range keeps decoding from reading past it.
        self.bytes = UnsafeBufferPointer(rebasing: bytes[0..<range.upperBound])
        self.position = range.lowerBound
        self.end = range.upperBound
    }

    /// Skips up to `limit` bytes of a plain ASCII word (printable, class `.other`), each one
    /// cluster of one column with no break before it when it follows another; returns how many.
    /// Stops before a byte that a non-ASCII scalar follows, since it may be a cluster's base.
    public mutating func skipPlainWord(limit: Int) -> Int {
        let stop = min(end - 1, position + limit)
        var index = position
        while index < stop, Self.isPlainWordByte(bytes[index]), bytes[index + 1] < 0x80 {
            index += 1
        }
        let skipped = index - position
        position = index
        return skipped
    }

    @inline(__always)
    static func isPlainWordByte(_ byte: UInt8) -> Bool {
        byte > 0x20 && byte < 0x7F && BreakClass.ofASCII(byte) == .other
    }

    public mutating func next() -> Cluster? {
        let start = position
        guard start < end else { return nil }
        let lead = bytes[start]
        if lead < 0x80 && (start + 1 == end || bytes[start + 1] < 0x80) {
            position = start + 1
            let width = lead >= 0x20 && lead != 0x7F ? 1 : 0
            return Cluster(start: start, end: start + 1, width: width, breakClass: .ofASCII(lead))
        }
        return scanCluster(from: start)
    }

    private mutating func scanCluster(from start: Int) -> Cluster {
        let (base, baseLength) = UTF8Scalar.decode(bytes, at: start)
        var index = start + baseLength
        let baseClass = DisplayWidth.classOf(base.value)
        var width = DisplayWidth.width(ofClass: baseClass)
        let breakClass = BreakClass.of(base.value)
        if Self.standsAlone(base.value, widthClass: baseClass) {
            position = index
            return Cluster(start: start, end: index, width: width, breakClass: breakClass)
        }
        var previous = base.value
        var regionalIndicators = Self.isRegionalIndicator(base.value) ? 1 : 0
        while index < end {
            if bytes[index] < 0x80 && previous != 0x200D { break }
            let (scalar, length) = UTF8Scalar.decode(bytes, at: index)
            let widthClass = DisplayWidth.classOf(scalar.value)
            guard Self.extends(previous: previous, next: scalar.value, widthClass: widthClass,
                               regionalIndicators: &regionalIndicators) else { break }
            width += DisplayWidth.width(ofClass: widthClass)
            index += length
            previous = scalar.value
        }
        position = index
        return Cluster(start: start, end: index, width: width, breakClass: breakClass)
    }

    /// Controls, spaces and ZERO WIDTH SPACE are clusters of their own and extend nothing.
    @inline(__always)
    private static func standsAlone(_ value: UInt32, widthClass: UInt32) -> Bool {
        widthClass == 0 || value == 0x20 || value == 0x200B
    }

    @inline(__always)
    private static func extends(previous: UInt32, next value: UInt32, widthClass: UInt32,
                                regionalIndicators: inout Int) -> Bool {
        if standsAlone(value, widthClass: widthClass) { return false }
        if previous == 0x200D { return BreakClass.of(value) != .space }  // after ZWJ
        if widthClass == 1 { return true }  // width 0: marks, selectors, ZWJ, Hangul V/T jamo
        if (0x1F3FB...0x1F3FF).contains(value) { return true }  // skin tones
        if isRegionalIndicator(value) {
            guard regionalIndicators == 1 else { return false }
            regionalIndicators = 2
            return true
        }
        // Hangul vowel and final jamo; glibc already gives them width 0, this keeps them
        // together should a table ever disagree.
        return (0x1160...0x11FF).contains(value) || (0xD7B0...0xD7FF).contains(value)
    }

    private static func isRegionalIndicator(_ value: UInt32) -> Bool {
        (0x1F1E6...0x1F1FF).contains(value)
    }
}
