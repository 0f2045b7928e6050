/// How many terminal columns text occupies.
///
/// The answers are glibc's `wcwidth` in the C.UTF-8 locale (what ncurses and tmux use),
/// taken from a table generated once, so they do not depend on the process locale.
public enum DisplayWidth {
    /// Columns of one scalar: 0, 1 or 2. Scalars that are not printable count 0.
    public static func of(_ scalar: Unicode.Scalar) -> Int {
        let value = scalar.value
        if value < 0x7F { return value >= 0x20 ? 1 : 0 }
        return width(ofClass: classOf(value))
    }

    /// Columns of a text: the sum of its scalars' columns.
    public static func of<S: StringProtocol>(_ text: S) -> Int {
        let fast = text.utf8.withContiguousStorageIfAvailable { bytes -> Int in
            var total = 0
            var index = 0
            while index < bytes.count {
                let byte = bytes[index]
                if byte < 0x80 {
                    if byte >= 0x20 && byte != 0x7F { total += 1 }
                    index += 1
                } else {
                    let (scalar, length) = UTF8Scalar.decode(bytes, at: index)
                    total += width(ofClass: classOf(scalar))
                    index += length
                }
            }
            return total
        }
        if let fast { return fast }
        return text.unicodeScalars.reduce(0) { $0 + of($1) }
    }

    /// False for what glibc's `wcwidth` rejects (controls, unassigned code points,
    /// noncharacters...) and for NUL.
    public static func isPrintable(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        if value < 0x7F { return value >= 0x20 }
        return classOf(value) != 0
    }

    /// 0 = not printable, 1, 2, 3 = width 0, 1, 2 (the packing of `widthTable`).
    static func classOf(_ value: UInt32) -> UInt32 {
        if value < 0x10000 { return UInt32(basicPlaneClasses[Int(value)]) }
        return widthTable.withUnsafeBufferPointer { table in
            // The last entry whose first code point is <= value (the first entry's is 0).
            table[table.partitioningIndex { $0 >> 2 > value } - 1] & 3
        }
    }

    /// Width of a class from `classOf`.
    @inline(__always)
    static func width(ofClass widthClass: UInt32) -> Int {
        widthClass == 0 ? 0 : Int(widthClass) - 1
    }
}

/// `widthTable` unpacked for U+0000–U+FFFF, one class per code point (64 KiB): most text
/// lives there, and a direct load beats a binary search in the decoder and scanner loops.
private let basicPlaneClasses: [UInt8] = {
    var classes = [UInt8](repeating: 0, count: 0x10000)
    for (index, entry) in widthTable.enumerated() {
        let first = Int(entry >> 2)
        guard first < 0x10000 else { break }
        let next = index + 1 < widthTable.count ? min(Int(widthTable[index + 1] >> 2), 0x10000) : 0x10000
        classes.replaceSubrange(first..<next, with: repeatElement(UInt8(entry & 3), count: next - first))
    }
    return classes
}()
