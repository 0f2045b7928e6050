#if canImport(Glibc)
import Glibc
#endif

/// The lines of a `PlainFile`'s bytes (or of decoded text), found where they are needed instead
/// of all at once: a line ends at an LF, and a CR before that LF is not part of it. Line for
/// line these are the lines `ArticleParser.sourceLines` finds in the decoded text.
struct TextLines {
    let bytes: UnsafeBufferPointer<UInt8>
    /// The bytes are decoded text already, not a plain file's.
    let isDecoded: Bool

    /// Where the line that starts at `start` ends: its LF, or the end of the bytes.
    func end(ofLineAt start: Int) -> Int {
        guard start < bytes.count, let base = bytes.baseAddress,
              let found = memchr(base + start, 0x0A, bytes.count - start) else { return bytes.count }
        return base.distance(to: found.assumingMemoryBound(to: UInt8.self))
    }

    /// Where the line that ends at `end` (an LF, or the end of the bytes) starts: after the LF
    /// before it, but not before `floor` (a line start).
    func start(ofLineEndingAt end: Int, floor: Int) -> Int {
        var index = end
        if let base = bytes.baseAddress {
            // Eight bytes at a time, backwards (glibc's memrchr is not in its Swift module).
            let lineFeeds = ByteScan.repeated(0x0A)
            while index - 8 >= floor {
                let word = UInt64(littleEndian: UnsafeRawPointer(base).loadUnaligned(fromByteOffset: index - 8, as: UInt64.self))
                let found = ByteScan.zeroBytes(word ^ lineFeeds)
                if found != 0 { return index - found.leadingZeroBitCount / 8 }
                index -= 8
            }
        }
        while index > floor, bytes[index - 1] != 0x0A { index -= 1 }
        return index
    }

    /// The line without a CR before its LF: what is left of it once decoded.
    func content(_ line: Range<Int>) -> Range<Int> {
        let end = line.upperBound
        let hasCR = end > line.lowerBound && end < bytes.count && bytes[end - 1] == 0x0D
        return line.lowerBound..<(hasCR ? end - 1 : end)
    }

    /// The text of `range` as the decoder makes it; `range` must not cut a line's CR from its LF.
    func text(_ range: Range<Int>) -> String {
        let part = UnsafeBufferPointer(rebasing: bytes[range])
        // A plain file's bytes are their text but for CRs and tabs (see `PlainFile`).
        if isDecoded || !part.contains(where: { $0 == 0x0D || $0 == 0x09 }) { return String(decoding: part, as: UTF8.self) }
        return TextDecoder.decode(UnsafeRawBufferPointer(part)).text
    }

    /// Blank as the parser sees it: nothing but white space.
    func isBlank(_ line: Range<Int>) -> Bool {
        let content = content(line)
        var onlySpaces = true
        for byte in bytes[content] {
            if byte > 0x20 && byte < 0x7F { return false }
            if byte != 0x20 && byte != 0x09 { onlySpaces = false }
        }
        return onlySpaces || text(content)[...].trimmingWhitespace().isEmpty
    }

    /// A line that opens a block after a blank one: not blank, not indented (an indented one may
    /// continue a list item). A tab decodes to a space, so it indents too.
    func startsBlock(_ line: Range<Int>) -> Bool {
        guard line.lowerBound < line.upperBound else { return false }
        let first = bytes[line.lowerBound]
        return first != 0x20 && first != 0x09 && !isBlank(line)
    }

    /// The first line that is not blank (the title line), or nil when there is none.
    func firstNonBlankLine() -> Range<Int>? {
        var start = 0
        while start < bytes.count {
            let line = start..<end(ofLineAt: start)
            if !isBlank(line) { return line }
            start = line.upperBound + 1
        }
        return nil
    }
}
