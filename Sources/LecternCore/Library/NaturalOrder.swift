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

    /// The names in natural order; each name's key is made once (on all cores), not at every
    /// comparison, and the keys lie in one buffer: a sort of 100,000 names compares millions of times.
    public static func sorted(_ names: [String]) -> [String] {
        sortedIndices(names).map { names[$0] }
    }

    /// The indices of `names` in the natural order of the names.
    static func sortedIndices(_ names: [String]) -> [Int] {
        let keys = Parallel.map(names.indices) { key(names[$0]) }
        var flat: [UInt32] = []
        flat.reserveCapacity(keys.reduce(0) { $0 + $1.count })
        var bounds: [Range<Int>] = []
        bounds.reserveCapacity(keys.count)
        for key in keys {
            bounds.append(flat.count..<(flat.count + key.count))
            flat += key
        }
        return flat.withUnsafeBufferPointer { flat in
            names.indices.sorted { a, b in
                keyOrder(UnsafeBufferPointer(rebasing: flat[bounds[a]]), UnsafeBufferPointer(rebasing: flat[bounds[b]]))
                    ?? (names[a] < names[b])  // equal but for case, accents or leading zeros: any stable choice
            }
        }
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
        let scalars = foldedASCII(name) ?? folded(name)
        var key: [UInt32] = []
        key.reserveCapacity(scalars.count * 3)  // the most a key can grow: a lone digit becomes three
        var index = 0
        while index < scalars.count {
            guard isDigit(scalars[index]) else {
                key.append(scalars[index])
                index += 1
                continue
            }
            var end = index
            while end < scalars.count, isDigit(scalars[end]) { end += 1 }
            var start = index
            while start < end, scalars[start] == zero { start += 1 }
            key.append(zero)
            key.append(UInt32(end - start))
            for digit in start..<end { key.append(scalars[digit]) }
            index = end
        }
        return key
    }

    /// `folded` of an ASCII name, made from its bytes (most names; a folder has thousands), or nil.
    static func foldedASCII(_ name: String) -> [UInt32]? {
        var name = name
        return name.withUTF8 { bytes in
            guard ASCII.holdsOnlyASCII(bytes) else { return nil }
            return bytes.map { UInt32(ASCII.lowercased($0)) }
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
