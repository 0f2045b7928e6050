import CNcursesw
import LecternCore

/// How one `Style` is painted: attributes plus a colour pair (0 is the terminal's own colours).
struct StyleLook {
    var attributes: attr_t
    var colorPair: Int16
}

/// The colour pairs the coloured looks use; registered once colours are on.
/// Foreground and background are ncurses colour numbers; -1 is the terminal's default.
enum ColorPair: Int16, CaseIterable {
    case heading = 1, quote, link, match, currentMatch, titleBar

    var colors: (foreground: Int16, background: Int16) {
        switch self {
        case .heading: return (Int16(COLOR_MAGENTA), -1)
        case .quote: return (Int16(COLOR_GREEN), -1)
        case .link: return (Int16(COLOR_BLUE), -1)
        case .match: return (Int16(COLOR_BLACK), Int16(COLOR_YELLOW))
        case .currentMatch: return (Int16(COLOR_BLACK), Int16(COLOR_MAGENTA))
        case .titleBar: return (Int16(COLOR_WHITE), Int16(COLOR_BLUE))
        }
    }

    static func registerAll() {
        for pair in allCases {
            _ = init_pair(pair.rawValue, pair.colors.foreground, pair.colors.background)
        }
    }
}

/// The look of every style: a few colours on the terminal's own background when colour
/// is on; otherwise attributes only (bold, underline, reverse, dim; quotes in italic).
struct StyleLooks {
    private let looks: [Style: StyleLook]

    init(useColor: Bool) {
        var table: [Style: StyleLook] = [:]
        for style in Style.allCases {
            table[style] = useColor ? Self.coloredLook(style) : Self.plainLook(style)
        }
        looks = table
    }

    subscript(style: Style) -> StyleLook {
        looks[style] ?? StyleLook(attributes: lectern_attr_normal(), colorPair: 0)
    }

    private static func coloredLook(_ style: Style) -> StyleLook {
        let bold = lectern_attr_bold(), dim = lectern_attr_dim()
        let underline = lectern_attr_underline(), reverse = lectern_attr_reverse()
        switch style {
        case .body, .prompt: return look(lectern_attr_normal())
        case .title: return look(bold)
        case .heading: return look(bold, .heading)
        case .quote: return look(lectern_attr_italic(), .quote)
        case .decoration, .dim, .note: return look(dim)
        case .link: return look(underline, .link)
        case .match: return look(lectern_attr_normal(), .match)
        case .currentMatch: return look(bold | underline, .currentMatch)
        case .titleBar: return look(bold, .titleBar)
        case .statusBar, .selection: return look(reverse)
        case .message: return look(bold)
        }
    }

    private static func plainLook(_ style: Style) -> StyleLook {
        let bold = lectern_attr_bold(), dim = lectern_attr_dim()
        let underline = lectern_attr_underline(), reverse = lectern_attr_reverse()
        switch style {
        case .body, .prompt: return look(lectern_attr_normal())
        case .title: return look(bold | underline)
        case .heading, .message: return look(bold)
        case .quote: return look(lectern_attr_italic())
        case .decoration, .dim, .note: return look(dim)
        case .link: return look(underline)
        case .match, .selection, .titleBar, .statusBar: return look(reverse)
        case .currentMatch: return look(reverse | bold | underline)
        }
    }

    private static func look(_ attributes: attr_t, _ pair: ColorPair? = nil) -> StyleLook {
        StyleLook(attributes: attributes, colorPair: pair?.rawValue ?? 0)
    }
}
