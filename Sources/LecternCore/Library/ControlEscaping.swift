/// Text from outside (file names, titles, error messages naming files) made safe to print:
/// every character that would act on the terminal or split a line is shown escaped instead,
/// as `\n`, `\t`, `\x1b`, `\u{9b}`, and a byte of a file name that is not UTF-8 as `\xff`.
/// Use it for every name or title a text output shows; JSON output escapes on its own.
public enum ControlEscaping {
    public static func escaped(_ text: String) -> String {
        guard holdsEscapes(text) else { return text }
        var shown = ""
        for scalar in text.unicodeScalars {
            if let byte = FileName.rawByte(scalar) {
                shown += "\\x" + hex(UInt32(byte), digits: 2)
                continue
            }
            switch scalar {
            case "\n": shown += "\\n"
            case "\r": shown += "\\r"
            case "\t": shown += "\\t"
            case _ where scalar.value < 0x20 || scalar.value == 0x7F: shown += "\\x" + hex(scalar.value, digits: 2)
            case _ where needsEscape(scalar): shown += "\\u{" + hex(scalar.value, digits: 1) + "}"
            default: shown.unicodeScalars.append(scalar)
            }
        }
        return shown
    }

    /// Whether any scalar of `text` `needsEscape`, read from its UTF-8 bytes: only a few lead
    /// bytes can start such a scalar, so the text of a long article is passed over without
    /// decoding it (`show` escapes every line it prints).
    static func holdsEscapes(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { holdsEscapes($0) }
    }

    /// `holdsEscapes` on valid UTF-8 bytes.
    static func holdsEscapes(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var index = 0
        let count = bytes.count
        while index < count {
            index = ASCII.endOfPrintableWords(bytes, from: index)
            // The last bytes that make no whole word are told at once (a short name's are most).
            guard index < count, count - index >= 8 || !ASCII.endsInPrintableWord(bytes) else { break }
            let byte = bytes[index]
            switch byte {
            case 0x00..<0x20, 0x7F:
                return true
            case 0xC2:  // U+0080–U+009F: C1 controls
                if bytes[index + 1] <= 0x9F { return true }
            case 0xE2:  // U+2028–U+202E and U+2066–U+2069
                let second = bytes[index + 1], third = bytes[index + 2]
                if (second == 0x80 && (0xA8...0xAE).contains(third)) || (second == 0x81 && (0xA6...0xA9).contains(third)) {
                    return true
                }
            case 0xF4:  // U+10FC80–U+10FCFF: raw file-name bytes
                if bytes[index + 1] == 0x8F, bytes[index + 2] == 0xB2 || bytes[index + 2] == 0xB3 { return true }
            default:
                break
            }
            // A scalar's continuation bytes are passed with it: none starts a scalar of its own.
            index += UTF8Scalar.length(startingWith: byte)
        }
        return false
    }

    /// C0 and C1 controls, DEL, the line and paragraph separators, the bidirectional overrides
    /// and isolates (which reorder what follows them on screen), and raw file-name bytes.
    static func needsEscape(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x00...0x1F, 0x7F...0x9F, 0x2028, 0x2029, 0x202A...0x202E, 0x2066...0x2069: return true
        default: return FileName.rawByte(scalar) != nil
        }
    }

    private static func hex(_ value: UInt32, digits: Int) -> String {
        let text = String(value, radix: 16)
        return String(repeating: "0", count: max(0, digits - text.count)) + text
    }
}
