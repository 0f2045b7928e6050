import FoundationEssentials

/// File-name order as people expect it: runs of digits compare as numbers ("a2" before "a10"),
/// letters compare without regard to case or accents.
public enum NaturalOrder {
    public static func areInIncreasingOrder(_ a: String, _ b: String) -> Bool {
        let (left, right) = (key(a), key(b))
        return left.withUnsafeBufferPointer { left in
            right.withUnsafeBufferPointer { right in keyOrder(left, right) ?? (a < b) }
        }
    }

    /// The names in natural order; each name's key is made once, not at every comparison, and
    /// the keys lie in one buffer: a sort of 100,000 names compares millions of times.
    public static func sorted(_ names: [String]) -> [String] {
        sortedIndices(names).map { names[$0] }
    }

    /// The indices of `names` in the natural order of the names.
    static func sortedIndices(_ names: [String]) -> [Int] {
        guard !names.isEmpty else { return [] }
        // Each key written straight into one buffer, with no array of its own for each name. The
        // buffer has room for the longest keys the names can have (a lone digit becomes three
        // elements): it is never grown and copied, and only the part written is touched.
        var bounds: [Range<Int>] = []
        bounds.reserveCapacity(names.count)
        // (At least one element, so that the buffer has an address even when every name is empty.)
        let flat = [UInt32](unsafeUninitializedCapacity: max(1, 3 * names.reduce(0) { $0 + $1.utf8.count })) { buffer, written in
            for name in names {
                let count = writeKey(name, to: buffer.baseAddress! + written)
                bounds.append(written..<(written + count))
                written += count
            }
        }
        return flat.withUnsafeBufferPointer { flat in
            // Most pairs differ in their keys' first eight elements: those, packed in one word
            // (`prefix`), order them, and only pairs with the same word compare their keys.
            let prefixes = bounds.map { prefix(of: UnsafeBufferPointer(rebasing: flat[$0])) }
            return prefixes.withUnsafeBufferPointer { prefixes in
                bounds.withUnsafeBufferPointer { bounds in
                    names.indices.sorted { a, b in
                        if prefixes[a] != prefixes[b] { return prefixes[a] < prefixes[b] }
                        return keyOrder(UnsafeBufferPointer(rebasing: flat[bounds[a]]), UnsafeBufferPointer(rebasing: flat[bounds[b]]))
                            ?? (names[a] < names[b])  // equal but for case, accents or leading zeros: any stable choice
                    }
                }
            }
        }
    }

    /// The first eight elements of `key`, each as one byte, the first in the highest; the first
    /// element larger than a byte as 255, and zeros after it (two keys alike up to there may
    /// differ in it). A key that comes before another never has a larger word, so two different
    /// words order their keys (a shorter key's missing elements are zeros, below any element).
    static func prefix(of key: UnsafeBufferPointer<UInt32>) -> UInt64 {
        var word: UInt64 = 0
        var place = 0
        while place < 8, place < key.count {
            word |= UInt64(min(key[place], 0xFF)) << (56 - 8 * place)
            if key[place] >= 0xFF { break }
            place += 1
        }
        return word
    }

    /// Whether `left` comes before `right`, in one pass to the first difference; nil when equal.
    private static func keyOrder(_ left: UnsafeBufferPointer<UInt32>, _ right: UnsafeBufferPointer<UInt32>) -> Bool? {
        let common = min(left.count, right.count)
        var index = 0
        while index < common {
            if left[index] != right[index] { return left[index] < right[index] }
            index += 1
        }
        return left.count == right.count ? nil : left.count < right.count
    }

    private static let zero: UInt32 = 0x30  // "0"

    private static func isDigit(_ value: UInt32) -> Bool { value >= zero && value <= zero + 9 }

    /// A key whose plain lexicographic order is the natural order: each scalar folded, and each
    /// run of digits written as "0", the count of its digits without leading zeros, then those
    /// digits. Against anything but a digit, the run's "0" compares as any of its digits would
    /// (no other scalar lies between "0" and "9"); against another run, the shorter number comes
    /// first, then the smaller.
    static func key(_ name: String) -> [UInt32] {
        [UInt32](unsafeUninitializedCapacity: 3 * name.utf8.count) { buffer, written in
            guard let output = buffer.baseAddress else { return }  // no name, no key
            written = writeKey(name, to: output)
        }
    }

    /// Writes `key(name)` at `output`, which has room for three elements for each byte of the
    /// name, and returns how many it wrote. An ASCII name (most; a folder has thousands) is
    /// keyed straight from its bytes, each lowered as it is read, with no folded copy.
    private static func writeKey(_ name: String, to output: UnsafeMutablePointer<UInt32>) -> Int {
        var name = name
        if let written = name.withUTF8({ writeKey(of: $0, to: output, loweringASCII: true) }) { return written }
        return folded(name).withUnsafeBufferPointer { writeKey(of: $0, to: output, loweringASCII: false)! }
    }

    /// Writes the key of a name's scalars at `output` (room for three elements a scalar) and
    /// returns how many elements it wrote: of its folded scalars, or of its bytes, each lowered,
    /// when `loweringASCII` (nil at the first byte that is not ASCII, the key unfinished).
    @inline(__always)
    private static func writeKey<Scalar: FixedWidthInteger>(of scalars: UnsafeBufferPointer<Scalar>, to output: UnsafeMutablePointer<UInt32>,
                                                            loweringASCII: Bool) -> Int? {
        var written = 0
        var index = 0
        let count = scalars.count
        while index < count {
            let value = UInt32(truncatingIfNeeded: scalars[index])
            guard isDigit(value) else {
                if loweringASCII {
                    guard value < 0x80 else { return nil }
                    output[written] = UInt32(ASCII.lowercased(UInt8(truncatingIfNeeded: value)))
                } else {
                    output[written] = value
                }
                written += 1
                index += 1
                continue
            }
            // A run of digits, its leading zeros left out.
            var start = index
            while start < count, scalars[start] == zero { start += 1 }
            var end = start
            while end < count, isDigit(UInt32(truncatingIfNeeded: scalars[end])) { end += 1 }
            output[written] = zero
            output[written + 1] = UInt32(end - start)
            written += 2
            for place in start..<end {
                output[written] = UInt32(truncatingIfNeeded: scalars[place])
                written += 1
            }
            index = end
        }
        return written
    }

    /// `key(name)` made from the name's folded scalars, whatever the name: what the key made
    /// from the bytes of an ASCII name must be.
    static func keyOfFoldedScalars(_ name: String) -> [UInt32] {
        folded(name).withUnsafeBufferPointer { folded in
            [UInt32](unsafeUninitializedCapacity: 3 * folded.count) { buffer, written in
                guard let output = buffer.baseAddress else { return }
                written = writeKey(of: folded, to: output, loweringASCII: false)!
            }
        }
    }

    /// Each scalar lowered; "Éclair" sorts with "eclair": the base letter of a decomposable one.
    static func folded(_ name: String) -> [UInt32] {
        name.unicodeScalars.map { scalar in
            if scalar.isASCII { return UInt32(ASCII.lowercased(UInt8(scalar.value))) }
            let lower = scalar.properties.lowercaseMapping
            return Normalization.firstOfDecomposition(lower)?.value ?? scalar.value
        }
    }
}
