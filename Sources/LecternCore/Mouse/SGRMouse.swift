/// Decodes xterm's SGR mouse reports (mode 1006): `ESC [ < button ; column ; row M`, with `m`
/// for a release. Columns and rows count from 1. The button number's low two bits are the
/// button (0 first, 1 middle, 2 right, 3 none), 4, 8 and 16 add Shift, Meta and Ctrl, 32 marks
/// motion and 64 the wheel (64 up, 65 down, 66 and 67 sideways).
public enum SGRMouse {
    /// What comes before the parameters; a terminal's key parser can stop here and hand the rest over.
    public static let introducer = "\u{1B}[<"

    /// Reports longer than this are not mouse reports (three numbers of up to five digits).
    public static let longestParameters = 20

    /// A whole report, introducer included; nil for anything else and for events the reader ignores.
    public static func decode(_ report: String) -> MouseEvent? {
        guard report.hasPrefix(introducer) else { return nil }
        return decode(afterIntroducer: report.dropFirst(introducer.count))
    }

    /// The part after the introducer: `64;10;5M`.
    public static func decode(afterIntroducer text: Substring) -> MouseEvent? {
        guard let final = text.last, final == "M" || final == "m", text.count <= longestParameters + 1 else { return nil }
        let numbers = text.dropLast().split(separator: ";", omittingEmptySubsequences: false)
        guard numbers.count == 3 else { return nil }
        var values: [Int] = []
        for number in numbers {
            guard !number.isEmpty, number.count <= 5, number.allSatisfy(\.isASCIIDigit), let value = Int(number) else { return nil }
            values.append(value)
        }
        let (button, column, row) = (values[0], values[1], values[2])
        guard column >= 1, row >= 1 else { return nil }
        guard let action = action(button: button, pressed: final == "M") else { return nil }
        return MouseEvent(action, row: row - 1, column: column - 1)
    }

    /// Whether `text`, read so far after the introducer, can still become a report:
    /// digits and semicolons, not too long. A shell reading a report byte by byte stops when not.
    public static func isPrefixOfParameters(_ text: Substring) -> Bool {
        text.count <= longestParameters && text.allSatisfy { $0.isASCIIDigit || $0 == ";" }
    }

    private static func action(button: Int, pressed: Bool) -> MouseEvent.Action? {
        let isMotion = button & 32 != 0
        let isWheel = button & 64 != 0
        let number = button & 3
        // 128 and up are the extra buttons 8 to 11.
        guard pressed, !isMotion, button < 128 else { return nil }
        if isWheel {
            switch number {
            case 0: return .wheelUp
            case 1: return .wheelDown
            default: return nil  // sideways
            }
        }
        return number == 0 ? .click : nil
    }
}

extension Character {
    fileprivate var isASCIIDigit: Bool { ("0"..."9").contains(self) }
}
