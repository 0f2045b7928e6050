/// White space as search, titles and snippets see it: Unicode's White_Space property (line
/// breaks, tabs, NO-BREAK SPACE, ideographic space...), and runs of it collapsed to one space.
enum WhiteSpace {
    @inline(__always)
    static func isASCIIWhiteSpace(_ byte: UInt8) -> Bool {
        byte == 0x20 || (byte >= 0x09 && byte <= 0x0D)
    }

    /// The White_Space scalars outside ASCII, written out (a test checks them against every
    /// scalar's property): snippets ask about every curly quote and dash, and a property
    /// lookup costs more than the rest of the question.
    @inline(__always)
    static func contains(_ value: UInt32) -> Bool {
        if value < 0x80 { return isASCIIWhiteSpace(UInt8(value)) }
        switch value {
        case 0x85, 0xA0, 0x1680, 0x2000...0x200A, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000: return true
        default: return false
        }
    }

    /// Length of the white-space scalar at `index` of valid UTF-8, or nil when it is not white space.
    @inline(__always)
    static func length(in bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Int? {
        let byte = bytes[index]
        if byte < 0x80 { return isASCIIWhiteSpace(byte) ? 1 : nil }
        let (value, length) = UTF8Scalar.decode(bytes, at: index)
        return contains(value) ? length : nil
    }

    /// Calls `body` with each element of `items` that is not a space, and whether spaces came
    /// between it and the one before (never for the first): trimming and collapsing in one.
    @inline(__always)
    static func collapse<S: Sequence>(_ items: S, isSpace: (S.Element) -> Bool,
                                      _ body: (S.Element, _ afterSpace: Bool) -> Void) {
        var pendingSpace = false
        var started = false
        for item in items {
            if isSpace(item) {
                pendingSpace = started
                continue
            }
            body(item, pendingSpace)
            pendingSpace = false
            started = true
        }
    }

    /// `collapse` with white space as Unicode defines it.
    @inline(__always)
    static func collapse<S: Sequence<Unicode.Scalar>>(_ scalars: S, _ body: (Unicode.Scalar, _ afterSpace: Bool) -> Void) {
        collapse(scalars, isSpace: { contains($0.value) }, body)
    }

    /// `text` trimmed, each inner run of white space one space.
    static func collapsed<S: StringProtocol>(_ text: S) -> String {
        // Snippets of parsed text mostly are already: checking is cheaper than rebuilding.
        if isCollapsed(text) { return String(text) }
        var result = String.UnicodeScalarView()
        collapse(text.unicodeScalars) { scalar, afterSpace in
            if afterSpace { result.append(" ") }
            result.append(scalar)
        }
        return String(result)
    }

    /// Whether `text` is trimmed and its only white space is single spaces.
    static func isCollapsed<S: StringProtocol>(_ text: S) -> Bool {
        var afterSpace = true  // a leading space is not collapsed
        for scalar in text.unicodeScalars {
            if scalar == " " {
                if afterSpace { return false }
                afterSpace = true
            } else if contains(scalar.value) {
                return false
            } else {
                afterSpace = false
            }
        }
        return !afterSpace || text.isEmpty
    }
}
