/// A dictionary key whose hash is worked out once, ahead, where it costs no waiting (on all cores,
/// while the files are read): hashing a String normalises it as it goes, and building a
/// library's tables hashes every title and id.
struct PrehashedKey: Hashable, Sendable {
    let text: String
    private let hash: Int

    init(_ text: String) {
        self.text = text
        hash = text.hashValue
    }

    // Equal keys have equal hashes: `hash` is the String's own, and equality the String's.
    static func == (a: PrehashedKey, b: PrehashedKey) -> Bool { a.hash == b.hash && a.text == b.text }
    func hash(into hasher: inout Hasher) { hasher.combine(hash) }
}

/// What the tables of a library index of one entry, made on all cores.
struct EntryKeys: Sendable {
    var id: PrehashedKey
    var title: PrehashedKey

    init(_ entry: LibraryEntry) {
        id = PrehashedKey(entry.id)
        title = PrehashedKey(TitleKey.make(entry.title))
    }
}
