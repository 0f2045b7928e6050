/// Article files whose raw bytes search can read as their decoded text.
///
/// Decoding (`ArticleText.decode`) drops a byte order mark, turns CR LF into LF and a tab into a
/// space, takes out controls and escape sequences, mends bytes that are not UTF-8 and puts the
/// text in NFC. A file that is valid UTF-8 and NFC, whose only controls are tabs, LFs and CRs
/// right before an LF, and whose other scalars the decoder copies unchanged, decodes to its own
/// bytes but for those CRs and tabs. Neither changes what search sees: both are white space to a
/// query, line breaks stay where they were, and a cluster boundary never depends on which white
/// space follows. So such a file is counted on its raw bytes, line for line.
enum PlainFile {
    /// The bytes after a byte order mark, if there is one: the decoder drops it.
    static func text(_ bytes: UnsafeBufferPointer<UInt8>) -> UnsafeBufferPointer<UInt8> {
        let hasMark = bytes.count >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF
        return hasMark ? UnsafeBufferPointer(rebasing: bytes[3...]) : bytes
    }

    /// True when `text` (the bytes after any byte order mark) decodes as described above.
    /// (`byLanes` false checks one scalar at a time throughout: the slow path tests compare with.)
    static func isPlain(_ text: UnsafeBufferPointer<UInt8>, byLanes: Bool = true) -> Bool {
        let count = text.count
        // Where the next scalar starts.
        var index = 0
        // Only a scalar outside NFC's fast path calls for the quick check, over the whole text.
        var needsNFCCheck = false
        while index < count {
            // A lane or two at a time while they are plain ASCII text and common scalars (most
            // are); from any other byte (a tab, a CR, a rarer scalar) one scalar is judged below.
            if byLanes {
                index = endOfCommonText(text, from: index)
                guard index < count else { break }
            }
            // The lanes stop at these most often, so they are asked about first.
            if let length = commonScalarLength(in: text, at: index) {
                index += length
                continue
            }
            switch text[index] {
            case 0x0D where index + 1 < count && text[index + 1] == 0x0A:
                index += 2
            case 0x20..<0x7F, 0x0A, 0x09:
                index += 1
            case 0x80...:
                guard let (scalar, length) = UTF8Scalar.validatedDecode(text, at: index),
                      TextDecoder.copiesUnchanged(scalar) else { return false }
                needsNFCCheck = needsNFCCheck
                    || !Normalization.isTriviallyNFC(UnsafeBufferPointer(rebasing: text[index..<(index + length)]))
                index += length
            default:
                return false
            }
        }
        return !needsNFCCheck || Normalization.passesQuickCheck(text)
    }

    /// Skips plain ASCII text (`ASCII.endOfText`) and common scalars (`commonScalarLength`) from
    /// `start`, a scalar's start. An article has a scalar outside ASCII every fifty bytes or so:
    /// half the blocks of thirty-two bytes hold none, and those take one test for both lanes.
    /// In a block that holds one, the first is judged and the next block starts after it (no
    /// mask is kept and cleared scalar by scalar: a 128-bit shift costs more than the new load).
    /// Stops exactly at the first other scalar (or at `start` in a text shorter than a lane):
    /// callers step from there scalar by scalar.
    @inline(__always)
    static func endOfCommonText(_ text: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
        guard let base = text.baseAddress else { return start }
        let raw = UnsafeRawPointer(base)
        var index = start
        while index &+ 32 <= text.count {
            let low = ASCII.textBytes(raw, at: index), high = ASCII.textBytes(raw, at: index &+ 16)
            if ByteLanes.all(low .& high) {
                index &+= 32
                continue
            }
            // Not all text: the first other byte is in the first of the four words that has one
            // (byte i of the words is all set when byte i of the block is not ASCII text).
            let lows = ByteLanes.words(.!low), highs = ByteLanes.words(.!high)
            let bit = lows[0] != 0 ? lows[0].trailingZeroBitCount
                : lows[1] != 0 ? 64 &+ lows[1].trailingZeroBitCount
                : highs[0] != 0 ? 128 &+ highs[0].trailingZeroBitCount : 192 &+ highs[1].trailingZeroBitCount
            let other = index &+ bit / 8
            guard let length = commonScalarLength(in: text, at: other) else { return other }
            index = other &+ length
        }
        // Fewer than thirty-two bytes left: one lane.
        while index &+ 16 <= text.count {
            guard let first = ByteLanes.first(ASCII.nonTextBytes(raw, at: index)) else {
                index &+= 16
                continue
            }
            let other = index &+ first
            guard let length = commonScalarLength(in: text, at: other) else { return other }
            index = other &+ length
        }
        // Fewer than sixteen left: the text's last lane, less its bytes before `index` (passed
        // already, some in the scalar that ends there), instead of a step for each byte.
        let lastLane = text.count &- 16
        while index < text.count, lastLane >= 0 {
            let passed = UInt64(index &- lastLane) &* 8  // 8 to 120 bits
            let words = ByteLanes.words(ASCII.nonTextBytes(raw, at: lastLane))
            let low = passed < 64 ? words[0] & (~0 &<< passed) : 0
            let high = passed < 64 ? words[1] : words[1] & (~0 &<< (passed &- 64))
            guard low | high != 0 else { return text.count }
            let other = lastLane &+ (low != 0 ? low.trailingZeroBitCount : 64 &+ high.trailingZeroBitCount) / 8
            guard let length = commonScalarLength(in: text, at: other) else { return other }
            index = other &+ length
        }
        return index
    }

    /// The length of the scalar at `index` when it is one of those most articles have outside
    /// ASCII, which a plain file may hold anywhere: U+2010–U+2027 (dashes, curly quotes,
    /// ellipsis; NFC's fast path passes them) and U+00A0–U+02FF (Latin letters with accents, «,
    /// ©...: all printable, all below U+0300). Nil for any other byte.
    @inline(__always)
    static func commonScalarLength(in bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Int? {
        let lead = bytes[index]
        if lead == 0xE2, index &+ 2 < bytes.count, bytes[index &+ 1] == 0x80, bytes[index &+ 2] &- 0x90 < 0x18 { return 3 }
        guard index &+ 1 < bytes.count else { return nil }
        let second = bytes[index &+ 1]
        if lead &- 0xC3 < 9, second & 0xC0 == 0x80 { return 2 }
        if lead == 0xC2, second &- 0xA0 < 0x20 { return 2 }
        return nil
    }
}
