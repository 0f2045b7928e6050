/// DEFLATE decoding (RFC 1951): the data of a gzip member.
enum Inflate {
    /// The bytes of the DEFLATE stream starting at `reader`'s position, appended to `output`;
    /// `reader` is left after the stream's last block. Refuses to grow `output` past `limit`.
    static func stream(_ reader: inout BitReader, into output: inout [UInt8], limit: Int) throws(DecompressionError) {
        var isLast = false
        while !isLast {
            isLast = try reader.take(1) == 1
            switch try reader.take(2) {
            case 0: try storedBlock(&reader, into: &output)
            case 1: try codedBlock(&reader, literals: FixedCodes.literals, distances: FixedCodes.distances, into: &output, limit: limit)
            case 2:
                let (literals, distances) = try dynamicCodes(&reader)
                try codedBlock(&reader, literals: literals, distances: distances, into: &output, limit: limit)
            default: throw .malformed("a block has the reserved type 3")
            }
            guard output.count <= limit else { throw .tooLarge(limit: limit) }
        }
    }

    private static func storedBlock(_ reader: inout BitReader, into output: inout [UInt8]) throws(DecompressionError) {
        reader.alignToByte()
        let length = try reader.take(16)
        guard try reader.take(16) == length ^ 0xFFFF else { throw .malformed("a stored block's length is damaged") }
        try reader.copyBytes(length, to: &output)
    }

    /// Literals, and copies of earlier output, until the end-of-block symbol.
    private static func codedBlock(_ reader: inout BitReader, literals: HuffmanTable, distances: HuffmanTable,
                                   into output: inout [UInt8], limit: Int) throws(DecompressionError) {
        while true {
            let symbol = try literals.decode(&reader)
            if symbol < 256 {
                output.append(UInt8(symbol))
                continue
            }
            if symbol == 256 { return }
            let lengthCode = symbol - 257
            guard lengthCode < LengthCodes.base.count else { throw .malformed("a length code is out of range") }
            let length = LengthCodes.base[lengthCode] + (try reader.take(LengthCodes.extraBits[lengthCode]))
            let distanceCode = try distances.decode(&reader)
            guard distanceCode < DistanceCodes.base.count else { throw .malformed("a distance code is out of range") }
            let distance = DistanceCodes.base[distanceCode] + (try reader.take(DistanceCodes.extraBits[distanceCode]))
            guard distance <= output.count else { throw .malformed("a copy reaches back before the start") }
            guard output.count + length <= limit else { throw .tooLarge(limit: limit) }
            // Byte by byte: a copy may overlap what it is writing (a run of one repeated byte).
            let start = output.count - distance
            for offset in 0..<length { output.append(output[start + offset]) }
        }
    }

    /// The two codes of a dynamic block, themselves sent with a code of code lengths.
    private static func dynamicCodes(_ reader: inout BitReader) throws(DecompressionError) -> (HuffmanTable, HuffmanTable) {
        let literalCount = try reader.take(5) + 257
        let distanceCount = try reader.take(5) + 1
        let lengthCodeCount = try reader.take(4) + 4
        var codeLengthLengths = [UInt8](repeating: 0, count: 19)
        for index in 0..<lengthCodeCount {
            codeLengthLengths[Self.codeLengthOrder[index]] = UInt8(try reader.take(3))
        }
        let codeLengths = try HuffmanTable(lengths: codeLengthLengths)
        var lengths: [UInt8] = []
        lengths.reserveCapacity(literalCount + distanceCount)
        while lengths.count < literalCount + distanceCount {
            let symbol = try codeLengths.decode(&reader)
            let (repeated, times): (UInt8, Int)
            switch symbol {
            case 0...15: (repeated, times) = (UInt8(symbol), 1)
            case 16:
                guard let previous = lengths.last else { throw .malformed("a repeat has no length before it") }
                (repeated, times) = (previous, 3 + (try reader.take(2)))
            case 17: (repeated, times) = (0, 3 + (try reader.take(3)))
            default: (repeated, times) = (0, 11 + (try reader.take(7)))
            }
            guard lengths.count + times <= literalCount + distanceCount else { throw .malformed("code lengths run past their count") }
            lengths.append(contentsOf: repeatElement(repeated, count: times))
        }
        guard lengths[256] > 0 else { throw .malformed("a block has no end code") }
        return (try HuffmanTable(lengths: lengths[..<literalCount]), try HuffmanTable(lengths: lengths[literalCount...]))
    }

    /// The order in which a dynamic block sends the code lengths of its code-length code.
    private static let codeLengthOrder = [16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1, 15]

    private enum LengthCodes {
        static let base = [3, 4, 5, 6, 7, 8, 9, 10, 11, 13, 15, 17, 19, 23, 27, 31, 35, 43, 51, 59, 67, 83, 99, 115, 131, 163, 195, 227, 258]
        static let extraBits = [0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3, 4, 4, 4, 4, 5, 5, 5, 5, 0]
    }

    private enum DistanceCodes {
        static let base = [1, 2, 3, 4, 5, 7, 9, 13, 17, 25, 33, 49, 65, 97, 129, 193, 257, 385, 513, 769, 1025, 1537, 2049,
                           3073, 4097, 6145, 8193, 12289, 16385, 24577]
        static let extraBits = [0, 0, 0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 6, 6, 7, 7, 8, 8, 9, 9, 10, 10, 11, 11, 12, 12, 13, 13]
    }

    /// The codes of a fixed-code block (RFC 1951, 3.2.6).
    private enum FixedCodes {
        // Lengths from a fixed, valid table: building them cannot fail.
        static let literals = try! HuffmanTable(lengths: [UInt8](repeating: 8, count: 144) + [UInt8](repeating: 9, count: 112)
                                                    + [UInt8](repeating: 7, count: 24) + [UInt8](repeating: 8, count: 8))
        static let distances = try! HuffmanTable(lengths: [UInt8](repeating: 5, count: 30))
    }
}
