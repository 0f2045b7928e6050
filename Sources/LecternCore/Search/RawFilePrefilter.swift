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
        foldsCase && byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte
    }

    private func contains(_ needle: [UInt8], in bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let first = needle[0]
        let isLetter = first >= 0x61 && first <= 0x7A
        let stop = ByteScan.Stop(target: first, caseBit: foldsCase && isLetter ? 0x20 : 0)
        return needle.withUnsafeBufferPointer { needle in
            let count = bytes.count
            var i = 0
            while i < count {
                i = ByteScan.next(stop, in: bytes, from: i)
                guard i < count else { return false }
                defer { i += 1 }
                var j = i + 1
                var matched = 1
                while matched < needle.count, j < count {
                    let byte = bytes[j]
                    if folded(byte) == needle[matched] {
                        matched += 1
                    } else if !Self.isRemovable(byte) {
                        break
                    }
                    j += 1
                }
                if matched == needle.count { return true }
            }
            return false
        }
    }

    /// True when the bytes hold something whose removal could take printable text with it:
    /// an ESC, or a C1 control that opens a sequence (DCS, SOS, CSI, OSC, PM, APC), whether
    /// encoded in UTF-8 (0xC2 0x9B) or as a lone byte of a single-byte code page.
    static func mayHideText(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let count = bytes.count
        var i = 0
        while i < count {
            // Skip eight bytes at a time while none is ESC or in 0x90...0x9F.
            if i + 8 <= count, let base = bytes.baseAddress {
                let word = UnsafeRawPointer(base).loadUnaligned(fromByteOffset: i, as: UInt64.self)
                let escape = word ^ ByteScan.repeated(0x1B)
                let c1Range = (word & ByteScan.repeated(0xF0)) ^ ByteScan.repeated(0x90)
                if !ByteScan.hasZeroByte(escape), !ByteScan.hasZeroByte(c1Range) {
                    i += 8
                    continue
                }
            }
            let previous = i > 0 ? bytes[i - 1] : 0
            switch bytes[i] {
            case 0x1B:
                return true
            case 0x90, 0x98, 0x9B, 0x9D, 0x9E, 0x9F:
                let isLone = previous < 0x80 || previous == 0xC0 || previous == 0xC1 || previous >= 0xF5
                if isLone || previous == 0xC2 { return true }
            default:
                break
            }
            i += 1
        }
        return false
    }
}
