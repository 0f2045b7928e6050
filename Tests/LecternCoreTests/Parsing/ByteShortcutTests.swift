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
