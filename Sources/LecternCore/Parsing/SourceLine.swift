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
        // Most lines start with a letter, and a program's source or a PostScript file with `/`,
        // `%` or `{`: they can only be text.
        guard Self.mayStartMarkedLine(firstByte) else {
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

    /// Whether a line whose first byte is `byte` may be a rule, a heading, a quote or a list item:
    /// their marks are `-*_=#>`, ASCII digits, and dashes and bullets encoded from 0xE2 (U+2000
    /// to U+2FFF). Deciding on a byte spares a grapheme cluster and String comparisons a line.
    static func mayStartMarkedLine(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "-"), UInt8(ascii: "*"), UInt8(ascii: "_"), UInt8(ascii: "="), UInt8(ascii: "#"),
             UInt8(ascii: ">"), UInt8(ascii: "0")...UInt8(ascii: "9"), 0xE2:
            return true
        default:
            return false
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
    static func isRule(_ line: Substring) -> Bool {
        // Its marks start with these bytes: a line of digits or `#` is turned down unread.
        switch line.utf8.first {
        case UInt8(ascii: "-"), UInt8(ascii: "*"), UInt8(ascii: "_"), UInt8(ascii: "="), 0xE2: break
        default: return false
        }
        guard let mark = line.first, Self.ruleMarks.contains(mark) else { return false }
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

    private static let ruleMarks: [Character] = ["-", "*", "_", "—", "–", "="]
    private static let bullets: [Character] = ["-", "*", "•", "‣", "◦", "▪"]

    static func listItem(_ line: Substring) -> (number: Substring?, text: Substring)? {
        guard let firstByte = line.utf8.first else { return nil }
        if ASCII.isDigit(firstByte) {
            switch numberedOnBytes(line) {
            case .item(let digits):
                let text = line.dropFirst(digits + 2).trimmingLeadingWhitespace()
                return text.isEmpty ? nil : (line.prefix(digits + 1), text)
            case .notAnItem: return nil
            case .undecided: break
            }
        }
        let first = line.first!
        if Self.bullets.contains(first) {
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

    /// A line starting with a digit, read on bytes as far as they decide: `12. text`, or surely
    /// no list item (numbers in a table, a date, a program's source). A byte past 0x7F where a
    /// mark might join a digit or the space to a Character leaves it to the Character path.
    private enum NumberedOnBytes {
        case item(digits: Int)
        case notAnItem
        case undecided
    }

    private static func numberedOnBytes(_ line: Substring) -> NumberedOnBytes {
        var copy = line
        return copy.withUTF8 { bytes in
            var count = 0
            while count < bytes.count, ASCII.isDigit(bytes[count]) { count += 1 }
            // Digits followed by an ASCII byte are each a Character of their own.
            guard count < bytes.count else { return .notAnItem }
            guard bytes[count] < 0x80 else { return .undecided }
            // A closing mark or a space that a mark joins is not one: no item either.
            guard (1...3).contains(count), bytes[count] == UInt8(ascii: ".") || bytes[count] == UInt8(ascii: ")"),
                  count + 1 < bytes.count, bytes[count + 1] == 0x20 else { return .notAnItem }
            guard count + 2 == bytes.count || bytes[count + 2] < 0x80 else { return .undecided }
            return .item(digits: count)
        }
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
