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

/// Walks valid UTF-8 bytes cluster by cluster: the one definition of a character that layout
/// and search share (see `ClusterRule` for what joins a cluster).
///
/// Printable ASCII followed by ASCII is one cluster per byte without decoding.
public struct ClusterScanner {
    private let bytes: UnsafeBufferPointer<UInt8>
    private var position: Int
    private let end: Int
    /// A cluster ends before a scalar that would take it past this many columns.
    private let widthLimit: Int

    /// Scans `bytes[range]`; `bytes` must outlive the scanner. With `widthLimit`, a cluster wider
    /// than that (a long emoji ZWJ sequence) comes out in pieces that are not, cut between scalars.
    public init(_ bytes: UnsafeBufferPointer<UInt8>, range: Range<Int>, widthLimit: Int = .max) {
        // Rebasing to end at the range keeps decoding from reading past it.
        self.bytes = UnsafeBufferPointer(rebasing: bytes[0..<range.upperBound])
        self.position = range.lowerBound
        self.end = range.upperBound
        self.widthLimit = max(2, widthLimit)
    }

    /// Goes on from `offset`, where a cluster starts: for a caller that took the bytes before it
    /// without the scanner.
    public mutating func skip(to offset: Int) {
        position = offset
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
        let baseClass = DisplayWidth.classOf(base)
        var width = DisplayWidth.width(ofClass: baseClass)
        let breakClass = BreakClass.of(base)
        if ClusterRule.standsAlone(base, widthClass: baseClass) {
            position = index
            return Cluster(start: start, end: index, width: width, breakClass: breakClass)
        }
        var state = ClusterRule.State(base: base)
        // ASCII never extends a cluster.
        while index < end, bytes[index] >= 0x80 {
            let (scalar, length) = UTF8Scalar.decode(bytes, at: index)
            let widthClass = DisplayWidth.classOf(scalar)
            let scalarWidth = DisplayWidth.width(ofClass: widthClass)
            guard state.extends(with: scalar, widthClass: widthClass), width + scalarWidth <= widthLimit else { break }
            width += scalarWidth
            index += length
        }
        position = index
        return Cluster(start: start, end: index, width: width, breakClass: breakClass)
    }

    /// True when a cluster starts or ends at `index` of valid UTF-8 `bytes` (as `ClusterScanner`
    /// without a width limit cuts them): search uses it so that a match never ends inside one.
    @inline(__always)
    public static func isBoundary(in bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Bool {
        // Nothing below U+0300 extends a cluster (ClusterRule.mayExtend); those start below 0xCC.
        // (Inlined: search asks at the end of every match.)
        index <= 0 || index >= bytes.count || bytes[index] < 0xCC || isBoundary(beforeExtending: bytes, at: index)
    }

    /// `isBoundary` where the scalar at `index` may extend a cluster.
    private static func isBoundary(beforeExtending bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Bool {
        // Scan from the nearest earlier place where a cluster surely starts.
        var start = index
        var scalarsBack = 0
        repeat {
            start -= 1
            while start > 0, bytes[start] & 0xC0 == 0x80 { start -= 1 }
            scalarsBack += 1
        } while start > 0 && scalarsBack < ClusterRule.longestLookBack
            && ClusterRule.mayExtend(UTF8Scalar.decode(bytes, at: start).scalar)
        var scanner = ClusterScanner(bytes, range: start..<bytes.count)
        while let cluster = scanner.next() {
            if cluster.end >= index { return cluster.end == index }
        }
        return true
    }
}

/// What joins a base scalar into one cluster: width-0 scalars (combining marks, variation
/// selectors, ZWJ), an emoji after a ZWJ, one emoji skin-tone modifier, the second regional
/// indicator of a flag, Hangul vowel and final jamo. Controls, spaces and ZERO WIDTH SPACE
/// stand alone. ASCII never extends a cluster: "a‍b" is two clusters, as is a second skin tone.
enum ClusterRule {
    /// `isBoundary` looks this many scalars back for a cluster start at most; only a run of
    /// more scalars that each may extend a cluster (a pile of combining marks) is judged from there.
    static let longestLookBack = 128

    /// Controls, spaces and ZERO WIDTH SPACE are clusters of their own and extend nothing.
    @inline(__always)
    static func standsAlone(_ value: UInt32, widthClass: UInt32) -> Bool {
        widthClass == 0 || value == 0x20 || value == 0x200B
    }

    /// What has been joined so far, as far as the rule needs it.
    struct State {
        var previous: UInt32
        var regionalIndicators: Int

        init(base: UInt32) {
            previous = base
            regionalIndicators = ClusterRule.isRegionalIndicator(base) ? 1 : 0
        }

        /// Whether `value` joins the cluster; if so, it becomes the previous scalar.
        @inline(__always)
        mutating func extends(with value: UInt32, widthClass: UInt32) -> Bool {
            guard ClusterRule.extends(previous: previous, next: value, widthClass: widthClass,
                                      regionalIndicators: &regionalIndicators) else { return false }
            previous = value
            return true
        }
    }

    @inline(__always)
    static func extends(previous: UInt32, next value: UInt32, widthClass: UInt32,
                        regionalIndicators: inout Int) -> Bool {
        if standsAlone(value, widthClass: widthClass) { return false }
        if previous == 0x200D, isPictographic(value) { return true }  // an emoji ZWJ sequence
        if widthClass == 1 { return true }  // width 0: marks, selectors, ZWJ, Hangul V/T jamo
        // One skin tone per base: a run of them is that many emoji, not one wider one.
        if isSkinTone(value) { return !isSkinTone(previous) }
        if isRegionalIndicator(value) {
            guard regionalIndicators == 1 else { return false }
            regionalIndicators = 2
            return true
        }
        // Hangul vowel and final jamo; glibc already gives them width 0, this keeps them
        // together should a table ever disagree.
        return (0x1160...0x11FF).contains(value) || (0xD7B0...0xD7FF).contains(value)
    }

    /// False for a scalar that always starts a cluster. All of U+0000–U+02FF are such.
    static func mayExtend(_ value: UInt32) -> Bool {
        if value < 0x300 { return false }
        let widthClass = DisplayWidth.classOf(value)
        if standsAlone(value, widthClass: widthClass) { return false }
        return widthClass == 1 || isSkinTone(value) || isRegionalIndicator(value) || isPictographic(value)
            || (0x1160...0x11FF).contains(value) || (0xD7B0...0xD7FF).contains(value)
    }

    /// Emoji and pictographs that a ZWJ joins to the one before (not digits, # or *, © or ®).
    static func isPictographic(_ value: UInt32) -> Bool {
        guard value >= 0x2000, let scalar = Unicode.Scalar(value) else { return false }
        return scalar.properties.isEmoji
    }

    @inline(__always)
    static func isSkinTone(_ value: UInt32) -> Bool {
        (0x1F3FB...0x1F3FF).contains(value)
    }

    @inline(__always)
    static func isRegionalIndicator(_ value: UInt32) -> Bool {
        (0x1F1E6...0x1F1FF).contains(value)
    }
}
