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

/// What link resolution looks up of one entry, made where the entry is made.
struct EntryKeys: Sendable {
    var id: PrehashedKey
    var title: PrehashedKey
    var previous: PrehashedKey?
    var next: PrehashedKey?

    init(_ entry: LibraryEntry) {
        id = PrehashedKey(entry.id)
        title = PrehashedKey(TitleKey.make(entry.title))
        previous = entry.previous.map { PrehashedKey(TitleKey.make($0.title)) }
        next = entry.next.map { PrehashedKey(TitleKey.make($0.title)) }
    }
}
