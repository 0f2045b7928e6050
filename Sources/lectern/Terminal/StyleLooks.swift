import CNcursesw
import LecternCore

/// How one `Style` is painted: attributes plus a colour pair (0 is the terminal's own colours).
struct StyleLook {
    var attributes: attr_t
    var colorPair: Int16
}

/// The theme's look of every style in ncurses terms. Without colour (NO_COLOR, `mono`, a
/// terminal without colours) every theme is drawn as `mono`: attributes only.
struct StyleLooks {
    private let looks: [Style: StyleLook]

    /// With `useColor`, colours must already be started; the pairs the theme needs are registered here.
    init(theme: Theme, useColor: Bool) {
        let palette = useColor ? theme : .mono
        var pairs = ColorPairs()
        var table: [Style: StyleLook] = [:]
        for style in Style.allCases {
            let look = palette.look(for: style)
            table[style] = StyleLook(attributes: Self.attributes(look.attributes), colorPair: pairs.number(for: look))
        }
        looks = table
    }

    subscript(style: Style) -> StyleLook {
        looks[style] ?? StyleLook(attributes: lectern_attr_normal(), colorPair: 0)
    }

    static func attributes(_ attributes: TextAttributes) -> attr_t {
        var result = lectern_attr_normal()
        if attributes.contains(.bold) { result |= lectern_attr_bold() }
        if attributes.contains(.dim) { result |= lectern_attr_dim() }
        if attributes.contains(.underline) { result |= lectern_attr_underline() }
        if attributes.contains(.reverse) { result |= lectern_attr_reverse() }
        if attributes.contains(.italic) { result |= lectern_attr_italic() }
        return result
    }
}

/// ncurses colour pairs, numbered from 1 as the looks ask for them; -1 is the terminal's default.
private struct ColorPairs {
    private var numbers: [Pair: Int16] = [:]

    private struct Pair: Hashable {
        var foreground: Int16
        var background: Int16
    }

    /// 0 for a look without colour.
    mutating func number(for look: Look) -> Int16 {
        guard look.hasColor else { return 0 }
        let pair = Pair(foreground: Self.ncurses(look.foreground), background: Self.ncurses(look.background))
        if let number = numbers[pair] { return number }
        let number = Int16(numbers.count + 1)
        _ = init_pair(number, pair.foreground, pair.background)
        numbers[pair] = number
        return number
    }

    private static func ncurses(_ color: TerminalColor?) -> Int16 {
        guard let color else { return -1 }
        switch color {
        case .black: return Int16(COLOR_BLACK)
        case .red: return Int16(COLOR_RED)
        case .green: return Int16(COLOR_GREEN)
        case .yellow: return Int16(COLOR_YELLOW)
        case .blue: return Int16(COLOR_BLUE)
        case .magenta: return Int16(COLOR_MAGENTA)
        case .cyan: return Int16(COLOR_CYAN)
        case .white: return Int16(COLOR_WHITE)
        }
    }
}
