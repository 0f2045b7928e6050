#if canImport(Glibc)
import Glibc
#endif

/// File names as the system has them: bytes, not always UTF-8. A name is held in a `String`
/// (as every path in Lectern is) by a reversible mapping: valid UTF-8 stays as it is, and each
/// byte that is not part of valid UTF-8 becomes one scalar of a private-use block,
/// U+10FC80...U+10FCFF (much as Python's "surrogateescape" does with lone surrogates, which a
/// Swift string cannot hold). A name that itself holds scalars of that block has their bytes
/// mapped too, so the mapping is one-to-one and `bytes(of:)` gives back the exact name.
public enum FileName {
    /// The first scalar of the block that stands for raw bytes; byte b is `rawBase + b`.
    static let rawBase: UInt32 = 0x10FC00
    private static let rawBytes: ClosedRange<UInt32> = (rawBase + 0x80)...(rawBase + 0xFF)

    /// The name the system gave, as a string that `bytes(of:)` turns back into the same bytes.
    public static func string(fromBytes bytes: some Collection<UInt8>) -> String {
        // Most names are ASCII, which is its own UTF-8 and holds no raw-byte scalar: a folder
        // of ten thousand names is read without validating each one as Unicode.
        if let ascii = bytes.withContiguousStorageIfAvailable({ ASCII.holdsOnlyASCII($0) ? String(decoding: $0, as: UTF8.self) : nil }) ?? nil {
            return ascii
        }
        if let text = String(validating: bytes, as: UTF8.self), !hasRawBytes(text) { return text }
        var text = String.UnicodeScalarView()
        var pending = Array(bytes)[...]
        // Decode scalar by scalar; where a sequence is invalid, keep its first byte raw and go on.
        while let first = pending.first {
            var iterator = pending.makeIterator()
            var decoder = UTF8()
            if case .scalarValue(let scalar) = decoder.decode(&iterator) {
                if rawBytes.contains(scalar.value) {
                    for byte in String(scalar).utf8 { text.append(raw(byte)) }
                } else {
                    text.append(scalar)
                }
                pending = pending.dropFirst(UTF8.width(scalar))
            } else {
                text.append(raw(first))
                pending = pending.dropFirst()
            }
        }
        return String(text)
    }

    /// A name from the system (an argument, an environment variable), bytes kept.
    public static func string(fromCString name: UnsafePointer<CChar>) -> String {
        string(fromBytes: UnsafeBufferPointer(start: name, count: strlen(name)).map { UInt8(bitPattern: $0) })
    }

    /// The bytes of the name `name` stands for: its UTF-8, with raw-byte scalars as their byte.
    public static func bytes(of name: String) -> [UInt8] {
        guard mayHoldRawBytes(name) else { return Array(name.utf8) }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(name.utf8.count)
        for scalar in name.unicodeScalars {
            if rawBytes.contains(scalar.value) {
                bytes.append(UInt8(scalar.value - rawBase))
            } else {
                bytes += String(scalar).utf8
            }
        }
        return bytes
    }

    /// Calls `body` with the name as a NUL-terminated C string of its real bytes, for `open`,
    /// `stat` and friends.
    public static func withCString<Result>(_ name: String, _ body: (UnsafePointer<CChar>) throws -> Result) rethrows -> Result {
        guard mayHoldRawBytes(name) else { return try name.withCString(body) }
        var bytes = bytes(of: name).map { CChar(bitPattern: $0) }
        bytes.append(0)
        return try bytes.withUnsafeBufferPointer { try body($0.baseAddress!) }
    }

    /// True when the name's bytes are not all valid UTF-8.
    public static func hasRawBytes(_ name: String) -> Bool {
        mayHoldRawBytes(name) && name.unicodeScalars.contains { rawBytes.contains($0.value) }
    }

    /// False for nearly every name: every raw-byte scalar is written in UTF-8 with the lead
    /// byte 0xF4 (as is every scalar from U+100000 on), so a name without one is its own bytes.
    /// (Searched with `memchr`: every file a listing opens asks this of its path.)
    private static func mayHoldRawBytes(_ name: String) -> Bool {
        name.utf8.withContiguousStorageIfAvailable { bytes in
            bytes.baseAddress.map { memchr($0, 0xF4, bytes.count) != nil } ?? false
        } ?? name.utf8.contains(0xF4)
    }

    /// The byte a raw-byte scalar stands for, or nil for any other scalar.
    static func rawByte(_ scalar: Unicode.Scalar) -> UInt8? {
        rawBytes.contains(scalar.value) ? UInt8(scalar.value - rawBase) : nil
    }

    private static func raw(_ byte: UInt8) -> Unicode.Scalar {
        Unicode.Scalar(rawBase + UInt32(byte))!
    }
}
