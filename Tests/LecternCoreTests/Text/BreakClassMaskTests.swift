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

    @Test func plainWordBytesArePrintableOtherASCII() {
        for byte in UInt8(0)...0xFF {
            let expected = byte > 0x20 && byte < 0x7F && Self.spelledOut(byte) == .other
            #expect(BreakClass.isPlainWordASCII(byte) == expected, "byte \(byte)")
        }
    }
}
