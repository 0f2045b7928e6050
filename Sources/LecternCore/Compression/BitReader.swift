/// Reads a DEFLATE stream's bits, least significant bit of each byte first (RFC 1951, 3.1.1).
/// Up to 64 bits wait in `buffer`, so a Huffman code and its extra bits rarely need a reload.
struct BitReader {
    private let bytes: UnsafeBufferPointer<UInt8>
    /// The next byte not yet in `buffer`.
    private var next: Int
    private var buffer: UInt64 = 0
    private var count = 0

    init(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int) {
        self.bytes = bytes
        next = start
    }

    /// The first byte not used yet, once the bits of a partly used byte are dropped.
    var byteOffset: Int { next - count / 8 }

    /// The next `width` bits (at most 32) as a number; consumed.
    mutating func take(_ width: Int) throws(DecompressionError) -> Int {
        let value = try peek(width, required: width)
        drop(width)
        return value
    }

    /// Up to `width` bits without consuming them; at least `required` must be left in the stream.
    /// Near the end fewer than `width` may be there, and the missing high bits read as zero.
    mutating func peek(_ width: Int, required: Int) throws(DecompressionError) -> Int {
        if count < width { refill() }
        guard count >= required else { throw .truncated }
        return Int(truncatingIfNeeded: buffer & ((1 << UInt64(width)) - 1))
    }

    mutating func drop(_ width: Int) {
        buffer >>= UInt64(width)
        count -= width
    }

    /// Skips to the next byte boundary, as a stored block starts there.
    mutating func alignToByte() {
        drop(count % 8)
    }

    /// `length` bytes straight from the stream, once aligned to a byte.
    mutating func copyBytes(_ length: Int, to output: inout [UInt8]) throws(DecompressionError) {
        let start = byteOffset
        guard length <= bytes.count - start else { throw .truncated }
        output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[start..<start + length]))
        next = start + length
        buffer = 0
        count = 0
    }

    private mutating func refill() {
        while count <= 56, next < bytes.count {
            buffer |= UInt64(bytes[next]) << UInt64(count)
            next += 1
            count += 8
        }
    }
}
