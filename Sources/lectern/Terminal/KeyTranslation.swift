import CNcursesw
import LecternCore

/// What one `get_wch` result means to the reader.
enum TranslatedInput: Equatable {
    case key(Key)
    /// ncurses has already resized its windows; ask it for the new size.
    case resize
    /// Nothing the reader binds (a lone Ctrl-@, a C1 control, an unmapped function key).
    case ignored
}

/// Translates a `get_wch` result: `status` is `OK` for a character, `KEY_CODE_YES` for a key code.
/// ncurses has already decoded multi-byte UTF-8 input, so é or 漢 is one character here.
func translateInput(status: Int32, value: UInt32) -> TranslatedInput {
    if status == KEY_CODE_YES {
        return translateKeyCode(Int32(bitPattern: value))
    }
    return translateCharacter(value)
}

private func translateCharacter(_ value: UInt32) -> TranslatedInput {
    switch value {
    case 9: return .key(.tab)
    case 10, 13: return .key(.enter)
    case 27: return .key(.escape)
    case 8, 127: return .key(.backspace)
    case 1...26:
        // Ctrl-A is 1 ... Ctrl-Z is 26; Tab, Enter and Backspace were taken above.
        let letter = Character(Unicode.Scalar(UInt8(value) + UInt8(ascii: "a") - 1))
        return .key(.control(letter))
    case 0..<32, 0x80..<0xA0:
        return .ignored
    default:
        guard let scalar = Unicode.Scalar(value) else { return .ignored }
        return .key(.character(Character(scalar)))
    }
}

private func translateKeyCode(_ code: Int32) -> TranslatedInput {
    switch code {
    case KEY_RESIZE: return .resize
    case KEY_UP: return .key(.up)
    case KEY_DOWN: return .key(.down)
    case KEY_LEFT: return .key(.left)
    case KEY_RIGHT: return .key(.right)
    case KEY_PPAGE: return .key(.pageUp)
    case KEY_NPAGE: return .key(.pageDown)
    case KEY_HOME, KEY_A1: return .key(.home)
    case KEY_END, KEY_C1: return .key(.end)
    case KEY_ENTER: return .key(.enter)
    case KEY_BACKSPACE: return .key(.backspace)
    case KEY_DC: return .key(.delete)
    default: return .ignored
    }
}
