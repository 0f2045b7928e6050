/// A canonical Huffman code (RFC 1951, 3.2.2) as one lookup table: indexed by the next
/// `width` bits of the stream, each entry holds the symbol and its code length, so one
/// lookup decodes a symbol. Codes shorter than `width` fill every entry they prefix.
struct HuffmanTable {
    private var entries: [UInt16]
    private let width: Int

    static let longestCode = 15

    /// The code whose symbol `s` has code length `lengths[s]` (0: no code).
    init(lengths: some Collection<UInt8>) throws(DecompressionError) {
        var perLength = [Int](repeating: 0, count: Self.longestCode + 1)
        for length in lengths { perLength[Int(length)] += 1 }
        perLength[0] = 0
        // More codes of a length than the shorter ones leave room for: no prefix code.
        var room = 1
        for length in 1...Self.longestCode {
            room = room * 2 - perLength[length]
            guard room >= 0 else { throw .malformed("a Huffman code is over-subscribed") }
        }
        var firstCode = [Int](repeating: 0, count: Self.longestCode + 1)
        var code = 0
        for length in 1...Self.longestCode {
            code = (code + perLength[length - 1]) << 1
            firstCode[length] = code
        }
        width = max(1, perLength.lastIndex { $0 > 0 } ?? 1)
        // Entry 0 is no code: an incomplete code (one distance code, or none) may be read past.
        entries = [UInt16](repeating: 0, count: 1 << width)
        for (symbol, length) in lengths.enumerated() where length > 0 {
            let length = Int(length)
            let code = firstCode[length]
            firstCode[length] += 1
            // The stream sends a code's first bit first, so the table is indexed bit-reversed.
            var reversed = 0
            for bit in 0..<length where code & (1 << (length - 1 - bit)) != 0 { reversed |= 1 << bit }
            let entry = UInt16(symbol << 4 | length)
            var index = reversed
            while index < entries.count {
                entries[index] = entry
                index += 1 << length
            }
        }
    }

    /// The next symbol of the stream; its code consumed.
    func decode(_ reader: inout BitReader) throws(DecompressionError) -> Int {
        let entry = Int(entries[try reader.peek(width, required: 1)])
        let length = entry & 0xF
        guard length > 0 else { throw .malformed("a Huffman code is not in its table") }
        // Near the end a peek may have fewer bits than the table's width: the code must fit.
        _ = try reader.peek(length, required: length)
        reader.drop(length)
        return entry >> 4
    }
}
