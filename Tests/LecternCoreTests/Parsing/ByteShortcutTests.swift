import LecternTestSupport
import Testing
@testable import LecternCore

/// The parser's byte shortcuts (leading spaces, address and note prefixes, word counts) answer
/// as the Character-based tests they stand for, on strings built to trip them: marks after
/// spaces and prefixes, letters whose lower case is ASCII (K, İ), mixed case.
@Suite struct ByteShortcutTests {
    static let pieces = [" ", "  ", "   ", "\t", "\u{301}", "\u{200D}", "\u{FE0F}", "https://", "HTTP://", "hTtPs:/", "ftp://", "www.",
                         "WWW.", "Note:", "NOTE", "note", ":", "/", "é", "日", "\u{212A}", "İ", "x", "a b", "."]

    static func randomString(_ random: inout SeededRandom) -> String {
        (0..<random.next(upTo: 6)).map { _ in pieces[random.next(upTo: pieces.count)] }.joined()
    }

    @Test func shortcutsAnswerAsCharacters() {
        for seed in PropertySeeds.range(default: 5000) {
            var random = SeededRandom(seed: seed)
            let text = Self.randomString(&random)
            let start = text.prefix(8).lowercased()
            let isAddress = (start.hasPrefix("http://") || start.hasPrefix("https://") || start.hasPrefix("www.")
                || start.hasPrefix("ftp://")) && !text.utf8.contains(0x20)
            #expect(HeadingHeuristic.looksLikeAddress(text) == isAddress, "\(text.debugDescription)")
            if let note = text.startsWith(caselessASCII: "note:") {
                #expect(note == (text.prefix(5).lowercased() == "note:"), "\(text.debugDescription)")
            }
            #expect(HeadingHeuristic.mentionsWWW(text) == text.lowercased().utf8.contains(subsequence: Array("www.".utf8)))
            let indent = text.prefix { $0 == " " }.count
            let line = SourceLine(text[...])
            let expected = SourceLine.referenceLine(text, indent: indent)
            #expect(line == expected, "\(text.debugDescription)")
            // Runs of spaces collapse piece by piece as scalar by scalar.
            let trimmed = text[...].trimmingWhitespace()
            var collapsed = ""
            WhiteSpace.collapse(trimmed.unicodeScalars, isSpace: { $0 == " " }) { scalar, afterSpace in
                if afterSpace { collapsed.unicodeScalars.append(" ") }
                collapsed.unicodeScalars.append(scalar)
            }
            #expect(LineJoining.join([text[...]]) == collapsed, "\(text.debugDescription)")
        }
    }

    static let marks = ["-", "*", "_", "=", "#", ">", "1", "12", ".", ")", " ", "•", "‣", "◦", "▪", "—", "–", "≯", ">\u{338}",
                        "-\u{301}", "\u{301}", "/", "%", "{", "x", "é", "日", "٣", "①", "\u{FF0D}", "\u{2212}", "---", "***", "— —"]

    /// A line whose first byte the parser passes over as text is one that the Character tests
    /// for a rule, a heading, a quote and a list item all turn down.
    @Test func aLineTakenForTextByItsFirstByteIsNoMarkedLine() {
        for seed in PropertySeeds.range(default: 5000) {
            var random = SeededRandom(seed: seed)
            let text = (0..<1 + random.next(upTo: 5)).map { _ in Self.marks[random.next(upTo: Self.marks.count)] }.joined()
            let line = text[...]
            // The first byte after the indent, which the parser takes off first.
            guard let firstByte = line.utf8.first, firstByte != 0x20, !SourceLine.mayStartMarkedLine(firstByte) else { continue }
            let first = line.first!
            #expect(!SourceLine.isRule(line), "\(text.debugDescription)")
            #expect(first != "#" && first != ">", "\(text.debugDescription)")
            #expect(SourceLine.listItem(line) == nil, "\(text.debugDescription)")
            #expect(SourceLine(line) == .text(line.trimmingTrailingWhitespace(), indent: 0), "\(text.debugDescription)")
        }
    }

    static let numberPieces = ["1", "23", "4567", ".", ")", " ", "  ", "\u{301}", "\u{20E3}", "x", "é", "-", "•", "٣", "\t"]

    /// A numbered item as the format defines it, on Characters: one to three ASCII digits, `.`
    /// or `)`, a space, and some text.
    static func referenceNumberedItem(_ line: Substring) -> (number: Substring, text: Substring)? {
        let digits = line.prefix { $0.isASCII && $0.isNumber }
        let afterDigits = line.dropFirst(digits.count)
        guard (1...3).contains(digits.count), let close = afterDigits.first, close == "." || close == ")",
              afterDigits.dropFirst().first == " " else { return nil }
        let text = afterDigits.dropFirst(2).trimmingLeadingWhitespace()
        return text.isEmpty ? nil : (line.prefix(digits.count + 1), text)
    }

    /// A rule as the format defines it, on Characters: three or more of one mark, and spaces.
    @Test func rulesOnBytesAnswerAsCharacters() {
        for seed in PropertySeeds.range(default: 5000) {
            var random = SeededRandom(seed: seed)
            let text = (0..<1 + random.next(upTo: 6)).map { _ in Self.marks[random.next(upTo: Self.marks.count)] }.joined()
            let line = text[...]
            guard let mark = line.first else { continue }
            let expected = "-*_—–=".contains(mark) && line.allSatisfy { $0 == mark || $0 == " " } && line.filter { $0 == mark }.count >= 3
            #expect(SourceLine.isRule(line) == expected, "\(text.debugDescription)")
        }
    }

    @Test func numberedItemsOnBytesAnswerAsCharacters() {
        for seed in PropertySeeds.range(default: 5000) {
            var random = SeededRandom(seed: seed)
            let text = (0..<1 + random.next(upTo: 6)).map { _ in Self.numberPieces[random.next(upTo: Self.numberPieces.count)] }.joined()
            let line = text[...]
            guard let firstByte = line.utf8.first, ASCII.isDigit(firstByte) else { continue }
            let item = SourceLine.listItem(line)
            let expected = Self.referenceNumberedItem(line)
            #expect(item?.number == expected?.number && item?.text == expected?.text, "\(text.debugDescription)")
        }
    }

    /// The lanes find a pair of spaces where a byte-by-byte look does, wherever it falls
    /// (across two lanes, in the last bytes that make no lane).
    @Test func doubleSpacesAreFoundWhereverTheyFall() {
        for seed in PropertySeeds.range(default: 3000) {
            var random = SeededRandom(seed: seed)
            let bytes = (0..<random.next(upTo: 60)).map { _ -> UInt8 in
                random.next(upTo: 3) == 0 ? 0x20 : [0x61, 0x2E, 0xC3, 0xA9, 0x00, 0x21][random.next(upTo: 6)]
            }
            let expected = bytes.indices.dropFirst().contains { bytes[$0] == 0x20 && bytes[$0 - 1] == 0x20 }
            #expect(bytes.withUnsafeBufferPointer { LineJoining.hasDoubleSpace($0) } == expected, "seed \(seed)")
        }
    }

    @Test func spacesCollapseAtTheEdgesAndInside() {
        for (text, expected) in [("a  b", "a b"), ("  a   b  ", "a b"), ("a \u{301}  b", "a \u{301} b"), ("   ", ""), ("a b", "a b")] {
            var bytes = Array(text.utf8)
            let pieces = bytes.withUnsafeMutableBufferPointer { LineJoining.collapsedPieces(UnsafeBufferPointer($0)) }
            #expect(String(decoding: pieces.flatMap { bytes[$0] }, as: UTF8.self) == expected, "\(text.debugDescription)")
        }
    }
}

extension SourceLine {
    /// The text or list item a line makes with `indent` Characters of indent, by the slow path.
    static func referenceLine(_ text: String, indent: Int) -> SourceLine {
        // The classification after the indent does not depend on how it was counted; only the
        // indent and the rest do: compare through a line with the same rest.
        let rest = text.dropFirst(indent)
        switch SourceLine(rest) {
        case .text(let line, _): return .text(line, indent: indent)
        case .listItem(let number, let line, _): return .listItem(number: number, text: line, indent: indent)
        case let other: return other
        }
    }
}
