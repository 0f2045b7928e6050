import Testing
@testable import LecternCore

/// Terminal sequences in an article's bytes are removed with their payload, as the library reads it.
@Suite struct HostileTextTests {
    /// The decoded text after a plain line (so that the controls are too few to make it binary).
    private func text(_ source: String) -> String? {
        let plain = "A plain line of ordinary words, long enough to outweigh the controls that follow it.\n"
        return ArticleText.decode(Array((plain + source).utf8))?.text.dropFirst(plain.count).description
    }

    @Test func sevenBitSequencesGoWithTheirPayload() {
        #expect(text("a\u{1B}]0;title\u{7}b\u{1B}]52;c;cHduZWQ=\u{1B}\\c\u{1B}[31md\u{1B}[2J\u{1B}Pq#0\u{1B}\\e") == "abcde")
        #expect(text("a\u{9B}2Jb\u{85}c") == "abc")
    }

    /// An 8-bit string (U+0090 DCS, U+0098 SOS, U+009D OSC, U+009E PM, U+009F APC) that is
    /// terminated goes with its payload, whatever ends it.
    @Test func eightBitStringSequencesGoWithTheirPayload() {
        #expect(text("a\u{9D}0;title\u{9C}b") == "ab")
        #expect(text("a\u{90}1;2|secret\u{9C}b") == "ab")
        #expect(text("a\u{9D}52;c;cHduZWQ=\u{7}b") == "ab")
        #expect(text("a\u{98}sos\u{1B}\\b\u{9E}pm\u{9C}c\u{9F}apc\u{18}d") == "abcd")
    }

    /// An introducer with no terminator before the line ends is a stray byte (a mis-decoded
    /// file, say): it goes, but the words after it are the article's and stay.
    @Test func aStrayEightBitIntroducerKeepsTheWordsAfterIt() {
        #expect(text("a\u{9D}b c\nd") == "ab c\nd")
        #expect(text("a\u{9F}b\u{1B}[31mc\u{9C}d") == "abcd")
        #expect(text("a\u{90}b") == "ab")
    }
}
