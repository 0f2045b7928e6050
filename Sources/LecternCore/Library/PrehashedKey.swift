/// A dictionary key whose hash is worked out once, ahead, where it costs no waiting (on all cores,
/// while the files are read): building a library's tables hashes every title and id, and
/// resolving its links every link title.
struct PrehashedKey: Hashable, Sendable {
    let text: String
    private let hash: Int

    init(_ text: String) {
        self.text = text
        hash = Self.hash(of: text)
    }

    /// The key of `text` known to be in NFC (`TitleKey.latinKey`): its bytes are hashed as they are.
    init(nfc text: String) {
        var text = text
        hash = text.withUTF8(Self.hash(bytes:))
        self.text = text
    }

    // Equal keys have equal hashes: strings equal as Swift compares them (canonically
    // equivalent) have the same NFC bytes, which is what is hashed.
    static func == (a: PrehashedKey, b: PrehashedKey) -> Bool { a.hash == b.hash && a.text == b.text }
    func hash(into hasher: inout Hasher) { hasher.combine(hash) }
    /// What the tables hash: the hash made ahead, mixed once more with the table's seed (so
    /// that, as with any Swift dictionary, where a key lands differs from table to table). The
    /// Hasher that `hash(into:)` feeds costs as much again as the lookup around it, for a hash
    /// that is mixed already; a listing makes tens of thousands of lookups. (`_rawHashValue` is
    /// Hashable's own customisation point for this, underscored but part of its ABI.)
    func _rawHashValue(seed: Int) -> Int { Self.mixed(UInt64(UInt(bitPattern: hash ^ seed))) }

    /// A hash of the UTF-8 of `text` in NFC: of its own bytes when they are plainly NFC (nearly
    /// always), not through the String's hashing, which normalises text outside ASCII as it goes.
    private static func hash(of text: String) -> Int {
        var text = text
        if let hash = text.withUTF8({ Normalization.isTriviallyNFC($0) ? hash(bytes: $0) : nil }) { return hash }
        var normalized = Normalization.nfc(text)
        return normalized.withUTF8(hash(bytes:))
    }

    /// The golden ratio's 64 bits: odd, with its ones spread evenly.
    private static let multiplier: UInt64 = 0x9E37_79B9_7F4A_7C15

    /// Eight bytes at a time, each word mixed in by a multiplication and a shift; the dictionary
    /// hashes the result again with its own seed.
    private static func hash(bytes: UnsafeBufferPointer<UInt8>) -> Int {
        var hash = UInt64(bytes.count) &* multiplier
        guard let base = bytes.baseAddress else { return Int(truncatingIfNeeded: hash) }
        let raw = UnsafeRawPointer(base)
        var index = 0
        while index + 8 <= bytes.count {
            hash = (hash ^ raw.loadUnaligned(fromByteOffset: index, as: UInt64.self)) &* multiplier
            hash ^= hash >> 32
            index += 8
        }
        var last: UInt64 = 0
        while index < bytes.count {
            last = last << 8 | UInt64(bytes[index])
            index += 1
        }
        return mixed(hash ^ last)
    }

    /// A multiplication that carries every bit upwards and a shift that brings the high bits
    /// down again.
    @inline(__always)
    private static func mixed(_ value: UInt64) -> Int {
        let product = value &* multiplier
        return Int(truncatingIfNeeded: product ^ product >> 32)
    }
}

/// What the tables of a library index of one entry, made on all cores.
struct EntryKeys: Sendable {
    var id: PrehashedKey
    /// The title's key (`TitleKey.make`); one of Latin letters and punctuation is in NFC as made.
    var title: PrehashedKey
    /// The title itself.
    var writtenTitle: PrehashedKey

    /// The keys of the entry at `entry`, read in place (a copy would retain and release its strings).
    init(_ entry: UnsafePointer<LibraryEntry>) {
        id = PrehashedKey(entry.pointee.id)
        title = TitleKey.latinKey(entry.pointee.title).map(PrehashedKey.init(nfc:))
            ?? PrehashedKey(TitleKey.unicodeKey(entry.pointee.title))
        writtenTitle = PrehashedKey(entry.pointee.title)
    }
}
