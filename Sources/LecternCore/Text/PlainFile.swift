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
            // Sixteen bytes at a time while they are plain ASCII text and common scalars (most
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
    /// `start`, a scalar's start, sixteen bytes at a time: the scalars in a lane are judged on
    /// the lane's mask of the bytes that are not ASCII text, with no new lane loaded after each
    /// (an article has one every fifty bytes or so). Stops exactly at the first other scalar, or
    /// at the last bytes that make no lane: callers step from there scalar by scalar.
    @inline(__always)
    static func endOfCommonText(_ text: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
        guard let base = text.baseAddress else { return start }
        let raw = UnsafeRawPointer(base)
        var index = start
        while index &+ 16 <= text.count {
            // Byte i of the lane is bits 8i..8i+7: all set when the byte is not ASCII text.
            var others = ByteLanes.bytes(ASCII.nonTextBytes(raw, at: index))
            var laneEnd = index &+ 16
            while others != 0 {
                let other = index &+ others.trailingZeroBitCount / 8
                guard let length = commonScalarLength(in: text, at: other) else { return other }
                let end = other &+ length
                // A scalar that runs past the lane: the next lane starts after it.
                guard end < laneEnd else {
                    laneEnd = end
                    break
                }
                // The scalar's own bytes (and any before it) are done with.
                others &= ~0 &<< (UInt128(end &- index) &* 8)
            }
            index = laneEnd
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
