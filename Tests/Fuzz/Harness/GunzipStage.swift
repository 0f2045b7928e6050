/// Bytes → gzip decompression: damaged headers, Huffman tables and copies are refused, never
/// trapped, and nothing grows past the limit. Input without gzip's magic gets a minimal header,
/// so the fuzzer spends its time in the DEFLATE stream.
enum GunzipStage {
    static let limit = 1 << 20

    static func run(_ bytes: [UInt8]) {
        let input = Gzip.isCompressed(bytes) ? bytes : [0x1F, 0x8B, 0x08, 0, 0, 0, 0, 0, 0, 0xFF] + bytes
        guard let output = try? Gzip.decompress(input, limit: limit) else { return }
        FuzzCheck.require(output.count <= limit, "decompressed past the limit")
    }
}
