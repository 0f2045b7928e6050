/// gzip files (RFC 1952): Debian keeps most of `/usr/share/doc` compressed, and `less` (through
/// lesspipe) and `zless` read them as text. A file that starts with gzip's magic bytes is read
/// through its decompressed bytes, wherever an article is read.
enum Gzip {
    /// What no reader should hold in memory: far past the longest article, short of a bomb.
    static let decompressedLimit = 1 << 30

    /// Whether `bytes` start like a gzip member (magic bytes, then DEFLATE as the method).
    static func isCompressed(_ bytes: some Collection<UInt8>) -> Bool {
        bytes.starts(with: [0x1F, 0x8B, 0x08])
    }

    /// The decompressed bytes of every member, in order, each checked against its CRC-32 and
    /// length. Bytes after the last member that do not start another one are ignored, as
    /// `gzip -d` does (tape padding, for one).
    static func decompress(_ bytes: [UInt8], limit: Int = decompressedLimit) throws(DecompressionError) -> [UInt8] {
        var output: [UInt8] = []
        try bytes.withUnsafeBufferPointer { (bytes) throws(DecompressionError) in
            var start = 0
            repeat {
                let dataStart = try headerEnd(bytes, from: start)
                let memberStart = output.count
                var reader = BitReader(bytes, from: dataStart)
                try Inflate.stream(&reader, into: &output, limit: limit)
                let trailer = reader.byteOffset
                guard bytes.count - trailer >= 8 else { throw .truncated }
                let storedCRC = littleEndian(bytes, at: trailer)
                let storedLength = littleEndian(bytes, at: trailer + 4)
                let crc = output.withUnsafeBufferPointer { CRC32.checksum(UnsafeBufferPointer(rebasing: $0[memberStart...])) }
                guard crc == storedCRC, UInt32(truncatingIfNeeded: output.count - memberStart) == storedLength else {
                    throw .checksumMismatch
                }
                start = trailer + 8
            } while isCompressed(bytes[start...])
        }
        return output
    }

    /// Where a member's DEFLATE data starts: after the fixed header and the optional fields
    /// its flags announce (extra field, file name, comment, header check).
    private static func headerEnd(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int) throws(DecompressionError) -> Int {
        guard bytes.count - start >= 10 else { throw .truncated }
        guard isCompressed(bytes[start...]) else { throw .malformed("not a gzip file") }
        let flags = bytes[start + 3]
        guard flags & 0xE0 == 0 else { throw .malformed("its header has unknown flags") }
        var position = start + 10
        if flags & 0x04 != 0 {
            guard bytes.count - position >= 2 else { throw .truncated }
            position += 2 + (Int(bytes[position]) | Int(bytes[position + 1]) << 8)
        }
        for flag: UInt8 in [0x08, 0x10] where flags & flag != 0 {
            // A file name or a comment: zero-terminated.
            guard let end = bytes[min(position, bytes.count)...].firstIndex(of: 0) else { throw .truncated }
            position = end + 1
        }
        if flags & 0x02 != 0 { position += 2 }
        guard position <= bytes.count else { throw .truncated }
        return position
    }

    private static func littleEndian(_ bytes: UnsafeBufferPointer<UInt8>, at offset: Int) -> UInt32 {
        (0..<4).reduce(0) { $0 | UInt32(bytes[offset + $1]) << (8 * UInt32($1)) }
    }
}
