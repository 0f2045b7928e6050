/// What one line of an article's source is, before lines are grouped into blocks.
enum SourceLine: Equatable {
    case blank
    case rule
    /// `## Heading`, Markdown style.
    case markedHeading(Substring)
    /// `> text`; the text is empty for a lone `>`.
    case quote(Substring)
    /// `- text`, `* text`, `• text`, `1. text`, `1) text`; `number` is nil for bullets; `indent`
    /// is the marker's.
    case listItem(number: Substring?, text: Substring, indent: Int)
    case text(Substring, indent: Int)

    init(_ raw: Substring) {
        let (indent, rest) = Self.indent(raw)
        let line = rest.trimmingTrailingWhitespace()
        guard let firstByte = line.utf8.first else {
            self = .blank
            return
        }
        // Most lines start with a letter: they can only be text.
        if ASCII.isLetter(firstByte) {
            self = .text(line, indent: indent)
            return
        }
        let first = line.first!
        if Self.isRule(line) {
            self = .rule
        } else if first == "#", let heading = Self.markedHeading(line) {
            self = .markedHeading(heading)
        } else if first == ">" {
            self = .quote(line.dropFirst().trimmingLeadingWhitespace())
        } else if let (number, text) = Self.listItem(line) {
            self = .listItem(number: number, text: text, indent: indent)
        } else {
            self = .text(line, indent: indent)
        }
    }

    /// The leading spaces counted by Character (a space before a combining mark is not one),
    /// and the rest. On bytes unless a scalar that may join a space follows them.
    private static func indent(_ raw: Substring) -> (Int, Substring) {
        // Most lines have none.
        guard raw.utf8.first == 0x20 else { return (0, raw) }
        var copy = raw
        let (spaces, isPlain) = copy.withUTF8 { bytes in
            var count = 0
            while count < bytes.count, bytes[count] == 0x20 { count += 1 }
            return (count, count == bytes.count || bytes[count] < 0xCC)
        }
        if isPlain {
            return (spaces, raw[raw.utf8.index(raw.startIndex, offsetBy: spaces)...])
        }
        let indent = raw.prefix { $0 == " " }.count
        return (indent, raw.dropFirst(indent))
    }

    /// `---`, `***`, `___`, `* * *`, `———`: three or more of one mark and nothing else.
    private static func isRule(_ line: Substring) -> Bool {
        guard let mark = line.first, "-*_—–=".contains(mark) else { return false }
        var count = 0
        for character in line {
            if character == mark {
                count += 1
            } else if character != " " {
                return false
            }
        }
        return count >= 3
    }

    private static func markedHeading(_ line: Substring) -> Substring? {
        let hashes = line.prefix { $0 == "#" }
        guard hashes.count <= 6, line.dropFirst(hashes.count).first == " " else { return nil }
        var text = line.dropFirst(hashes.count).trimmingLeadingWhitespace()
        // A closing run of hashes ("## Title ##") is decoration.
        let closing = text.reversed().prefix { $0 == "#" }.count
        if closing > 0, closing < text.count, text.dropLast(closing).last == " " {
            text = text.dropLast(closing).trimmingTrailingWhitespace()
        }
        return text.isEmpty ? nil : text
    }

    private static func listItem(_ line: Substring) -> (number: Substring?, text: Substring)? {
        guard let first = line.first else { return nil }
        if "-*•‣◦▪".contains(first) {
            let rest = line.dropFirst()
            // "-" and "*" need a space ("-5", "*emphasis*"); the typographic bullets do not ("•Rest").
            guard rest.first == " " || (first != "-" && first != "*" && rest.first?.isLetter == true) else { return nil }
            let text = rest.trimmingLeadingWhitespace()
            return text.isEmpty ? nil : (nil, text)
        }
        let digits = line.prefix { $0.isASCII && $0.isNumber }
        guard (1...3).contains(digits.count) else { return nil }
        let afterDigits = line.dropFirst(digits.count)
        guard let close = afterDigits.first, close == "." || close == ")",
              afterDigits.dropFirst().first == " " else { return nil }
        let text = afterDigits.dropFirst(2).trimmingLeadingWhitespace()
        return text.isEmpty ? nil : (line.prefix(digits.count + 1), text)
    }
}

extension Substring {
    func trimmingTrailingWhitespace() -> Substring {
        // Most lines end in a printable ASCII character: nothing to trim, no Unicode lookup.
        if let last = utf8.last, last > 0x20, last < 0x80 { return self }
        var end = endIndex
        while end > startIndex {
            let before = index(before: end)
            guard self[before].isWhitespace else { break }
            end = before
        }
        return self[startIndex..<end]
    }

    func trimmingLeadingWhitespace() -> Substring {
        if let first = utf8.first, first > 0x20, first < 0x80 { return self }
        return drop { $0.isWhitespace }
    }

    func trimmingWhitespace() -> Substring {
        trimmingLeadingWhitespace().trimmingTrailingWhitespace()
    }
}
