#if canImport(Glibc)
import Glibc
#endif

/// `show`'s output of a long article made straight from its file's bytes, chunk by chunk
/// (`ArticleChunks`) on all cores: each chunk decoded, parsed, laid out and shown by one core,
/// and written as soon as the chunks before it are. Nothing waits for the whole text to be
/// decoded or parsed, and no whole text, document or layout is ever held.
extension ArticleLayout {
    /// Files shorter than twice this are shown whole.
    static let chunkBytes = 128 * 1024

    /// Writes the lines `writeShownLines` would write of the document of the article whose file
    /// holds `bytes`, and returns true; or writes nothing and returns false when the file is not
    /// one to cut (short, binary, not all UTF-8, with no place to cut it): the caller then loads
    /// it whole. `write` returns false to stop.
    static func writeShownLines(ofFile bytes: UnsafeBufferPointer<UInt8>, width: Int, chunkBytes: Int = chunkBytes,
                                _ write: ([UInt8]) -> Bool) -> Bool {
        // Bytes that are not all UTF-8 are decoded as a whole (how depends on all of them).
        // `isBinary` of the whole bytes is that of their head but for a NUL byte further on, which
        // `isUTF8Text` looks for on all cores.
        let head = UnsafeBufferPointer(rebasing: bytes.prefix(TextDecoder.binarySniffLength))
        guard bytes.count >= 2 * chunkBytes, !TextDecoder.isBinary(UnsafeRawBufferPointer(head)),
              let chunks = ArticleChunks.ranges(bytes, chunkBytes: chunkBytes), isUTF8Text(bytes) else { return false }
        let width = max(LayoutMetrics.minimumWidth, width)
        keepFreedMemory()
        var lastRole: LayoutLine.Role?
        Parallel.forEachInOrder(chunks.indices, window: shownPiecesAtOnce) { index in
            let isLast = index == chunks.count - 1
            let chunk = UnsafeBufferPointer(rebasing: bytes[chunks[index]])
            var text = plainText(chunk, isFirst: index == 0) ?? {
                let decoded = TextDecoder.sanitized(chunk, as: .utf8, repairing: false, skipsByteOrderMark: index == 0)!
                // NFC is local too: no scalar composes across a line feed.
                return Normalization.nfc(decoded.text)
            }()
            // Decoded text holds no control, separator or bidi control, so of what `show` escapes
            // (`ControlEscaping`) only a scalar standing for a file name's raw byte may be in it,
            // and it starts with F4; the prefixes are the layout's own or the text's.
            let needsNoEscapes = text.withUTF8 { $0.isEmpty || memchr($0.baseAddress!, 0xF4, $0.count) == nil }
            let document = ArticleParser.chunkDocument(text, isFirst: index == 0, isLast: isLast)
            var part = ArticleLayout(width: width)
            part.add(document.elements[...], document.passages)
            if isLast {
                while part.lines.last?.role == .blank { part.lines.removeLast() }
            }
            var opensWithHeading = false
            if case .heading = document.elements.first { opensWithHeading = true }
            return (opensWithHeading: opensWithHeading, shown: part.shownLines(part.lines.indices, document.passages, needsNoEscapes: needsNoEscapes),
                    lastRole: part.lines.last?.role)
        } consume: { part in
            // The blank line a heading set on its own lacks (see `join`).
            if part.opensWithHeading, let lastRole, lastRole != .blank {
                guard write([0x0A]) else { return false }
            }
            guard write(part.shown) else { return false }
            lastRole = part.lastRole ?? lastRole
            return true
        }
        return true
    }

    /// Each chunk allocates and frees buffers of about the same sizes (its text, its lines, its
    /// output): the heap keeps what is freed for the next chunk rather than handing it back to
    /// the system, which faults every page in again (10 MB: 10,500 page faults -> 3,500, and a
    /// third less processor time). Only memory a chunk can reuse is kept: at most the window's.
    private static func keepFreedMemory() {
        GNUCalls.setMallocThresholds(mmapThreshold: 32 * 1024 * 1024, trimThreshold: 256 * 1024 * 1024)
    }

    /// A chunk's decoded text, made straight from its bytes when decoding would copy them
    /// unchanged (`PlainFile`: UTF-8 in NFC with nothing the decoder takes out), as in most
    /// articles: one pass over the bytes by lanes, in place of the decoder's and NFC's. Nil for a
    /// chunk with a tab or a CR (decoding changes those) or anything else `PlainFile` turns down.
    static func plainText(_ chunk: UnsafeBufferPointer<UInt8>, isFirst: Bool) -> String? {
        let text = isFirst ? PlainFile.text(chunk) : chunk
        guard let base = text.baseAddress, memchr(base, 0x09, text.count) == nil, memchr(base, 0x0D, text.count) == nil,
              PlainFile.isPlain(text) else { return nil }
        // Checked as UTF-8 before any chunk was cut (`isUTF8Text`).
        return String(wellFormedUTF8: text)
    }

    /// `TextDecoder.isUTF8`, and no NUL byte, on all cores, in pieces cut after line feeds.
    private static func isUTF8Text(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let pieces = TextDecoder.decodingPieces(bytes, pieceBytes: 1024 * 1024)
        return Parallel.map(pieces.indices, batch: 1) { index in
            let piece = UnsafeBufferPointer(rebasing: bytes[pieces[index]])
            return memchr(piece.baseAddress!, 0, piece.count) == nil && TextDecoder.isUTF8(piece)
        }.allSatisfy { $0 }
    }
}

extension Library {
    /// Writes the article `id` as `show` prints it at `width`, straight from its file in chunks
    /// (`ArticleLayout.writeShownLines(ofFile:)`), and returns nil; or, having written nothing
    /// when the file is not one to cut, returns the article loaded whole from the same bytes (as
    /// `load(id:)` does) for the caller to show.
    public func writeShownInChunks(id: String, width: Int, _ write: ([UInt8]) -> Bool) throws(LibraryError) -> Article? {
        guard let entry = entry(id: id) else { throw .unknownArticle(id, suggestions: []) }
        return try ArticleFile.withMapped(entry.path, minimumSize: 2 * ArticleLayout.chunkBytes) { mapped throws(LibraryError) in
            // Too short to cut, or gzip: read (and decompressed) whole.
            guard let mapped else {
                let bytes = try ArticleFile.readAll(entry.path)
                if bytes.withUnsafeBufferPointer({ ArticleLayout.writeShownLines(ofFile: $0, width: width, write) }) { return nil }
                return try article(fromFile: bytes, path: entry.path, id: id)
            }
            if ArticleLayout.writeShownLines(ofFile: mapped, width: width, write) { return nil }
            return try article(fromFile: Array(mapped), path: entry.path, id: id)
        }
    }
}
