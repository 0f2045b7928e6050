import Testing
@testable import LecternCore

/// The bit masks that settle most ASCII bytes' break classes against the classes spelled out,
/// for every byte.
@Suite struct BreakClassMaskTests {
    static func spelledOut(_ byte: UInt8) -> BreakClass {
        let character = Character(Unicode.Scalar(byte))
        if byte == 0x20 || (0x09...0x0D).contains(byte) { return .space }
        if character == "-" { return .hyphen }
        if ")]},.!?:;".contains(character) { return .closing }
        if "([{".contains(character) { return .opening }
        return .other
    }

    @Test func everyASCIIByteHasItsClass() {
        for byte in UInt8(0)..<0x80 {
            #expect(BreakClass.ofASCII(byte) == Self.spelledOut(byte), "byte \(byte)")
            #expect(BreakClass.isOtherASCII(byte) == (Self.spelledOut(byte) == .other), "byte \(byte)")
        }
    }

    @Test func wordBytesArePrintableASCIIButSpaceAndHyphen() {
        for byte in UInt8(0)...0xFF {
            let expected = byte > 0x20 && byte < 0x7F && byte != UInt8(ascii: "-")
            #expect(BreakClass.isWordASCII(byte) == expected, "byte \(byte)")
        }
    }

    /// What lets a run of word bytes be taken whole: no break between any two of them, whatever
    /// came before.
    @Test func noLineBreaksBetweenTwoWordBytes() {
        let classes: [BreakClass] = [.space, .hyphen, .ideograph, .closing, .opening, .other]
        for previous in UInt8(0x21)..<0x7F where BreakClass.isWordASCII(previous) {
            for current in UInt8(0x21)..<0x7F where BreakClass.isWordASCII(current) {
                for beforePrevious in classes {
                    #expect(!BreakPoints.allowsBreak(before: .ofASCII(current), isWide: false, after: .ofASCII(previous),
                                                     isWide: false, beforePrevious), "\(previous) \(current)")
                }
            }
        }
    }
}
