#if canImport(Glibc)
import Glibc
#endif

/// Reads an article file's bytes: the whole of it, or only its head and tail when a
/// listing needs just the title and the footer.
enum ArticleFile {
    /// Files up to this size are read whole even for a listing.
    static let wholeReadLimit = 8 * 1024
    /// How much of the end of a larger file a listing reads: a footer fits with room to spare.
    /// Also the most of its head a listing reads.
    static let excerptSize = 4 * 1024
    /// How much of the head of a larger file a listing reads when its title line is plain and
    /// ends within it (`holdsWholePlainTitle`), as it does in nearly every article: the rest of
    /// a longer head would be copied and checked for nothing.
    static let shortHeadSize = 1024

    struct Excerpt {
        var head: [UInt8]
        /// The end of the file, or nil when `head` is the whole file.
        var tail: [UInt8]?

        init(head: [UInt8], tail: [UInt8]?) {
            self.head = head
            self.tail = tail
        }

        /// The bytes of a head and a tail, as `withExcerpt` hands them over.
        struct Parts {
            var head: UnsafeBufferPointer<UInt8>
            /// The end of the file, or nil when `head` is the whole file.
            var tail: UnsafeBufferPointer<UInt8>?
        }

        /// `body` of the excerpt's bytes.
        func withParts<Result>(_ body: (Parts) throws(LibraryError) -> Result) throws(LibraryError) -> Result {
            try head.withUnsafeBufferPointer { (head) throws(LibraryError) in
                guard let tail else { return try body(Parts(head: head, tail: nil)) }
                return try tail.withUnsafeBufferPointer { (tail) throws(LibraryError) in try body(Parts(head: head, tail: tail)) }
            }
        }

        /// The parts a read with this `limit` keeps of a file whose whole content is `bytes`.
        init(wholeFile bytes: [UInt8], limit: Int = wholeReadLimit) {
            guard bytes.count > limit else {
                self.init(head: bytes, tail: nil)
                return
            }
            let short = bytes.prefix(shortHeadSize)
            let headSize = short.withUnsafeBufferPointer(holdsWholePlainTitle) ? shortHeadSize : excerptSize
            self.init(head: Array(bytes.prefix(headSize)), tail: Array(bytes.suffix(excerptSize)))
        }
    }

    /// A file to open: its path, or its name in a folder that is open already (the system then
    /// looks up one name, not every folder on the path: a listing opens thousands of files).
    struct Location {
        /// The path, which errors name.
        var path: String
        /// The open folder `name` is in, or `AT_FDCWD` when `name` is the path.
        var folder: Int32 = AT_FDCWD
        var name: String

        init(path: String) {
            self.path = path
            name = path
        }

        init(path: String, name: String, folder: Int32) {
            self.path = path
            self.name = name
            self.folder = folder
        }
    }

    static func readAll(_ path: String) throws(LibraryError) -> [UInt8] {
        try readAll(Location(path: path))
    }

    static func readAll(_ location: Location) throws(LibraryError) -> [UInt8] {
        let (descriptor, info) = try openRegularFile(location)
        defer { close(descriptor) }
        let whole = try readBytes(descriptor, location.path, at: 0, count: Int(info.st_size))
        return Gzip.isCompressed(whole) ? try decompressed(whole, location.path) : whole
    }

    /// Room for what a listing reads of one file, used again for the next file by the same
    /// worker: a listing of thousands of files would otherwise allocate and free one or two
    /// arrays of a few KiB for each (more instructions than the checks of their bytes).
    final class ExcerptBuffers {
        fileprivate let head = UnsafeMutableBufferPointer<UInt8>.allocate(capacity: wholeReadLimit)
        fileprivate let tail = UnsafeMutableBufferPointer<UInt8>.allocate(capacity: excerptSize)

        init() {}

        deinit {
            head.deallocate()
            tail.deallocate()
        }
    }

    /// `body` of what a listing reads of the file (read into `buffers`: the parts `Excerpt`
    /// describes, valid only during the call), and the file's stamp as it was read.
    static func withExcerpt<Result>(_ location: Location, in buffers: ExcerptBuffers,
                                    _ body: (Excerpt.Parts) throws(LibraryError) -> Result) throws(LibraryError) -> (Result, FileStamp) {
        let (descriptor, info) = try openRegularFile(location)
        defer { close(descriptor) }
        let path = location.path
        let size = Int(info.st_size)
        let stamp = FileStamp(info)
        // The whole file when it is small; else its short head, which tells a gzip file too.
        var head = try readBytes(descriptor, path, at: 0, into: buffers.head, count: size <= wholeReadLimit ? size : shortHeadSize)
        if !Gzip.isCompressed(head) {
            if size <= wholeReadLimit { return (try body(Excerpt.Parts(head: head, tail: nil)), stamp) }
            if head.count == shortHeadSize, !holdsWholePlainTitle(head) {
                let rest = UnsafeMutableBufferPointer(rebasing: buffers.head[shortHeadSize..<excerptSize])
                let more = try readBytes(descriptor, path, at: shortHeadSize, into: rest, count: rest.count)
                head = UnsafeBufferPointer(rebasing: buffers.head[..<(shortHeadSize + more.count)])
            }
            let tail = try readBytes(descriptor, path, at: size - excerptSize, into: buffers.tail, count: excerptSize)
            return (try body(Excerpt.Parts(head: head, tail: tail)), stamp)
        }
        let compressed = size <= wholeReadLimit ? Array(head) : try readBytes(descriptor, path, at: 0, count: size)
        return (try Excerpt(wholeFile: try decompressed(compressed, path)).withParts(body), stamp)
    }

    /// Whether the first `shortHeadSize` bytes of a file hold its title line whole, as plain
    /// text (`PlainFile`): then decoding a longer head would give the same title. Otherwise (a
    /// long or odd first line, a head of blank lines) the listing reads the longer head.
    static func holdsWholePlainTitle(_ head: UnsafeBufferPointer<UInt8>) -> Bool {
        let text = PlainFile.text(head)
        let lines = TextLines(bytes: text, isDecoded: false)
        guard let title = lines.firstNonBlankLine(), title.upperBound < text.count else { return false }
        return PlainFile.isPlain(UnsafeBufferPointer(rebasing: text[..<(title.upperBound + 1)]))
    }

    /// A gzip file's text: its end is only known once all of it is decompressed.
    static func decompressed(_ bytes: [UInt8], _ path: String) throws(LibraryError) -> [UInt8] {
        do {
            return try Gzip.decompress(bytes)
        } catch {
            throw .file(path, .damagedGzip(error))
        }
    }

    /// The first `count` bytes of a file, or all of it when it is at most `wholeLimit` bytes, and
    /// the file's size: the reader shows a long article from its start while the rest is read,
    /// and reads a shorter one once.
    static func readHead(_ path: String, count: Int, wholeLimit: Int) throws(LibraryError) -> (head: [UInt8], size: Int) {
        let (descriptor, info) = try openRegularFile(Location(path: path))
        defer { close(descriptor) }
        let size = Int(info.st_size)
        let head = try readBytes(descriptor, path, at: 0, count: size <= wholeLimit ? size : min(count, size))
        guard Gzip.isCompressed(head) else { return (head, size) }
        let whole = try decompressed(head.count == size ? head : try readBytes(descriptor, path, at: 0, count: size), path)
        return (whole, whole.count)
    }

    /// The open file at `location` (for the caller to close) and its status, when it is a regular file.
    static func openRegularFile(_ location: Location) throws(LibraryError) -> (descriptor: Int32, info: stat) {
        let path = location.path
        let descriptor = FileName.withCString(location.name) { openat(location.folder, $0, O_RDONLY | O_CLOEXEC | O_NONBLOCK) }
        guard descriptor >= 0 else { throw .file(path, FileStatus.problem(path, errno: errno)) }
        var info = stat()
        guard fstat(descriptor, &info) == 0 else {
            let problem = FileStatus.problem(path, errno: errno)
            close(descriptor)
            throw .file(path, problem)
        }
        // A folder named like an article, a FIFO (whose read would wait forever), a device.
        switch info.st_mode & S_IFMT {
        case S_IFREG: return (descriptor, info)
        case S_IFDIR:
            close(descriptor)
            throw .file(path, .folder)
        default:
            close(descriptor)
            throw .file(path, .special)
        }
    }

    private static func readBytes(_ descriptor: Int32, _ path: String, at offset: Int, count: Int) throws(LibraryError) -> [UInt8] {
        var failure: LibraryError?
        // Not zeroed first: pread fills it, and only what it filled is kept.
        let bytes = [UInt8](unsafeUninitializedCapacity: count) { buffer, initialized in
            do throws(LibraryError) {
                initialized = try readBytes(descriptor, path, at: offset, into: buffer, count: count).count
            } catch {
                failure = error
                initialized = 0
            }
        }
        if let failure { throw failure }
        return bytes
    }

    /// Up to `count` bytes from `offset` into the start of `buffer`: the part filled (less when
    /// the file shrank while it was read).
    private static func readBytes(_ descriptor: Int32, _ path: String, at offset: Int, into buffer: UnsafeMutableBufferPointer<UInt8>,
                                  count: Int) throws(LibraryError) -> UnsafeBufferPointer<UInt8> {
        var filled = 0
        while filled < count {
            let got = pread(descriptor, buffer.baseAddress! + filled, count - filled, off_t(offset + filled))
            if got < 0 {
                if errno == EINTR { continue }
                throw .file(path, .readError(String(cString: strerror(errno))))
            }
            if got == 0 { break }  // the file shrank while we read it
            filled += got
        }
        return UnsafeBufferPointer(rebasing: buffer[..<filled])
    }

}

/// Decoding shared by the listing and the full read.
enum ArticleText {
    /// Text from bytes, normalised; nil when the bytes are not text at all.
    static func decode(_ bytes: [UInt8]) -> DecodedText? {
        bytes.withUnsafeBytes { raw in
            if TextDecoder.isBinary(raw) { return nil }
            var decoded = TextDecoder.decode(raw)
            if !decoded.isKnownNFC { decoded.text = Normalization.nfc(decoded.text) }
            return decoded
        }
    }

    /// Text from the bytes of the file at `path`; binary data throws, with its evidence.
    static func decode(_ bytes: [UInt8], of path: String) throws(LibraryError) -> DecodedText {
        guard let decoded = decode(bytes) else {
            throw .file(path, .binary(bytes.withUnsafeBytes { BinaryEvidence.of($0) }))
        }
        return decoded
    }

    /// Where a cut-off head ends once a partial UTF-8 sequence at its end is dropped.
    static func trimmedHeadEnd(_ bytes: UnsafeBufferPointer<UInt8>) -> Int {
        var end = bytes.count
        var back = 0
        while end > 0, back < 4, bytes[end - 1] & 0xC0 == 0x80 {
            end -= 1
            back += 1
        }
        if end > 0, bytes[end - 1] >= 0xC0 { end -= 1 }
        return end
    }

    /// Where a cut-off tail's first whole line starts (its end when it has none).
    static func trimmedTailStart(_ bytes: UnsafeBufferPointer<UInt8>) -> Int {
        // Found with memchr (`TextLines`): the tail's first line is most of a paragraph.
        let newline = TextLines(bytes: bytes, isDecoded: false).end(ofLineAt: 0)
        return newline < bytes.count ? newline + 1 : bytes.count
    }
}
