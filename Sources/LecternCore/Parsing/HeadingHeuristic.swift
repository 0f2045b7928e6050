/// Decides whether a one-line paragraph is a heading: exports lose the markup, so a heading is
/// recognised as a short standalone line that does not read like a sentence.
enum HeadingHeuristic {
    static let maximumWords = 14
    static let maximumColumns = 90
    private static let sentenceEnds = Set(".,:;…。，、：；".unicodeScalars)
    private static let quotationStarts = Set("\"“”'‘«„「『(".unicodeScalars)

    static func isHeading(_ line: String) -> Bool {
        guard let first = line.first, let last = line.last else { return false }
        // Cheap tests first: most one-line paragraphs are long sentences.
        // Over four bytes a column, a line is too long for a heading (combining marks aside).
        if line.utf8.count > maximumColumns * 4 { return false }
        // Sentences end in these; "?" and "!" are allowed, headings ask and exclaim.
        if let end = last.unicodeScalars.last, sentenceEnds.contains(end) { return false }
        if DisplayWidth.of(line) > maximumColumns { return false }
        if hasMoreWords(than: maximumWords, line) { return false }
        // A line that opens with a quotation is a quoted sentence, not a title.
        if let start = first.unicodeScalars.first, quotationStarts.contains(start) { return false }
        if first.isLowercase { return false }
        // A line that holds an address reads as a pointer to it ("Read more at https://…").
        if looksLikeAddress(line) || line.utf8.contains(subsequence: Array("://".utf8))
            || line.utf8.contains(caselessASCII: Array("www.".utf8)) { return false }
        if first.isLetter || first.isNumber { return true }
        // "🌱 New Beginnings": an emoji may lead a heading that has words.
        return startsWithEmoji(first) && line.contains { $0.isLetter }
    }

    /// More than `limit` words between spaces. Counted on bytes first: a space there may be
    /// part of a longer Character (before a combining mark), so the bytes give at least as many
    /// words as Characters, and only a line they put over the limit is split by Character.
    private static func hasMoreWords(than limit: Int, _ line: String) -> Bool {
        var words = 0
        var inWord = false
        for byte in line.utf8 {
            if byte == 0x20 {
                inWord = false
            } else if !inWord {
                inWord = true
                words += 1
            }
        }
        return words > limit && line.split(separator: " ").count > limit
    }

    private static func startsWithEmoji(_ character: Character) -> Bool {
        guard let scalar = character.unicodeScalars.first else { return false }
        return scalar.properties.isEmojiPresentation || (scalar.value >= 0x2000 && scalar.properties.isEmoji)
    }

    static func looksLikeAddress(_ line: String) -> Bool {
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

    private static let addressStarts = ["http://", "https://", "www.", "ftp://"]
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

    /// Whether the text holds `needle` (lower-case ASCII) in any ASCII case: as its `lowercased()`
    /// would, since no other character lowers to an ASCII letter of a needle without i or k.
    func contains(caselessASCII needle: [UInt8]) -> Bool {
        guard let first = needle.first else { return true }
        var index = startIndex
        while index < endIndex {
            if ASCII.lowercased(self[index]) == first,
               self[index...].prefix(needle.count).map(ASCII.lowercased).elementsEqual(needle) { return true }
            index = self.index(after: index)
        }
        return false
    }
}
