import Testing
@testable import LecternCore

@Suite struct DisplayWidthTests {
    @Test func asciiIsOneColumnAndControlsAreNotPrintable() {
        #expect(DisplayWidth.of("a" as Unicode.Scalar) == 1)
        #expect(DisplayWidth.of(" " as Unicode.Scalar) == 1)
        #expect(DisplayWidth.of("\t" as Unicode.Scalar) == 0)
        #expect(!DisplayWidth.isPrintable("\t"))
        #expect(!DisplayWidth.isPrintable("\u{0}"))
        #expect(!DisplayWidth.isPrintable("\u{7F}"))
        #expect(!DisplayWidth.isPrintable("\u{9B}"))
        #expect(DisplayWidth.isPrintable("~"))
    }

    @Test func knownWidthsOfOtherScripts() {
        #expect(DisplayWidth.of("é" as Unicode.Scalar) == 1)
        #expect(DisplayWidth.of("\u{301}" as Unicode.Scalar) == 0)  // combining acute
        #expect(DisplayWidth.of("漢" as Unicode.Scalar) == 2)
        #expect(DisplayWidth.of("。" as Unicode.Scalar) == 2)
        #expect(DisplayWidth.of("😀" as Unicode.Scalar) == 2)
        #expect(DisplayWidth.of("\u{200D}" as Unicode.Scalar) == 0)  // ZWJ
        #expect(DisplayWidth.of("\u{FE0F}" as Unicode.Scalar) == 0)  // VS16
        #expect(DisplayWidth.isPrintable("\u{200D}"))
        #expect(!DisplayWidth.isPrintable("\u{FFFE}"))  // noncharacter
        #expect(!DisplayWidth.isPrintable("\u{2028}"))  // line separator
    }

    @Test func textWidthSumsScalars() {
        #expect(DisplayWidth.of("") == 0)
        #expect(DisplayWidth.of("hello") == 5)
        #expect(DisplayWidth.of("cafe\u{301}") == 4)
        #expect(DisplayWidth.of("日本語 ok") == 9)
        #expect(DisplayWidth.of("a\u{1}b") == 2)
        #expect(DisplayWidth.of("日本語 ok".dropFirst()) == 7)  // Substring
    }

    /// Every scalar, against glibc itself in a thread-local C.UTF-8 locale.
    @Test func agreesWithGlibcForEveryScalar() throws {
        #if canImport(Glibc)
        var mismatches: [String] = []
        try GlibcWidth.withUTF8Locale { wcwidth in
            for value in UInt32(0)...0x10FFFF {
                guard let scalar = Unicode.Scalar(value) else { continue }
                let glibc = wcwidth(value)
                // glibc calls NUL width 0; we call it a control like the others.
                let printable = glibc >= 0 && value != 0
                if DisplayWidth.of(scalar) != max(glibc, 0) || DisplayWidth.isPrintable(scalar) != printable {
                    mismatches.append("U+\(String(value, radix: 16)): glibc \(glibc), ours \(DisplayWidth.of(scalar))")
                }
            }
        }
        #expect(mismatches.count == 0, "first mismatches: \(mismatches.prefix(10))")
        #endif
    }
}
