#if canImport(Glibc)
import Glibc
#endif

/// A listing's title and footer links of a whole file read into memory, decoding only its first
/// and last lines: the same answer as decoding all of it, at a fraction of the cost.
///
/// A plain file (`PlainFile`: UTF-8, NFC, no controls but tabs and line ends, the commonest
/// kind) is its own text: its title line and its last paragraphs are read on its bytes, and only
/// they become Strings. Other files take the way below.
///
/// Decoding is local to lines: after a line feed the sanitizer is always back in plain text (an
/// unfinished escape sequence ends at a line break), UTF-8 never has a line feed inside a
/// sequence, and NFC never composes across one. So the text decoded from a part of the bytes
/// that starts after a line feed and ends after one is a piece of the whole text, at a line
/// boundary. What the parts cannot tell is whether the whole file is text and is UTF-8: those
/// two are checked on all the bytes, quickly; any file that is not plainly UTF-8 text is left
/// to the whole decode.
enum ListingSummary {
    /// Smaller files are decoded whole: the parts would be most of them.
    static let minimumSize = 4 * 1024
    /// How much of the end is decoded: more than `ArticleParser.footerSearchBytes` even after
    /// line ends and controls are taken out (checked, with the whole decode as the fallback).
    static let tailSize = 2_400
    /// How much of the start is decoded to find the title line (more when it is not complete).
    static let headSize = 512

    /// The titles of the footer's Previous and Next links.
    typealias Links = (previous: String?, next: String?)

    /// The title and links of the file whose whole content is `bytes`, or nil when the quick way
    /// does not apply and the whole text must be decoded.
    static func summary(of bytes: [UInt8], id: String) -> (title: String, links: Links)? {
        bytes.withUnsafeBufferPointer { summary(of: $0, id: id) }
    }

    /// The same, of bytes in a buffer.
    static func summary(of bytes: UnsafeBufferPointer<UInt8>, id: String) -> (title: String, links: Links)? {
        let text = PlainFile.text(bytes)
        if PlainFile.isPlain(text) {
            let lines = TextLines(bytes: text, isDecoded: false)
            guard let titleLine = lines.firstNonBlankLine() else { return nil }  // blank: the decode says so
            return (title(titleLine, in: lines), links(lines, bodyStart: min(titleLine.upperBound + 1, text.count)))
        }
        guard bytes.count >= minimumSize, isPlainText(bytes), isValidUTF8(bytes),
              let title = title(bytes, id: id), let links = links(bytes, isTail: false) else { return nil }
        return (title, links)
    }

    /// No NUL byte, and no control byte other than tab, line feed, form feed and carriage return
    /// in the part `TextDecoder.isBinary` samples: certainly not binary. (Other files may still
    /// be text; the whole decode decides.)
    static func isPlainText(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let base = bytes.baseAddress, memchr(base, 0, bytes.count) == nil else { return false }
        let sampled = min(bytes.count, TextDecoder.binarySniffLength)
        let raw = UnsafeRawPointer(base)
        var index = 0
        while index < sampled {
            // Words with no control are skipped whole.
            if index + 8 <= sampled, !ASCII.wordHoldsControl(raw.loadUnaligned(fromByteOffset: index, as: UInt64.self)) {
                index += 8
                continue
            }
            let byte = bytes[index]
            if byte < 0x20 || byte == 0x7F, byte != 0x09, byte != 0x0A, byte != 0x0C, byte != 0x0D { return false }
            index += 1
        }
        return true
    }

    /// The title and links of a large file from its head and tail (each cut at whole lines and
    /// whole UTF-8 sequences, as `ArticleText.trimmedHeadEnd` and `trimmedTailStart` cut them), or
    /// nil when the quick way does not apply and both parts must be decoded whole.
    static func summary(head: UnsafeBufferPointer<UInt8>, tail: UnsafeBufferPointer<UInt8>, id: String) -> (title: String, links: Links)? {
        let headText = PlainFile.text(head)
        if PlainFile.isPlain(headText), PlainFile.isPlain(tail) {
            let lines = TextLines(bytes: headText, isDecoded: false)
            // The title line must end within the head to be whole.
            if let titleLine = lines.firstNonBlankLine(), titleLine.upperBound < headText.count {
                return (title(titleLine, in: lines), links(TextLines(bytes: tail, isDecoded: false), bodyStart: 0))
            }
        }
        guard isPlainText(head), isValidUTF8(head), isPlainText(tail), isValidUTF8(tail),
              let title = title(head, id: id), let links = links(tail, isTail: true) else { return nil }
        return (title, links)
    }

    /// The title of a plain file (`PlainFile`) from its title line, as the parse makes it.
    static func title(_ line: Range<Int>, in lines: TextLines) -> String {
        let content = lines.content(line)
        // Most title lines are plain and no Markdown heading (which starts with "#" once its
        // indent is taken out): joining leaves them as they are, and their bytes are the title.
        if let plain = LineJoining.plainLineText(content, in: lines), plain.utf8.first != UInt8(ascii: "#") {
            return plain
        }
        return ArticleParser.titleText(lines.text(content)[...])
    }

    /// The footer links of a plain file's lines (the whole file, or a tail that starts at a line).
    private static func links(_ lines: TextLines, bodyStart: Int) -> Links {
        let footer = Footer.find(in: lines, bodyStart: bodyStart)?.footer
        return (footer?.previous, footer?.next)
    }

    /// Whether all of `bytes` is well-formed UTF-8, skipping ASCII eight bytes at a time.
    static func isValidUTF8(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let base = bytes.baseAddress else { return true }
        let raw = UnsafeRawPointer(base)
        let count = bytes.count
        var index = 0
        while index < count {
            if index + 8 <= count, raw.loadUnaligned(fromByteOffset: index, as: UInt64.self) & 0x8080_8080_8080_8080 == 0 {
                index += 8
                continue
            }
            guard let (_, length) = UTF8Scalar.validatedDecode(bytes, at: index) else { return false }
            index += length
        }
        return true
    }

    /// The title from the decoded first lines, or nil when they are all blank.
    private static func title(_ bytes: UnsafeBufferPointer<UInt8>, id: String) -> String? {
        // Most often the first line that is not blank in bytes is not blank once decoded: then
        // that line is all that needs decoding.
        if let end = endOfFirstNonBlankLine(bytes) {
            let head = Normalization.nfc(decodedText(UnsafeBufferPointer(rebasing: bytes[..<end])))
            if hasText(head) { return ArticleParser.title(inHead: head, id: id) }
        }
        var size = headSize
        while true {
            // Up to and including a line feed, so every line decoded is whole.
            guard let end = lineFeed(in: bytes, from: min(size, bytes.count - 1)).map({ $0 + 1 }) else { return nil }
            let head = Normalization.nfc(decodedText(UnsafeBufferPointer(rebasing: bytes[..<end])))
            if hasText(head) { return ArticleParser.title(inHead: head, id: id) }
            guard end < bytes.count, size < minimumSize else { return nil }
            size *= 4
        }
    }

    /// The footer links from the decoded last lines. When those are too short to hold all that
    /// `ArticleParser.links` reads of a whole text: all of `bytes` when they are a tail (which
    /// starts at a line, and is all a listing reads of the end), else nil (a whole file's title
    /// line must be told apart from its footer: the whole decode does that).
    private static func links(_ bytes: UnsafeBufferPointer<UInt8>, isTail: Bool) -> Links? {
        var reach = tailSize
        // Long last lines need a longer reach: it grows until the decoded lines are enough.
        while reach < bytes.count, let newline = lineFeed(in: bytes, from: bytes.count - reach) {
            let tail = Normalization.nfc(decodedText(UnsafeBufferPointer(rebasing: bytes[(newline + 1)...])))
            if tail.utf8.count > ArticleParser.footerSearchBytes { return ArticleParser.links(in: tail, isWhole: false) }
            reach *= 2
        }
        guard isTail else { return nil }
        return ArticleParser.links(in: Normalization.nfc(decodedText(bytes)), isWhole: false)
    }

    private static func decodedText(_ bytes: UnsafeBufferPointer<UInt8>) -> String {
        TextDecoder.decode(UnsafeRawBufferPointer(bytes)).text
    }

    /// True when `text` has a character that is not white space, so it has a non-blank line.
    private static func hasText(_ text: String) -> Bool {
        text.utf8.contains { $0 > 0x20 && $0 < 0x7F } || text.contains { !$0.isWhitespace }
    }

    /// Just past the line feed that ends the first line holding a byte other than white space
    /// or a control, or nil when there is no such whole line.
    private static func endOfFirstNonBlankLine(_ bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        var index = 0
        while index < bytes.count, bytes[index] <= 0x20 || bytes[index] == 0x7F { index += 1 }
        guard index < bytes.count else { return nil }
        return lineFeed(in: bytes, from: index).map { $0 + 1 }
    }

    /// The index of the first line feed at or after `start`.
    private static func lineFeed(in bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int? {
        guard start >= 0, start < bytes.count, let base = bytes.baseAddress,
              let found = memchr(base + start, 0x0A, bytes.count - start) else { return nil }
        return base.distance(to: found.assumingMemoryBound(to: UInt8.self))
    }
}
