import LecternTestSupport
import Testing
@testable import LecternCore

/// The byte-level test of whether a text needs escaping agrees with the scalar rule.
@Suite struct ControlEscapingTests {
    /// Scalars at and around the edges of every range the rule catches, and raw file-name bytes.
    static let edges: [UInt32] = [0x00, 0x09, 0x0A, 0x1B, 0x1F, 0x20, 0x41, 0x7E, 0x7F, 0x80, 0x85, 0x9B, 0x9F, 0xA0,
                                  0xE9, 0x2027, 0x2028, 0x2029, 0x202A, 0x202E, 0x202F, 0x2065, 0x2066, 0x2069,
                                  0x206A, 0x2019, 0x201C, 0x4E00, 0x1F44D, 0x10FC7F, 0x10FC80, 0x10FCFF, 0x10FD00]

    @Test func bytesAgreeWithScalars() {
        for seed in UInt64(1)...4000 {
            var generator = SeededRandom(seed: seed)
            var text = String.UnicodeScalarView()
            for _ in 0..<Int.random(in: 0...12, using: &generator) {
                let value = Bool.random(using: &generator)
                    ? Self.edges.randomElement(using: &generator)!
                    : UInt32.random(in: 0x20...0x7E, using: &generator)
                text.append(Unicode.Scalar(value)!)
            }
            let string = String(text)
            #expect(ControlEscaping.holdsEscapes(string) == string.unicodeScalars.contains(where: ControlEscaping.needsEscape),
                    "\(string.unicodeScalars.map { String($0.value, radix: 16) })")
        }
    }

    /// Longer texts, mostly printable ASCII: the last bytes that make no whole word are told
    /// at once when the word that ends with them is printable, and passed scalar by scalar
    /// when it is not, wherever the one scalar that needs an escape (if any) lies.
    @Test func bytesAgreeWithScalarsInLongerTexts() {
        for seed in PropertySeeds.range(default: 4_000) {
            var random = SeededRandom(seed: seed)
            var text = String.UnicodeScalarView()
            for _ in 0..<random.next(upTo: 41) {
                let value = random.next(upTo: 6) == 0 ? Self.edges[random.next(upTo: Self.edges.count)] : UInt32(0x20 + random.next(upTo: 0x5F))
                text.append(Unicode.Scalar(value)!)
            }
            let string = String(text)
            #expect(ControlEscaping.holdsEscapes(string) == string.unicodeScalars.contains(where: ControlEscaping.needsEscape),
                    "seed \(seed): \(string.unicodeScalars.map { String($0.value, radix: 16) })")
        }
    }

    @Test func plainTextComesBackAsItIs() {
        let text = "It’s “quoted” – 東京 👍🏽 café"
        #expect(ControlEscaping.escaped(text) == text)
        #expect(ControlEscaping.escaped("a\u{2028}b\u{85}c") == "a\\u{2028}b\\u{85}c")
    }
}
