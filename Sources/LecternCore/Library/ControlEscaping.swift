/// Text from outside (file names, titles, error messages naming files) made safe to print:
/// every character that would act on the terminal or split a line is shown escaped instead,
/// as `\n`, `\t`, `\x1b`, `\u{9b}`, and a byte of a file name that is not UTF-8 as `\xff`.
/// Use it for every name or title a text output shows; JSON output escapes on its own.
public enum ControlEscaping {
    public static func escaped(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: needsEscape) else { return text }
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
