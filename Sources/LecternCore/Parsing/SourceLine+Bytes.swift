/// What a line is, told from its bytes alone when they settle it: most lines of an article
/// are text that starts and ends with a plain scalar, and reading them so spares a Substring
/// and a `SourceLine` a line (`ParagraphRun`).
extension SourceLine {
    /// The text of the line `line` of `bytes` when its bytes show that it is `.text` and that
    /// trimming leaves it as it is: after its leading spaces, and last, a scalar that is plain
    /// (`LineJoining.plainScalarLength`: no white space, and joins no space before it), the first
    /// one no mark a marked line starts with (`mayStartMarkedLine`, but a curly quotation mark).
    /// Then `SourceLine` of the line is `.text` of these bytes. Nil when the bytes do not settle it.
    static func plainText(_ line: Range<Int>, in bytes: UnsafeBufferPointer<UInt8>) -> Range<Int>? {
        var start = line.lowerBound
        while start < line.upperBound, bytes[start] == 0x20 { start &+= 1 }
        guard start < line.upperBound, let first = LineJoining.plainScalarLength(bytes, at: start),
              start &+ first <= line.upperBound, !mayStartMarkedLine(bytes[start]) || isCurlyQuotationMark(bytes, at: start),
              LineJoining.endsInPlainScalar(start..<line.upperBound, in: bytes) else { return nil }
        return start..<line.upperBound
    }

    /// Whether the line `line` of `bytes` is empty or spaces only, and so `.blank`.
    static func holdsOnlySpaces(_ line: Range<Int>, in bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        !bytes[line].contains { $0 != 0x20 }
    }

    /// U+2018 to U+201F (‘ ’ ‚ ‛ “ ” „ ‟) at `index`, a plain scalar's start: many a line of
    /// dialogue starts with one, and none is a rule's mark or a bullet.
    private static func isCurlyQuotationMark(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Bool {
        bytes[index] == 0xE2 && bytes[index &+ 1] == 0x80 && bytes[index &+ 2] &- 0x98 < 8
    }
}
