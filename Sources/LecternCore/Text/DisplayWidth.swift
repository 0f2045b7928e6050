/// How many terminal columns text occupies.
///
/// The answers are glibc's `wcwidth` in the C.UTF-8 locale (what ncurses and tmux use),
/// taken from a table generated once, so they do not depend on the process locale.
public enum DisplayWidth {
    /// Columns of one scalar: 0, 1 or 2. Scalars that are not printable count 0.
    @inlinable
    public static func of(_ scalar: Unicode.Scalar) -> Int {
        let value = scalar.value
        if value < 0x7F { return value >= 0x20 ? 1 : 0 }
        let widthClass = classOf(value)
        return widthClass == 0 ? 0 : Int(widthClass) - 1
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
                    let decoded = UTF8Scalar.decode(bytes, at: index)
                    total += of(decoded.scalar)
                    index += decoded.length
                }
            }
            return total
        }
        if let fast { return fast }
        return text.unicodeScalars.reduce(0) { $0 + of($1) }
    }

    /// False for what glibc's `wcwidth` rejects (controls, unassigned code points,
    /// noncharacters...) and for NUL.
    @inlinable
    public static func isPrintable(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        if value < 0x7F { return value >= 0x20 }
        return classOf(value) != 0
    }

    /// 0 = not printable, 1, 2, 3 = width 0, 1, 2 (the packing of `widthTable`).
    @usableFromInline
    static func classOf(_ value: UInt32) -> UInt32 {
        // Latin-1 letters and symbols up to the combining diacritics: all width 1.
        if value >= 0xA0 && value < 0x300 { return 2 }
        return widthTable.withUnsafeBufferPointer { table in
            // Last entry whose first code point is <= value.
            var low = 0
            var high = table.count
            while high - low > 1 {
                let middle = (low + high) / 2
                if table[middle] >> 2 <= value { low = middle } else { high = middle }
            }
            return table[low] & 3
        }
    }
}
