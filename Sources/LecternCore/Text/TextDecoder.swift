#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// How an article's bytes were read.
public enum SourceEncoding: String, Sendable {
    case utf8
    case windows1252
}

/// An article's text, ready for parsing: LF line breaks, no controls, nothing unprintable.
public struct DecodedText: Sendable {
    public var text: String
    public var encoding: SourceEncoding
    /// Controls, escape sequences and bidi controls taken out (each sequence counts once).
    public var removedControls: Int
    /// In a UTF-8 text, bytes that were not UTF-8 and were read as Windows-1252 characters.
    public var repairedBytes: Int
    /// The text is known to be in NFC already (checked piece by piece while decoding); false
    /// when it was not checked.
    public var isKnownNFC = false

    public init(text: String, encoding: SourceEncoding, removedControls: Int, repairedBytes: Int = 0) {
        self.text = text
        self.encoding = encoding
        self.removedControls = removedControls
        self.repairedBytes = repairedBytes
    }
}

/// Reads an article file's bytes into safe text.
public enum TextDecoder {
    /// How much of the start of a file decides whether it is text.
    static let binarySniffLength = 8192

    /// True for data that is not text: it holds a NUL byte, or more than a tenth of its
    /// first 8 KiB are control bytes (tab, LF, CR and form feed are text).
    public static func isBinary(_ bytes: UnsafeRawBufferPointer) -> Bool {
        guard let base = bytes.baseAddress, !bytes.isEmpty else { return false }
        if memchr(base, 0, bytes.count) != nil { return true }
        let prefix = bytes.prefix(binarySniffLength)
        var controls = 0
        for byte in prefix where byte < 0x20 || byte == 0x7F {
            switch byte {
            case 0x09, 0x0A, 0x0C, 0x0D: break
            default: controls += 1
            }
        }
        return controls * 10 > prefix.count
    }

    /// UTF-8 when the bytes are valid UTF-8; then sanitized. Bytes that are not UTF-8 are read
    /// as Windows-1252: only those bytes when UTF-8 sequences are at least as many (a stray byte
    /// pasted into a UTF-8 file keeps the file's accents), the whole file otherwise.
    public static func decode(_ bytes: UnsafeRawBufferPointer) -> DecodedText {
        let buffer = bytes.bindMemory(to: UInt8.self)
        if let text = sanitizedUTF8(buffer) { return text }
        let (sequences, strayBytes) = surveyUTF8(buffer)
        return sanitized(buffer, as: sequences > 0 && sequences >= strayBytes ? .utf8 : .windows1252, repairing: true)!
    }

    /// Whether the bytes are all well-formed UTF-8: then `sanitized(_:as: .utf8, repairing: false)`
    /// of any part of them cut between scalars succeeds.
    static func isUTF8(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var index = 0
        while true {
            // Plain ASCII text sixteen bytes at a time; from any other byte, one scalar at a time.
            index = ASCII.endOfText(bytes, from: index)
            guard index < bytes.count else { return true }
            guard let (_, length) = UTF8Scalar.validatedDecode(bytes, at: index) else { return false }
            index += length
        }
    }

    /// How many well-formed multi-byte UTF-8 sequences the bytes hold, and how many bytes are
    /// not part of one (nor ASCII).
    static func surveyUTF8(_ bytes: UnsafeBufferPointer<UInt8>) -> (sequences: Int, strayBytes: Int) {
        var sequences = 0
        var strayBytes = 0
        var index = hasByteOrderMark(bytes) ? 3 : 0
        while index < bytes.count {
            if bytes[index] < 0x80 {
                index += 1
            } else if let (_, length) = UTF8Scalar.validatedDecode(bytes, at: index) {
                sequences += 1
                index += length
            } else {
                strayBytes += 1
                index += 1
            }
        }
        return (sequences, strayBytes)
    }

    /// The sanitized text. In UTF-8, a byte that is not UTF-8 makes it nil, or, when
    /// `repairing`, is read as the Windows-1252 character it most likely is.
    /// `skipsByteOrderMark` is false for a part of the bytes that is not their start.
    static func sanitized(_ bytes: UnsafeBufferPointer<UInt8>, as encoding: SourceEncoding,
                          repairing: Bool, skipsByteOrderMark: Bool = true) -> DecodedText? {
        var sanitizer = TextSanitizer(capacity: bytes.count)
        var repairedBytes = 0
        let count = bytes.count
        var index = skipsByteOrderMark && hasByteOrderMark(bytes) ? 3 : 0
        while index < count {
            let byte = bytes[index]
            if byte >= 0x20 && byte < 0x7F && sanitizer.copiesPlainText {
                let runEnd = encoding == .utf8
                    ? endOfPlainUTF8(bytes, from: index + 1)
                    : endOfPrintableASCII(bytes, from: index + 1)
                sanitizer.appendPlainText(UnsafeBufferPointer(rebasing: bytes[index..<runEnd]))
                index = runEnd
                continue
            }
            switch encoding {
            case .utf8:
                if let (scalar, length) = UTF8Scalar.validatedDecode(bytes, at: index) {
                    sanitizer.consume(scalar)
                    index += length
                } else {
                    guard repairing else { return nil }
                    sanitizer.consumeLegacy(Windows1252.scalar(byte))
                    repairedBytes += 1
                    index += 1
                }
            case .windows1252:
                sanitizer.consumeLegacy(Windows1252.scalar(byte))
                index += 1
            }
        }
        // The sanitizer writes well-formed UTF-8 only (scalars it validated or made), so the text
        // is copied without validating it again, which cost as much as the sanitizing.
        let text = String(wellFormedUTF8: sanitizer.output)
        return DecodedText(text: text, encoding: encoding, removedControls: sanitizer.removedControls,
                           repairedBytes: repairedBytes)
    }

    private static func hasByteOrderMark(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        bytes.count >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF
    }

    @inline(__always)
    private static func endOfPrintableASCII(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
        var index = ASCII.endOfPrintableWords(bytes, from: start)
        while index < bytes.count {
            let byte = bytes[index]
            guard byte >= 0x20 && byte < 0x7F else { break }
            index += 1
        }
        return index
    }

    /// The end of a run of valid UTF-8 that the sanitizer would copy unchanged: printable
    /// scalars other than line separators and bidi controls. The run stops before anything
    /// else, including malformed bytes, which the caller then looks at one by one.
    @inline(__always)
    private static func endOfPlainUTF8(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
        var index = ASCII.endOfPrintableWords(bytes, from: start)
        while index < bytes.count {
            let byte = bytes[index]
            if byte >= 0x20 && byte < 0x7F {
                index += 1
                continue
            }
            guard byte >= 0x80, let (scalar, length) = UTF8Scalar.validatedDecode(bytes, at: index),
                  copiesUnchanged(scalar)
            else { break }
            index += length
        }
        return index
    }

    /// A scalar outside ASCII that the sanitizer copies as it is: printable, not a C1 control,
    /// line or paragraph separator or bidi control.
    @inline(__always)
    static func copiesUnchanged(_ scalar: UInt32) -> Bool {
        scalar >= 0xA0 && !(0x2028...0x202E).contains(scalar) && !(0x2066...0x2069).contains(scalar)
            && DisplayWidth.classOf(scalar) != 0
    }
}
