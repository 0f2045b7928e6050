/// What a line is, told from its bytes alone when they settle it: most lines of an article
/// are text that starts and ends in printable ASCII, and reading them so spares a Substring
/// and a `SourceLine` a line (`ParagraphRun`).
extension SourceLine {
    /// The text of the line `line` of `bytes` when its bytes show that it is `.text` and that
    /// trimming leaves it as it is: after its leading spaces, a printable ASCII byte that starts
    /// no marked line (`mayStartMarkedLine`), and a printable ASCII byte but a space last. Then
    /// `SourceLine` of the line is `.text` of these bytes. Nil when the bytes do not settle it.
    static func plainText(_ line: Range<Int>, in bytes: UnsafeBufferPointer<UInt8>) -> Range<Int>? {
        var start = line.lowerBound
        while start < line.upperBound, bytes[start] == 0x20 { start &+= 1 }
        // A space before a scalar from 0x80 up may be a Character with it: not settled here.
        guard start < line.upperBound, isPrintableBeyondSpace(bytes[start]), !mayStartMarkedLine(bytes[start]),
              isPrintableBeyondSpace(bytes[line.upperBound &- 1]) else { return nil }
        return start..<line.upperBound
    }

    /// Whether the line `line` of `bytes` is empty or spaces only, and so `.blank`.
    static func holdsOnlySpaces(_ line: Range<Int>, in bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        !bytes[line].contains { $0 != 0x20 }
    }

    @inline(__always)
    private static func isPrintableBeyondSpace(_ byte: UInt8) -> Bool {
        byte &- 0x21 < 0x7F - 0x21
    }
}
