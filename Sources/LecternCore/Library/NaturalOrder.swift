import Foundation

/// File-name order as people expect it: runs of digits compare as numbers ("a2" before "a10"),
/// letters compare without regard to case or accents.
public enum NaturalOrder {
    public static func areInIncreasingOrder(_ a: String, _ b: String) -> Bool {
        precedes(folded(a), a, folded(b), b)
    }

    /// The names in natural order; each name is folded once, not at every comparison.
    public static func sorted(_ names: [String]) -> [String] {
        let keys = names.map(folded)
        return names.indices.sorted { precedes(keys[$0], names[$0], keys[$1], names[$1]) }.map { names[$0] }
    }

    private static func precedes(_ left: [UInt32], _ a: String, _ right: [UInt32], _ b: String) -> Bool {
        var i = 0, j = 0
        while i < left.count, j < right.count {
            if isDigit(left[i]), isDigit(right[j]) {
                let leftEnd = endOfDigits(left, from: i), rightEnd = endOfDigits(right, from: j)
                let leftValue = left[i..<leftEnd].drop { $0 == zero }
                let rightValue = right[j..<rightEnd].drop { $0 == zero }
                if leftValue.count != rightValue.count { return leftValue.count < rightValue.count }
                if let (l, r) = zip(leftValue, rightValue).first(where: { $0 != $1 }) { return l < r }
                i = leftEnd
                j = rightEnd
                continue
            }
            if left[i] != right[j] { return left[i] < right[j] }
            i += 1
            j += 1
        }
        if (i == left.count) != (j == right.count) { return i == left.count }
        return a < b  // equal but for case, accents or leading zeros: any stable choice
    }

    private static let zero = UInt32(UInt8(ascii: "0"))

    private static func isDigit(_ value: UInt32) -> Bool { value >= zero && value <= zero + 9 }

    private static func endOfDigits(_ values: [UInt32], from start: Int) -> Int {
        var end = start
        while end < values.count, isDigit(values[end]) { end += 1 }
        return end
    }

    /// Each scalar lowered; "Éclair" sorts with "eclair": the base letter of a decomposable one.
    private static func folded(_ name: String) -> [UInt32] {
        name.unicodeScalars.map { scalar in
            if scalar.isASCII { return UInt32(ASCII.lowercased(UInt8(scalar.value))) }
            let lower = scalar.properties.lowercaseMapping
            return lower.decomposedStringWithCanonicalMapping.unicodeScalars.first?.value ?? scalar.value
        }
    }
}
