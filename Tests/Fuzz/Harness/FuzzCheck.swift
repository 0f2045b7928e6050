#if canImport(Glibc)
import Glibc
#endif

/// The properties every stage checks. A broken one aborts, so libFuzzer keeps the input.
enum FuzzCheck {
    static func require(_ condition: @autoclosure () -> Bool, _ message: @autoclosure () -> String) {
        guard !condition() else { return }
        fputs("lectern fuzz check failed: \(message())\n", stderr)
        abort()
    }

    /// A scalar that must never reach the terminal or an output: C0 and C1 controls, DEL,
    /// bidirectional overrides and isolates, line and paragraph separators.
    static func isForbidden(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x00...0x1F, 0x7F...0x9F, 0x202A...0x202E, 0x2066...0x2069, 0x2028, 0x2029: return true
        default: return false
        }
    }

    static func requireClean(_ text: some StringProtocol, _ context: String) {
        if let bad = text.unicodeScalars.first(where: isForbidden) {
            require(false, "\(context): U+\(String(bad.value, radix: 16)) in \(String(text).debugDescription)")
        }
    }

    /// The visible scalars of `text`, in order: what "the words, in order" compares. Spaces,
    /// invisible characters (soft hyphen, zero-width space), combining marks and emoji
    /// modifiers (which may sit on a space that goes) may come and go; letters, digits and
    /// symbols may not.
    static func ink(_ text: some StringProtocol) -> [Unicode.Scalar] {
        text.unicodeScalars.filter { scalar in
            let properties = scalar.properties
            return !properties.isWhitespace && !properties.isDefaultIgnorableCodePoint
                && properties.generalCategory != .nonspacingMark && properties.generalCategory != .enclosingMark
                && !properties.isEmojiModifier
        }
    }

    /// True when `part` occurs in `whole` in order, possibly with gaps.
    static func isSubsequence(_ part: [Unicode.Scalar], of whole: [Unicode.Scalar]) -> Bool {
        var index = whole.startIndex
        for scalar in part {
            guard let found = whole[index...].firstIndex(of: scalar) else { return false }
            index = found + 1
        }
        return true
    }

    /// A line wider than its column is a failure, except (while `LECTERN_FUZZ_ALLOW` holds
    /// `wide-cluster`) when the line is one grapheme cluster that cannot fit any column: the
    /// known defect of issue 10, fixed in Text/ by another change.
    static func requireFits(_ text: String, prefixWidth: Int = 0, width: Int, _ context: String) {
        let used = prefixWidth + DisplayWidth.of(text)
        guard used > width else { return }
        if allowsWideClusters, isOneCluster(text) { return }
        require(false, "\(context): \(used) columns, more than \(width): \(text.debugDescription)")
    }

    /// True when `text`, spaces aside, is a single cluster as the core's scanner sees it.
    static func isOneCluster(_ text: String) -> Bool {
        var text = text.split(separator: " ").joined(separator: " ")
        guard !text.contains(" ") else { return false }
        return text.withUTF8 { bytes in
            var scanner = ClusterScanner(bytes, range: 0..<bytes.count)
            var count = 0
            while scanner.next() != nil { count += 1 }
            return count == 1
        }
    }

    static let allowsWideClusters: Bool = {
        (getenv("LECTERN_FUZZ_ALLOW").map { String(cString: $0) } ?? "").contains("wide-cluster")
    }()
}

/// Reads small numbers off the front of an input: sizes and choices for a stage, the rest is text.
struct FuzzInput {
    private(set) var bytes: ArraySlice<UInt8>

    init(_ bytes: [UInt8]) { self.bytes = bytes[...] }

    mutating func take(upTo limit: Int) -> Int {
        guard let first = bytes.first else { return 0 }
        bytes = bytes.dropFirst()
        return Int(first) % max(1, limit)
    }

    var rest: ArraySlice<UInt8> { bytes }

    /// The rest as text, as the library would decode it; nil for binary data (the library refuses it).
    var text: String? {
        ArticleText.decode(Array(bytes))?.text
    }
}
