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
        let longest = names.reduce(0) { max($0, $1.utf8.count) }
        // (At least one element, so that the buffer has an address even when every name is empty.)
        let flat = [UInt32](unsafeUninitializedCapacity: max(1, 3 * names.reduce(0) { $0 + $1.utf8.count })) { buffer, written in
            // Each name's folded scalars, in one buffer that every name reuses.
            withUnsafeTemporaryAllocation(of: UInt32.self, capacity: longest) { folding in
                for name in names {
                    let count = writeKey(name, to: buffer.baseAddress! + written, folding: folding)
                    bounds.append(written..<(written + count))
                    written += count
                }
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

    private static let zero = UInt32(UInt8(ascii: "0"))

    private static func isDigit(_ value: UInt32) -> Bool { value >= zero && value <= zero + 9 }

    /// A key whose plain lexicographic order is the natural order: each scalar folded, and each
    /// run of digits written as "0", the count of its digits without leading zeros, then those
    /// digits. Against anything but a digit, the run's "0" compares as any of its digits would
    /// (no other scalar lies between "0" and "9"); against another run, the shorter number comes
    /// first, then the smaller.
    private static func key(_ name: String) -> [UInt32] {
        [UInt32](unsafeUninitializedCapacity: 3 * name.utf8.count) { buffer, written in
            guard let output = buffer.baseAddress else { return }  // no name, no key
            withUnsafeTemporaryAllocation(of: UInt32.self, capacity: name.utf8.count) { folding in
                written = writeKey(name, to: output, folding: folding)
            }
        }
    }

    /// Writes `key(name)` at `output`, which has room for three elements for each byte of the
    /// name, and returns how many it wrote. An ASCII name (most; a folder has thousands) is
    /// folded from its bytes into `folding`, room for one element for each byte.
    private static func writeKey(_ name: String, to output: UnsafeMutablePointer<UInt32>,
                                 folding: UnsafeMutableBufferPointer<UInt32>) -> Int {
        var name = name
        let asciiCount = name.withUTF8 { bytes -> Int? in
            // Checked and folded in one pass.
            for place in bytes.indices {
                guard bytes[place] < 0x80 else { return nil }
                folding[place] = foldedASCII(bytes[place])
            }
            return bytes.count
        }
        if let asciiCount { return writeKey(folded: UnsafeBufferPointer(rebasing: folding[..<asciiCount]), to: output) }
        return folded(name).withUnsafeBufferPointer { writeKey(folded: $0, to: output) }
    }

    /// Writes the key of a name's folded scalars at `output` (room for three elements a
    /// scalar), and returns how many elements it wrote.
    private static func writeKey(folded scalars: UnsafeBufferPointer<UInt32>, to output: UnsafeMutablePointer<UInt32>) -> Int {
        var written = 0
        var index = 0
        while index < scalars.count {
            guard isDigit(scalars[index]) else {
                output[written] = scalars[index]
                written += 1
                index += 1
                continue
            }
            var end = index
            while end < scalars.count, isDigit(scalars[end]) { end += 1 }
            var start = index
            while start < end, scalars[start] == zero { start += 1 }
            output[written] = zero
            output[written + 1] = UInt32(end - start)
            written += 2
            for digit in scalars[start..<end] {
                output[written] = digit
                written += 1
            }
            index = end
        }
        return written
    }

    /// `folded` of an ASCII name, made from its bytes (most names; a folder has thousands), or nil.
    static func foldedASCII(_ name: String) -> [UInt32]? {
        var name = name
        return name.withUTF8 { bytes in
            guard ASCII.holdsOnlyASCII(bytes) else { return nil }
            return bytes.map(foldedASCII)
        }
    }

    /// `folded` of one byte of an ASCII name.
    private static func foldedASCII(_ byte: UInt8) -> UInt32 { UInt32(ASCII.lowercased(byte)) }

    /// Each scalar lowered; "Éclair" sorts with "eclair": the base letter of a decomposable one.
    static func folded(_ name: String) -> [UInt32] {
        name.unicodeScalars.map { scalar in
            if scalar.isASCII { return UInt32(ASCII.lowercased(UInt8(scalar.value))) }
            let lower = scalar.properties.lowercaseMapping
            return Normalization.firstOfDecomposition(lower)?.value ?? scalar.value
        }
    }
}
