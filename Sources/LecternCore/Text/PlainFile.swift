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
        var index = 0
        // Only a scalar outside NFC's fast path calls for the quick check, over the whole text.
        var needsNFCCheck = false
        // Sixteen bytes at a time while they are of the common kinds (`CommonLanes`); the bytes
        // of a lane that is not, and the last few, one scalar at a time below.
        var scalarsUpTo = byLanes ? 0 : Int.max
        while true {
            if index >= scalarsUpTo {
                let lanesEnd = CommonLanes.end(in: text, from: index)
                if lanesEnd > index {
                    // The lanes' end may cut a scalar (or end after a cut one): from the start of
                    // the last one they hold, when it has more than a byte, it is checked whole.
                    var last = lanesEnd - 1
                    while last > index, text[last] & 0xC0 == 0x80 { last -= 1 }
                    index = text[last] >= 0xC0 ? last : lanesEnd
                }
                // One scalar at a time through the lane that stopped them, then lanes again.
                scalarsUpTo = index + 16
            }
            index = ASCII.endOfPrintableWords(text, from: index)
            guard index < count else { break }
            let byte = text[index]
            switch byte {
            case 0x20..<0x7F, 0x0A, 0x09:
                index += 1
            case 0x0D where index + 1 < count && text[index + 1] == 0x0A:
                index += 2
            case 0xC2 where index + 1 < count && text[index + 1] >= 0xA0 && text[index + 1] <= 0xBF,
                 0xC3...0xCB where index + 1 < count && text[index + 1] & 0xC0 == 0x80:
                // U+00A0–U+02FF (Latin letters with accents, «, ©...): all printable, all below U+0300.
                index += 2
            case 0xE2 where index + 2 < count && text[index + 1] == 0x80 && text[index + 2] >= 0x90 && text[index + 2] <= 0xA7:
                // U+2010–U+2027: dashes, curly quotes, ellipsis (NFC's fast path passes them too).
                index += 3
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
}

/// The scalars `PlainFile.isPlain` passes without a closer look and that most articles are
/// made of (printable ASCII, tabs, line feeds, U+00A0–U+02FF, U+2010–U+2027), checked sixteen
/// bytes at a time. Each byte is judged with the two before it, so a lane needs no state from
/// the one before, and a scalar may run over a lane's end.
enum CommonLanes {
    /// The end of the lanes of sixteen bytes from `start` (a scalar's start) that hold only
    /// those scalars, whole or cut by the lane's end; `start` when the first does not. A byte
    /// always follows the lanes, so the caller checks a scalar they cut whole.
    @inline(__always)
    static func end(in text: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
        guard start >= 2, let base = text.baseAddress else { return start }
        let raw = UnsafeRawPointer(base)
        func repeating(_ byte: UInt8) -> SIMD16<UInt8> { SIMD16(repeating: byte) }
        let space = repeating(0x20), printableCount = repeating(0x7F - 0x20)
        let lineFeed = repeating(0x0A), tab = repeating(0x09)
        let continuation = repeating(0x80), continuationCount = repeating(0x40)
        let lead2 = repeating(0xC2), lead2Count = repeating(0xCC - 0xC2)
        let lead3 = repeating(0xE2), noBreak = repeating(0xA0)
        let punctuation = repeating(0x90), punctuationCount = repeating(0xA8 - 0x90)
        var index = start
        while index &+ 16 < text.count {
            let byte = ByteLanes.load(raw, at: index)
            let ascii = ((byte &- space) .< printableCount) .| (byte .== lineFeed) .| (byte .== tab)
            // Most lanes are ASCII, after bytes that end a scalar (below 0xC0, and no lead of
            // three bytes or more just before them): nothing more to check.
            if ByteLanes.first(.!ascii) == nil, base[index &- 1] < 0xC0, base[index &- 2] < 0xE0 {
                index &+= 16
                continue
            }
            let previous = ByteLanes.load(raw, at: index &- 1)
            let afterLead2 = (previous &- lead2) .< lead2Count
            let afterLead3 = previous .== lead3
            let secondAfterLead3 = ByteLanes.load(raw, at: index &- 2) .== lead3
            // A byte that must continue the scalar a lead byte before it started, and does.
            let pending = afterLead2 .| afterLead3 .| secondAfterLead3
            let continues = ((byte &- continuation) .< continuationCount) .& (
                (afterLead2 .& ((previous .!= lead2) .| (byte .>= noBreak)))
                    .| (afterLead3 .& (byte .== continuation))
                    .| (secondAfterLead3 .& (previous .== continuation) .& ((byte &- punctuation) .< punctuationCount)))
            let starts = ascii .| ((byte &- lead2) .< lead2Count) .| (byte .== lead3)
            guard ByteLanes.first(.!((starts .& .!pending) .| continues)) == nil else { break }
            index &+= 16
        }
        return index
    }
}

