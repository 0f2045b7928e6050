/// Decides whether a one-line paragraph is a heading: exports lose the markup, so a heading is
/// recognised as a short standalone line that does not read like a sentence.
enum HeadingHeuristic {
    static let maximumWords = 14
    static let maximumColumns = 90
    private static let sentenceEnds = Set(".,:;…。，、：；".unicodeScalars)
    private static let quotationStarts = Set("\"“”'‘«„「『(".unicodeScalars)

    static func isHeading(_ line: String) -> Bool {
        // Cheap tests first: most one-line paragraphs are long sentences.
        // Over four bytes a column, a line is too long for a heading (combining marks aside).
        if line.utf8.count > maximumColumns * 4 { return false }
        guard let first = line.first, let last = line.last else { return false }
        // Sentences end in these; "?" and "!" are allowed, headings ask and exclaim.
        if let end = last.unicodeScalars.last, sentenceEnds.contains(end) { return false }
        if DisplayWidth.of(line) > maximumColumns { return false }
        if wordCount(line) > maximumWords { return false }
        // A line that opens with a quotation is a quoted sentence, not a title.
        if let start = first.unicodeScalars.first, quotationStarts.contains(start) { return false }
        if first.isLowercase { return false }
        // A line that holds an address reads as a pointer to it ("Read more at https://…").
        if looksLikeAddress(line) || line.utf8.contains(subsequence: Array("://".utf8))
            || mentionsWWW(line) { return false }
        if first.isLetter || first.isNumber { return true }
        // "🌱 New Beginnings": an emoji may lead a heading that has words.
        return startsWithEmoji(first) && line.contains { $0.isLetter }
    }

    /// The words of a line split at spaces, as `split(separator: " ")` counts them, on bytes:
    /// a space is a character of its own unless a scalar outside ASCII follows it (it may be a
    /// mark that clings to the space), and only then are characters needed.
    static func wordCount(_ line: String) -> Int {
        var words = 0
        var previous: UInt8 = 0x20
        for byte in line.utf8 {
            if previous == 0x20, byte != 0x20 {
                if byte >= 0x80, words > 0 || line.utf8.first == 0x20 { return line.split(separator: " ").count }
                words += 1
            }
            previous = byte
        }
        return words
    }

    /// "www." in any ASCII case, as in the lowercased line: no other character lowercases to w or ".".
    static func mentionsWWW(_ line: String) -> Bool {
        var ws = 0
        for byte in line.utf8 {
            if ASCII.lowercased(byte) == UInt8(ascii: "w") {
                ws += 1
            } else {
                if byte == UInt8(ascii: "."), ws >= 3 { return true }
                ws = 0
            }
        }
        return false
    }

    private static func startsWithEmoji(_ character: Character) -> Bool {
        guard let scalar = character.unicodeScalars.first else { return false }
        return scalar.properties.isEmojiPresentation || (scalar.value >= 0x2000 && scalar.properties.isEmoji)
    }

    static func looksLikeAddress(_ line: String) -> Bool {
        // Every prefix starts with h, w or f: one byte settles most paragraphs.
        guard let lead = line.utf8.first, mayStartAddress(lead) else { return false }
        // The prefix first: it settles nearly every paragraph without reading the rest. On bytes
        // (no lowercased copy of each paragraph's start) unless a mark may follow the prefix.
        let starts = addressStarts.map { line.startsWith(caselessASCII: $0) }
        if !starts.contains(true) {
            guard starts.contains(nil) else { return false }
            let start = line.prefix(8).lowercased()
            guard addressStarts.contains(where: { start.hasPrefix($0) }) else { return false }
        }
        return !line.utf8.contains(0x20)
    }

    /// Whether a line whose first byte is `byte` may look like an address.
    static func mayStartAddress(_ byte: UInt8) -> Bool {
        addressLeads.contains(ASCII.lowercased(byte))
    }

    private static let addressStarts = ["http://", "https://", "www.", "ftp://"]
    private static let addressLeads = addressStarts.map { $0.utf8.first! }
}

extension StringProtocol {
    /// Whether the text starts with `prefix` (lower-case ASCII, without i or k) in any ASCII
    /// case, Character by Character as `prefix(n).lowercased().hasPrefix` tells (no other
    /// character lowers to those letters); nil when the scalar after it may join its last
    /// character, which only Characters tell (nothing below U+0300 joins one).
    func startsWith(caselessASCII prefix: String) -> Bool? {
        var bytes = utf8.makeIterator()
        for expected in prefix.utf8 {
            guard let byte = bytes.next(), ASCII.lowercased(byte) == expected else { return false }
        }
        guard let next = bytes.next(), next >= 0xCC else { return true }
        return nil
    }
}

extension String.UTF8View {
    /// Byte search, so that `String.contains` does not go through Foundation's bridging.
    func contains(subsequence needle: [UInt8]) -> Bool {
        guard let first = needle.first else { return true }
        var index = startIndex
        while let found = self[index...].firstIndex(of: first) {
            if self[found...].starts(with: needle) { return true }
            index = self.index(after: found)
        }
        return false
    }
}
