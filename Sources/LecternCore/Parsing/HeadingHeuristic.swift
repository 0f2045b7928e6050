/// Decides whether a one-line paragraph is a heading: exports lose the markup, so a heading is
/// recognised as a short standalone line that does not read like a sentence.
enum HeadingHeuristic {
    static let maximumWords = 14
    static let maximumColumns = 90

    static func isHeading(_ line: String) -> Bool {
        guard let first = line.first, let last = line.last else { return false }
        if DisplayWidth.of(line) > maximumColumns { return false }
        if line.split(separator: " ").count > maximumWords { return false }
        // Sentences end in these; "?" and "!" are allowed, headings ask and exclaim.
        if ".,:;…。，、：；".contains(last) { return false }
        // A line that opens with a quotation is a quoted sentence, not a title.
        if "\"“”'‘«„「『(".contains(first) { return false }
        if first.isLowercase { return false }
        // A line that holds an address reads as a pointer to it ("Read more at https://…").
        if looksLikeAddress(line) || line.contains("://") || line.lowercased().contains("www.") { return false }
        if first.isLetter || first.isNumber { return true }
        // "🌱 New Beginnings": an emoji may lead a heading that has words.
        return startsWithEmoji(first) && line.contains { $0.isLetter }
    }

    private static func startsWithEmoji(_ character: Character) -> Bool {
        guard let scalar = character.unicodeScalars.first else { return false }
        return scalar.properties.isEmojiPresentation || (scalar.value >= 0x2000 && scalar.properties.isEmoji)
    }

    static func looksLikeAddress(_ line: String) -> Bool {
        guard !line.contains(" ") else { return false }
        let lower = line.lowercased()
        return lower.hasPrefix("http://") || lower.hasPrefix("https://") || lower.hasPrefix("www.")
            || lower.hasPrefix("ftp://")
    }
}
