import Testing
@testable import LecternCore

private func decode(_ bytes: [UInt8]) -> DecodedText {
    bytes.withUnsafeBytes { TextDecoder.decode($0) }
}

private func decode(_ text: String) -> DecodedText {
    decode(Array(text.utf8))
}

private func isBinary(_ bytes: [UInt8]) -> Bool {
    bytes.withUnsafeBytes { TextDecoder.isBinary($0) }
}

@Suite struct TextDecoderTests {
    @Test func validUTF8PassesThrough() {
        let text = "Café – 日本語 👨\u{200D}👩 e\u{301} ❤\u{FE0F} a\u{200C}b\nline two"
        let decoded = decode(text)
        #expect(decoded.text == text)
        #expect(decoded.encoding == .utf8)
        #expect(decoded.removedControls == 0)
    }

    @Test func emptyInput() {
        let decoded = decode([UInt8]())
        #expect(decoded.text == "")
        #expect(decoded.encoding == .utf8)
    }

    @Test func leadingByteOrderMarkIsDropped() {
        #expect(decode("\u{FEFF}Title\n").text == "Title\n")
        #expect(decode("\u{FEFF}").text == "")
        // Only at the start; elsewhere it is a printable zero-width scalar.
        #expect(decode("a\u{FEFF}b").text == "a\u{FEFF}b")
    }

    @Test func lineBreaksBecomeLF() {
        #expect(decode("a\r\nb\rc\nd").text == "a\nb\nc\nd")
        #expect(decode("a\r\r\nb").text == "a\n\nb")
        #expect(decode("a\r\n\r\nb\r").text == "a\n\nb\n")
        #expect(decode("a\u{2028}b\u{2029}c").text == "a\nb\nc")
        #expect(decode("a\u{0C}b\u{0B}c").text == "a\nb\nc")
    }

    @Test func tabBecomesOneSpace() {
        #expect(decode("\tindented\tword").text == " indented word")
    }

    @Test func controlSequencesAreRemoved() {
        let decoded = decode("a \u{1B}[31mred\u{1B}[0m b\u{1B}[?25l\u{1B}[2;5H.")
        #expect(decoded.text == "a red b.")
        #expect(decoded.removedControls == 4)
        // The 8-bit CSI (U+009B, encoded C2 9B) takes its parameters with it.
        let eightBit = decode("x\u{9B}1;31my")
        #expect(eightBit.text == "xy")
        #expect(eightBit.removedControls == 1)
    }

    @Test func stringSequencesAreRemoved() {
        // OSC ended by BEL, and OSC 8 hyperlinks ended by ST.
        #expect(decode("\u{1B}]0;window title\u{07}text").text == "text")
        let link = decode("see \u{1B}]8;;https://example.com\u{1B}\\the link\u{1B}]8;;\u{1B}\\.")
        #expect(link.text == "see the link.")
        #expect(link.removedControls == 2)
        // DCS, SOS, PM, APC up to ST.
        #expect(decode("a\u{1B}Pq#0;2;0\u{1B}\\b\u{1B}Xsos\u{1B}\\c\u{1B}^pm\u{1B}\\d\u{1B}_apc\u{1B}\\e").text == "abcde")
        // Payload may be UTF-8; ST may be the C1 scalar.
        #expect(decode("\u{1B}]2;日本\u{9C}ok").text == "ok")
    }

    @Test func unterminatedStringEndsAtLineBreak() {
        let decoded = decode("\u{1B}]0;oops\nthe next line")
        #expect(decoded.text == "\nthe next line")
        #expect(decoded.removedControls == 1)
    }

    @Test func escInsideStringNotFollowedByBackslashStartsNewSequence() {
        let decoded = decode("\u{1B}]0;t\u{1B}[1mbold")
        #expect(decoded.text == "bold")
        #expect(decoded.removedControls == 2)
    }

    @Test func shortEscapeSequencesAreRemoved() {
        #expect(decode("\u{1B}7a\u{1B}8b\u{1B}(Bc\u{1B}#8d\u{1B}=e").text == "abcde")
        #expect(decode("\u{1B}\u{1B}[0mx").text == "x")
        let trailing = decode("end\u{1B}")
        #expect(trailing.text == "end")
        #expect(trailing.removedControls == 1)
        // ESC followed by something that cannot continue a sequence: only ESC goes.
        #expect(decode("\u{1B}é\u{1B}\nz").text == "é\nz")
        // A CSI cut by a line break ends there.
        #expect(decode("\u{1B}[12\nz").text == "\nz")
    }

    @Test func otherControlsAreRemoved() {
        let decoded = decode("a\u{0}b\u{1}c\u{7}d\u{8}e\u{7F}f\u{1F}g")
        #expect(decoded.text == "abcdefg")
        #expect(decoded.removedControls == 6)
        let c1 = decode("a\u{80}b\u{85}c\u{9F}d")
        #expect(c1.text == "abcd")
        #expect(c1.removedControls == 3)
    }

    @Test func bidiControlsAreRemoved() {
        let decoded = decode("a\u{202A}b\u{202B}c\u{202C}d\u{202D}e\u{202E}f\u{2066}g\u{2067}h\u{2068}i\u{2069}j")
        #expect(decoded.text == "abcdefghij")
        #expect(decoded.removedControls == 9)
    }

    @Test func unprintableScalarsBecomeReplacementCharacters() {
        let decoded = decode("a\u{FFFE}b\u{378}c\u{10FFFF}d")
        #expect(decoded.text == "a\u{FFFD}b\u{FFFD}c\u{FFFD}d")
        #expect(decoded.removedControls == 0)
    }

    @Test func invalidUTF8IsReadAsWindows1252() {
        let bytes: [UInt8] = Array("caf".utf8) + [0xE9, 0x20, 0x93] + Array("quoted".utf8)
            + [0x94, 0x20, 0x80, 0x20, 0x85, 0x20, 0x96, 0x20, 0xFF]
        let decoded = decode(bytes)
        #expect(decoded.encoding == .windows1252)
        #expect(decoded.text == "café “quoted” € … – ÿ")
        #expect(decoded.removedControls == 0)
    }

    @Test func windows1252UndefinedBytesAreRemoved() {
        let decoded = decode([0x61, 0x81, 0x62, 0x8D, 0x63, 0x8F, 0x64, 0x90, 0x65, 0x9D, 0x66])
        #expect(decoded.encoding == .windows1252)
        #expect(decoded.text == "abcdef")
        #expect(decoded.removedControls == 5)
    }

    @Test func windows1252KeepsSanitizing() {
        let decoded = decode([0xEF, 0xBB, 0xBF, 0xE9, 0x0D, 0x0A, 0x1B, 0x5B, 0x31, 0x6D, 0x09, 0x78])
        #expect(decoded.encoding == .windows1252)
        #expect(decoded.text == "é\n x")
        #expect(decoded.removedControls == 1)
    }

    @Test(arguments: [
        [0xC0, 0x80],  // overlong NUL
        [0xE0, 0x80, 0x80],  // overlong
        [0xED, 0xA0, 0x80],  // surrogate
        [0xF4, 0x90, 0x80, 0x80],  // past U+10FFFF
        [0xF5, 0x80, 0x80, 0x80],
        [0x80],  // lone continuation
        [0x61, 0xE2, 0x82],  // cut at the end
        [0xC3, 0x41],  // continuation missing
    ] as [[UInt8]])
    func malformedUTF8FallsBackToWindows1252(bytes: [UInt8]) {
        #expect(decode(bytes).encoding == .windows1252)
    }

    @Test func wellFormedEdgesStayUTF8() {
        let bytes: [UInt8] = [0xC2, 0xA0, 0xE0, 0xA0, 0x80, 0xED, 0x9F, 0xBB, 0xEE, 0x80, 0x80,
                              0xF0, 0x90, 0x80, 0x80, 0xF4, 0x8F, 0xBF, 0xBD]
        let decoded = decode(bytes)
        #expect(decoded.encoding == .utf8)
        #expect(decoded.text.unicodeScalars.map(\.value) == [0xA0, 0x800, 0xD7FB, 0xE000, 0x10000, 0x10FFFD])
    }

    /// Long ASCII runs are skipped eight bytes at a time: whatever interrupts a run must be
    /// seen wherever it falls in a word.
    @Test(arguments: [
        ([0x01], ""), ([0x1F], ""), ([0x7F], ""), ([0x00], ""), ([0x09], " "), ([0x0A], "\n"),
        ([0xC3, 0xA9], "é"), ([0xE2, 0x80, 0xAE], ""), ([0xEF, 0xBF, 0xBE], "\u{FFFD}"),
    ] as [([UInt8], String)])
    func interruptionsOfLongASCIIRunsAreSeenAtEveryOffset(interruption: [UInt8], replacement: String) {
        for offset in 0..<20 {
            let before = String(repeating: "a", count: offset)
            let after = String(repeating: "b", count: 20)
            let decoded = decode(Array(before.utf8) + interruption + Array(after.utf8))
            #expect(decoded.text == before + replacement + after, "offset \(offset)")
        }
    }

    @Test func binaryDetection() {
        #expect(!isBinary([]))
        #expect(!isBinary(Array("Title\r\n\tText\u{0C}\n".utf8)))
        #expect(isBinary([0x61, 0x00, 0x62]))
        // A NUL far past the sniffed prefix still counts.
        #expect(isBinary(Array(repeating: 0x61, count: 20_000) + [0x00]))
        #expect(isBinary([0x7F, 0x45, 0x4C, 0x46, 0x02, 0x01, 0x01]))
        // One control byte in ten is still text; more is not.
        #expect(!isBinary(Array(repeating: Array("abcdefghi".utf8) + [0x1B], count: 100).flatMap { $0 }))
        #expect(isBinary(Array(repeating: Array("abcdefgh".utf8) + [0x1B], count: 100).flatMap { $0 }))
        // Only the first 8 KiB decide.
        #expect(!isBinary(Array(repeating: 0x61, count: 8192) + Array(repeating: 0x01, count: 8192)))
    }
}
