import Foundation

/// File-name order as people expect it: runs of digits compare as numbers ("a2" before "a10"),
/// letters compare without regard to case.
public enum NaturalOrder {
    public static func areInIncreasingOrder(_ a: String, _ b: String) -> Bool {
        var left = a.unicodeScalars[...]
        var right = b.unicodeScalars[...]
        while let l = left.first, let r = right.first {
            if isDigit(l), isDigit(r) {
                let leftDigits = left.prefix(while: isDigit)
                let rightDigits = right.prefix(while: isDigit)
                let leftValue = leftDigits.drop { $0 == "0" }
                let rightValue = rightDigits.drop { $0 == "0" }
                if leftValue.count != rightValue.count { return leftValue.count < rightValue.count }
                if !leftValue.elementsEqual(rightValue) { return String(leftValue) < String(rightValue) }
                left = left.dropFirst(leftDigits.count)
                right = right.dropFirst(rightDigits.count)
                continue
            }
            let lf = lowered(l), rf = lowered(r)
            if lf != rf { return lf < rf }
            left = left.dropFirst()
            right = right.dropFirst()
        }
        if left.isEmpty != right.isEmpty { return left.isEmpty }
        return a < b  // equal but for case or leading zeros: any stable choice
    }

    private static func isDigit(_ scalar: Unicode.Scalar) -> Bool { ("0"..."9").contains(scalar) }

    private static func lowered(_ scalar: Unicode.Scalar) -> UInt32 {
        if scalar.isASCII { return ("A"..."Z").contains(scalar) ? scalar.value + 32 : scalar.value }
        // "Éclair" sorts with "eclair": lowercase, then the base letter of a decomposable one.
        let lower = scalar.properties.lowercaseMapping
        let base = lower.decomposedStringWithCanonicalMapping.unicodeScalars.first
        return base?.value ?? scalar.value
    }
}
