/// Turns decoded scalars into text safe to show in a terminal, building UTF-8 bytes.
///
/// Line breaks become LF; a tab becomes one space; terminal escape sequences, controls and
/// bidi embedding/override/isolate controls are removed (and counted); any other scalar
/// that is not printable becomes U+FFFD.
struct TextSanitizer {
    private(set) var output: [UInt8] = []
    private(set) var removedControls = 0
    private var state = State.text
    /// A CR was just turned into LF, so an LF right after it is the same line break.
    private var afterCR = false

    /// Where we are inside a terminal escape sequence.
    private enum State {
        case text
        /// After ESC.
        case escape
        /// After ESC and intermediate bytes (0x20–0x2F), e.g. `ESC ( B`.
        case escapeIntermediate
        /// After `ESC [` or the 8-bit CSI: parameters until a final byte.
        case controlSequence
        /// OSC, DCS, SOS, PM or APC payload, until BEL or ST.
        case string
        /// ESC inside a string: ST if a backslash follows.
        case stringEscape
        /// After an 8-bit string introducer (U+0090 DCS, U+0098 SOS, U+009D OSC, U+009E PM,
        /// U+009F APC). Its payload is written out as text from `start` on and taken back
        /// only if the string is terminated before the line ends: a lone C1 byte (common in
        /// mis-decoded files) must not swallow the words after it, while a real sequence
        /// must not show its payload.
        case eightBitString(start: Int)
        /// ESC inside an 8-bit string.
        case eightBitStringEscape(start: Int)
    }

    init(capacity: Int) {
        output.reserveCapacity(capacity)
    }

    /// Printable text passes through untouched, unless it is part of an escape sequence.
    var copiesPlainText: Bool {
        if case .text = state { return true }
        return false
    }

    /// Appends UTF-8 of printable scalars that need no change (no controls, line or
    /// paragraph separators, bidi controls); only while `copiesPlainText`.
    @inline(__always)
    mutating func appendPlainText(_ run: UnsafeBufferPointer<UInt8>) {
        output.append(contentsOf: run)
        afterCR = false
    }

    mutating func consume(_ scalar: UInt32) {
        while true {
            switch state {
            case .text:
                consumeText(scalar)
                return
            case .escape:
                switch scalar {
                case 0x5B: state = .controlSequence  // [
                case 0x5D, 0x50, 0x58, 0x5E, 0x5F: state = .string  // ] P X ^ _
                case 0x20...0x2F: state = .escapeIntermediate
                case 0x30...0x7E: state = .text
                case 0x1B: removedControls += 1  // a new sequence starts
                default:
                    state = .text
                    continue
                }
                return
            case .escapeIntermediate:
                switch scalar {
                case 0x20...0x2F: break
                case 0x30...0x7E: state = .text
                default:
                    state = .text
                    continue
                }
                return
            case .controlSequence:
                switch scalar {
                case 0x20...0x3F: break
                case 0x40...0x7E: state = .text
                default:
                    state = .text
                    continue
                }
                return
            case .string:
                switch scalar {
                case 0x07, 0x9C, 0x18, 0x1A: state = .text  // BEL, ST, CAN, SUB
                case 0x1B: state = .stringEscape
                case 0x0A, 0x0D:
                    // Terminals would wait for ST; we end here so that an unterminated
                    // string cannot swallow the rest of the article.
                    state = .text
                    continue
                default: break
                }
                return
            case .stringEscape:
                if scalar == 0x5C {
                    state = .text
                    return
                }
                // Not ST: that ESC starts a sequence of its own.
                removedControls += 1
                state = .escape
                continue
            case .eightBitString(let start):
                switch scalar {
                case 0x07, 0x9C, 0x18, 0x1A:  // BEL, ST, CAN, SUB: a real sequence
                    output.removeSubrange(start...)
                    removedControls += 1
                    state = .text
                case 0x1B:
                    state = .eightBitStringEscape(start: start)
                case 0x0A, 0x0B, 0x0C, 0x0D, 0x2028, 0x2029:
                    // Unterminated: the introducer was a stray byte and its "payload" is text.
                    state = .text
                    continue
                case 0x00..<0x20, 0x7F...0x9F, 0x202A...0x202E, 0x2066...0x2069:
                    removedControls += 1
                default:
                    appendPrintable(scalar)
                }
                return
            case .eightBitStringEscape(let start):
                if scalar == 0x5C {
                    output.removeSubrange(start...)
                    removedControls += 1
                    state = .text
                    return
                }
                // Not ST: the string was not terminated, so its payload stays as text,
                // and the ESC starts a sequence of its own.
                removedControls += 1
                state = .escape
                continue
            }
        }
    }

    /// A scalar read from a legacy single-byte encoding (Windows-1252, or a repaired byte).
    /// Its C1 scalars stand for bytes that encoding leaves undefined, not for controls a
    /// program meant to send, so they never start a sequence: each is removed on its own.
    mutating func consumeLegacy(_ scalar: UInt32) {
        if (0x80...0x9F).contains(scalar), case .text = state {
            removedControls += 1
            afterCR = false
            return
        }
        consume(scalar)
    }

    private mutating func consumeText(_ scalar: UInt32) {
        let wasAfterCR = afterCR
        afterCR = false
        switch scalar {
        case 0x0A:
            if !wasAfterCR { output.append(0x0A) }
        case 0x0D:
            output.append(0x0A)
            afterCR = true
        case 0x09:
            output.append(0x20)
        case 0x0B, 0x0C:
            // Vertical tab and form feed separate lines: keeping a break keeps words apart.
            output.append(0x0A)
        case 0x1B:
            removedControls += 1
            state = .escape
        case 0x9B:
            removedControls += 1
            state = .controlSequence
        case 0x90, 0x98, 0x9D, 0x9E, 0x9F:
            removedControls += 1
            state = .eightBitString(start: output.count)
        case 0x00..<0x20, 0x7F...0x9F, 0x202A...0x202E, 0x2066...0x2069:
            removedControls += 1
        case 0x2028, 0x2029:
            output.append(0x0A)
        default:
            appendPrintable(scalar)
        }
    }

    /// A scalar that is not a control: ASCII as is, else itself if printable, else U+FFFD.
    @inline(__always)
    private mutating func appendPrintable(_ scalar: UInt32) {
        if scalar < 0x80 {
            output.append(UInt8(truncatingIfNeeded: scalar))
        } else {
            UTF8Scalar.append(isPrintable(scalar) ? scalar : 0xFFFD, to: &output)
        }
    }

    @inline(__always)
    private func isPrintable(_ value: UInt32) -> Bool {
        guard let scalar = Unicode.Scalar(value) else { return false }
        return DisplayWidth.isPrintable(scalar)
    }
}
