#if canImport(Glibc)
import Glibc
#endif

/// A quick test on an article file's raw bytes that rules out files which cannot contain a
/// match, before they are decoded and parsed.
///
/// It looks for the longest pieces of the query made only of ASCII characters that nothing
/// else can turn into ("needles"); every one must be in the file. Parsing decodes bytes
/// (UTF-8, or a single-byte code page whose bytes 0x80–0xFF are never ASCII), turns line
/// breaks and blank runs into spaces, and removes control characters and escape sequences. So
/// in the raw bytes a needle's characters appear in order, separated at most by bytes that
/// parsing may remove: non-ASCII bytes and control bytes other than tab and line feed. Escape
/// sequences also remove printable bytes, so a file that has one could hide a match anywhere:
/// such files always pass. The parser joins a word hyphenated across a line break ("self-" /
/// "care" → "self-care"), so a hyphen ends a piece: no needle spans one.
struct RawFilePrefilter: Sendable {
    /// Longest first, lower case when `foldsCase`. None when the query has no usable piece:
    /// then every file passes.
    let needles: [[UInt8]]
    let foldsCase: Bool

    /// More needles reject more files but cost a pass each over files that have the first ones.
    static let maximumNeedles = 3

    /// `text` must be NFC, trimmed and single-spaced, as `SearchQuery.text` is.
    init(text: String, caseSensitive: Bool) {
        foldsCase = !caseSensitive
        let unreliable = Self.unreliableASCII(caseSensitive: caseSensitive)
        var pieces: [[UInt8]] = [[]]
        for scalar in text.unicodeScalars {
            let value = scalar.value
            if value > 0x20, value < 0x7F, value != 0x2D, !unreliable.contains(UInt8(value)) {
                pieces[pieces.count - 1].append(UInt8(caseSensitive ? value : CaseFolding.fold(scalar).value))
            } else if !pieces[pieces.count - 1].isEmpty {
                pieces.append([])
            }
        }
        let longestFirst = pieces.filter { !$0.isEmpty }.enumerated().sorted {
            $0.element.count != $1.element.count ? $0.element.count > $1.element.count : $0.offset < $1.offset
        }
        needles = longestFirst.prefix(Self.maximumNeedles).map(\.element)
    }

    func mayMatch(_ bytes: UnsafeRawBufferPointer) -> Bool {
        let raw = bytes.bindMemory(to: UInt8.self)
        return needles.allSatisfy { contains($0, in: raw) } || Self.mayHideText(raw)
    }

    /// Scalars outside ASCII that NFC maps to ASCII (Kelvin sign, Greek question mark, Greek
    /// varia); a test checks the list against all of Unicode.
    static let asciiByNormalization: [UInt32] = [0x037E, 0x1FEF, 0x212A]

    /// ASCII characters that the text could hold as a non-ASCII scalar matching them (through
    /// NFC, or through case folding): a needle must not contain them.
    static func unreliableASCII(caseSensitive: Bool) -> Set<UInt8> {
        var sources = asciiByNormalization.compactMap(Unicode.Scalar.init)
            .map { Normalization.nfc(String($0)).unicodeScalars.first! }
        if !caseSensitive { sources += CaseFolding.irregularScalars.compactMap(Unicode.Scalar.init) }
        var unreliable = Set<UInt8>()
        for source in sources {
            let target = caseSensitive ? source : CaseFolding.fold(source)
            if target.isASCII { unreliable.insert(UInt8(target.value)) }
        }
        return unreliable
    }

    @inline(__always)
    private static func isRemovable(_ byte: UInt8) -> Bool {
        byte >= 0x7F || (byte < 0x20 && byte != 0x09 && byte != 0x0A)
    }

    @inline(__always)
    private func folded(_ byte: UInt8) -> UInt8 {
        foldsCase ? ASCII.lowercased(byte) : byte
    }

    /// Whether `needle` is in `bytes`, its characters possibly separated by removable bytes.
    /// Candidates are found with `memchr`, once for each case of the first letter.
    private func contains(_ needle: [UInt8], in bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let first = needle[0]
        let otherCase: UInt8? = foldsCase && ASCII.uppercased(first) != first ? ASCII.uppercased(first) : nil
        let count = bytes.count
        var nextFirst = Self.find(first, in: bytes, from: 0)
        var nextOther = otherCase.map { Self.find($0, in: bytes, from: 0) } ?? count
        while true {
            let i = min(nextFirst, nextOther)
            if i >= count { return false }
            if matches(needle, in: bytes, at: i) { return true }
            if i == nextFirst {
                nextFirst = Self.find(first, in: bytes, from: i + 1)
            } else {
                nextOther = Self.find(otherCase!, in: bytes, from: i + 1)
            }
        }
    }

    @inline(__always)
    private func matches(_ needle: [UInt8], in bytes: UnsafeBufferPointer<UInt8>, at start: Int) -> Bool {
        var j = start + 1
        var matched = 1
        while matched < needle.count, j < bytes.count {
            let byte = bytes[j]
            if folded(byte) == needle[matched] {
                matched += 1
            } else if !Self.isRemovable(byte) {
                return false
            }
            j += 1
        }
        return matched == needle.count
    }

    /// The index of the first `byte` at or after `start`, or `bytes.count`.
    @inline(__always)
    static func find(_ byte: UInt8, in bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
        guard start < bytes.count, let base = bytes.baseAddress,
              let found = memchr(base + start, Int32(byte), bytes.count - start) else { return bytes.count }
        return base.distance(to: found.assumingMemoryBound(to: UInt8.self))
    }

    /// True when the bytes hold something whose removal takes printable text with it: an ESC,
    /// or the C1 CSI (U+009B) written in UTF-8. The sanitizer removes other C1 controls alone,
    /// and a file that is not UTF-8 is read as Windows-1252, where byte 0x9B is "›".
    static func mayHideText(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        if find(0x1B, in: bytes, from: 0) < bytes.count { return true }
        var i = find(0xC2, in: bytes, from: 0)
        while i + 1 < bytes.count {
            if bytes[i + 1] == 0x9B { return true }
            i = find(0xC2, in: bytes, from: i + 1)
        }
        return false
    }
}
